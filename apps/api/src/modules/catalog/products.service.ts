import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError, ConflictError, FieldError, NotFoundError } from '../../core/errors/domain-errors';
import { Connection, PageArgs, paginate } from '../../core/graphql/connection';
import {
  assertSlug, escapeLike, normaliseSku, normaliseTags, productSearchTerms, productSearchText, slugify, toCategory, toProduct,
} from './catalog-values';
import { CreateProductCategoryInput, CreateProductInput, ProductFilter, UpdateProductCategoryInput, UpdateProductInput } from './dto/product.inputs';
import { ProductCategoryEntity, ProductEntity } from './entities/product.entity';
import { Product, ProductCategory } from './models/product.model';

/** Up to this many matches a search is answered from the trigram index (product_search_ids); beyond, by filtering the list. */
export const PRODUCT_SEARCH_LIMIT = 5_000;

/** The category tree as parent links, for walking up (ancestors) and down (descendants) in memory. */
export class CategoryTree {
  private readonly children = new Map<string | null, string[]>();

  constructor(private readonly parents: Map<string, string | null>) {
    for (const [id, parent] of parents) this.children.set(parent, [...(this.children.get(parent) ?? []), id]);
  }

  has(id: string): boolean {
    return this.parents.has(id);
  }

  /** The category itself, then its parent, up to the root. */
  ancestry(id: string): string[] {
    const chain: string[] = [];
    for (let at: string | null | undefined = id; at && !chain.includes(at); at = this.parents.get(at)) chain.push(at);
    return chain;
  }

  /** The category and everything under it. */
  descendants(id: string): string[] {
    const out = [id];
    for (let i = 0; i < out.length; i++) out.push(...(this.children.get(out[i]) ?? []).filter((c) => !out.includes(c)));
    return out;
  }
}

/**
 * Products and their category tree. Other modules read products through `loadManyIn` inside their own
 * transaction (sales documents, the storefront) and never touch the catalog's tables.
 */
@Injectable()
export class ProductsService {
  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
  ) {}

  /** `onlyIdsSql`: a subquery of product ids another module owns (the storefront's in-stock filter from inventory). */
  list(args: PageArgs, filter: ProductFilter = {}, options: { onlyIdsSql?: string } = {}): Promise<Connection<Product>> {
    return this.db.tx(async (em) => {
      const qb = em.createQueryBuilder(ProductEntity, 'p');
      if (!filter.includeArchived) qb.andWhere('p.archived_at IS NULL');
      if (options.onlyIdsSql) qb.andWhere(`p.id IN (${options.onlyIdsSql})`);
      if (filter.active !== undefined && filter.active !== null) qb.andWhere('p.active = :active', { active: filter.active });
      if (filter.categoryId) {
        const tree = await this.treeIn(em);
        if (!tree.has(filter.categoryId)) throw BadInputError.field('filter.categoryId', 'is not a product category of this workspace');
        qb.andWhere('p.category_id = ANY(:categoryIds)', { categoryIds: tree.descendants(filter.categoryId) });
      }
      const terms = productSearchTerms(filter.search);
      let broad = false;
      if (terms.length && !filter.includeArchived) {
        // Narrow searches go through the trigram index (see product_search_ids in the catalog migration).
        const found: Array<{ id: string }> = await em.query(`SELECT product_search_ids($1, $2) AS id`, [terms, PRODUCT_SEARCH_LIMIT + 1]);
        broad = found.length > PRODUCT_SEARCH_LIMIT;
        if (!broad) qb.andWhere('p.id = ANY(:searchIds)', { searchIds: found.map((r) => r.id) });
      }
      if (terms.length && (broad || filter.includeArchived)) {
        terms.forEach((term, i) => qb.andWhere(`p.search_text LIKE :term${i}`, { [`term${i}`]: `%${escapeLike(term)}%` }));
      }
      return paginate(qb, args, { orderBy: 'createdAt', map: toProduct, count: this.db.count });
    });
  }

  get(id: string): Promise<Product> {
    return this.db.tx(async (em) => toProduct(await this.load(em, id)));
  }

  /** Products by id, archived ones included (old documents still name them); unknown ids are absent from the map. */
  async loadManyIn(em: EntityManager, ids: readonly string[]): Promise<Map<string, Product>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows = await em.find(ProductEntity, { where: { id: In(unique) } });
    return new Map(rows.map((r) => [r.id, toProduct(r)]));
  }

  /** For DataLoaders. */
  findByIds(ids: readonly string[]): Promise<Product[]> {
    return this.db.tx(async (em) => [...(await this.loadManyIn(em, ids)).values()]);
  }

  create(input: CreateProductInput): Promise<Product> {
    return this.db.tx(async (em) => {
      const sku = normaliseSku(input.sku, 'input.sku');
      if (input.categoryId) await this.assertCategory(em, input.categoryId, 'input.categoryId');
      await this.assertSkuFree(em, sku, null);
      const entity = em.create(ProductEntity, {
        workspaceId: this.context.workspaceId()!,
        sku,
        nameFa: input.nameFa.trim(),
        nameEn: input.nameEn?.trim() || null,
        description: input.description?.trim() || null,
        categoryId: input.categoryId ?? null,
        unit: input.unit?.trim() || 'عدد',
        basePrice: input.basePrice,
        taxRateBp: input.taxRateBp ?? 0,
        imageUrls: input.imageUrls ?? [],
        active: input.active ?? true,
        lowStockThreshold: input.lowStockThreshold ?? null,
        archivedAt: null,
        searchText: '',
      });
      entity.searchText = productSearchText(entity);
      return toProduct(await this.save(em, entity));
    });
  }

  update(id: string, input: UpdateProductInput): Promise<Product> {
    return this.db.tx(async (em) => {
      const entity = await this.load(em, id);
      if (input.sku !== undefined) {
        const sku = normaliseSku(input.sku, 'input.sku');
        if (sku !== entity.sku) await this.assertSkuFree(em, sku, id);
        entity.sku = sku;
      }
      if (input.categoryId) await this.assertCategory(em, input.categoryId, 'input.categoryId');
      if (input.nameFa !== undefined) entity.nameFa = input.nameFa.trim();
      if (input.nameEn !== undefined) entity.nameEn = input.nameEn?.trim() || null;
      if (input.description !== undefined) entity.description = input.description?.trim() || null;
      if (input.categoryId !== undefined) entity.categoryId = input.categoryId;
      if (input.unit !== undefined) entity.unit = input.unit.trim() || entity.unit;
      if (input.basePrice !== undefined) entity.basePrice = input.basePrice;
      if (input.taxRateBp !== undefined) entity.taxRateBp = input.taxRateBp;
      if (input.imageUrls !== undefined) entity.imageUrls = input.imageUrls;
      if (input.lowStockThreshold !== undefined) entity.lowStockThreshold = input.lowStockThreshold;
      if (input.active !== undefined) {
        entity.active = input.active;
        // Putting an archived product back on sale restores it to the catalog.
        if (input.active) entity.archivedAt = null;
      }
      entity.searchText = productSearchText(entity);
      return toProduct(await this.save(em, entity));
    });
  }

  /** Off sale and out of the lists; kept for the documents that name it. `updateProduct(active: true)` restores it. */
  archive(id: string): Promise<Product> {
    return this.db.tx(async (em) => {
      const entity = await this.load(em, id);
      if (!entity.archivedAt) {
        entity.archivedAt = new Date();
        entity.active = false;
        await em.save(entity);
      }
      return toProduct(entity);
    });
  }

  // --- categories ---

  /** The whole tree, depth-first: each category followed by its children (by position, then Persian name). */
  categories(): Promise<ProductCategory[]> {
    return this.db.tx(async (em) => {
      const rows = await em.find(ProductCategoryEntity, { order: { position: 'ASC', nameFa: 'ASC' } });
      const byParent = new Map<string | null, ProductCategoryEntity[]>();
      for (const r of rows) byParent.set(r.parentId, [...(byParent.get(r.parentId) ?? []), r]);
      const out: ProductCategory[] = [];
      const walk = (parent: string | null, depth: number) => {
        for (const c of byParent.get(parent) ?? []) {
          out.push(toCategory(c, depth));
          walk(c.id, depth + 1);
        }
      };
      walk(null, 0);
      return out;
    });
  }

  categoriesByIds(ids: readonly string[]): Promise<ProductCategory[]> {
    return this.db.tx(async (em) => {
      const tree = await this.treeIn(em);
      const rows = await em.find(ProductCategoryEntity, { where: { id: In([...ids]) } });
      return rows.map((r) => toCategory(r, tree.ancestry(r.id).length - 1));
    });
  }

  createCategory(input: CreateProductCategoryInput): Promise<ProductCategory> {
    return this.db.tx(async (em) => {
      await this.lockTree(em);
      const tree = await this.treeIn(em);
      if (input.parentId && !tree.has(input.parentId)) throw BadInputError.field('input.parentId', 'is not a product category of this workspace');
      const slug = input.slug !== undefined ? assertSlug(input.slug, 'input.slug') : await this.freeSlug(em, slugify(input.nameEn ?? '') || 'category');
      if (input.slug !== undefined) await this.assertSlugFree(em, slug, null);
      const entity = await em.save(
        em.create(ProductCategoryEntity, {
          workspaceId: this.context.workspaceId()!,
          parentId: input.parentId ?? null,
          nameFa: input.nameFa.trim(),
          nameEn: input.nameEn?.trim() || null,
          slug,
          tags: normaliseTags(input.tags ?? []),
          position: input.position ?? 0,
        }),
      );
      return toCategory(entity, input.parentId ? tree.ancestry(input.parentId).length : 0);
    });
  }

  updateCategory(id: string, input: UpdateProductCategoryInput): Promise<ProductCategory> {
    return this.db.tx(async (em) => {
      await this.lockTree(em);
      const entity = await em.findOne(ProductCategoryEntity, { where: { id } });
      if (!entity) throw new NotFoundError('Product category', id);
      const tree = await this.treeIn(em);
      if (input.parentId !== undefined && input.parentId !== null) {
        if (!tree.has(input.parentId)) throw BadInputError.field('input.parentId', 'is not a product category of this workspace');
        if (tree.descendants(id).includes(input.parentId)) throw BadInputError.field('input.parentId', 'cannot be the category itself or one of its descendants');
      }
      if (input.slug !== undefined) {
        const slug = assertSlug(input.slug, 'input.slug');
        if (slug !== entity.slug) await this.assertSlugFree(em, slug, id);
        entity.slug = slug;
      }
      if (input.parentId !== undefined) entity.parentId = input.parentId;
      if (input.nameFa !== undefined) entity.nameFa = input.nameFa.trim();
      if (input.nameEn !== undefined) entity.nameEn = input.nameEn?.trim() || null;
      if (input.tags !== undefined) entity.tags = normaliseTags(input.tags);
      if (input.position !== undefined) entity.position = input.position;
      const saved = await em.save(entity);
      return toCategory(saved, entity.parentId ? tree.ancestry(entity.parentId).length : 0);
    });
  }

  /** Parent links of every category of the workspace (a catalog has tens to hundreds of them). */
  async treeIn(em: EntityManager): Promise<CategoryTree> {
    const rows: Array<{ id: string; parent_id: string | null }> = await em.query(`SELECT id, parent_id FROM product_categories`);
    return new CategoryTree(new Map(rows.map((r) => [r.id, r.parent_id])));
  }

  /** Checks that ids are products (or categories) of this workspace; errors name `<path>.<i>`. */
  async assertIdsIn(em: EntityManager, kind: 'product' | 'category', ids: Array<{ id: string; field: string }>): Promise<void> {
    if (!ids.length) return;
    const table = kind === 'product' ? 'products' : 'product_categories';
    const rows: Array<{ id: string }> = await em.query(`SELECT id FROM ${table} WHERE id = ANY($1::uuid[])`, [[...new Set(ids.map((i) => i.id))]]);
    const known = new Set(rows.map((r) => r.id));
    const errors: FieldError[] = ids
      .filter((i) => !known.has(i.id))
      .map((i) => ({ field: i.field, message: `is not a ${kind === 'product' ? 'product' : 'product category'} of this workspace` }));
    if (errors.length) throw new BadInputError(errors);
  }

  private async load(em: EntityManager, id: string): Promise<ProductEntity> {
    const entity = await em.findOne(ProductEntity, { where: { id } });
    if (!entity) throw new NotFoundError('Product', id);
    return entity;
  }

  private async assertCategory(em: EntityManager, id: string, field: string): Promise<void> {
    if (!(await em.exists(ProductCategoryEntity, { where: { id } }))) throw BadInputError.field(field, 'is not a product category of this workspace');
  }

  private async assertSkuFree(em: EntityManager, sku: string, exceptId: string | null): Promise<void> {
    const other = await em.findOne(ProductEntity, { where: { sku }, select: { id: true } });
    if (other && other.id !== exceptId) throw duplicateSku(sku);
  }

  private async save(em: EntityManager, entity: ProductEntity): Promise<ProductEntity> {
    try {
      return await em.save(entity);
    } catch (e) {
      // A concurrent transaction took the same SKU first.
      if ((e as { code?: string }).code === '23505') throw duplicateSku(entity.sku);
      throw e;
    }
  }

  private async assertSlugFree(em: EntityManager, slug: string, exceptId: string | null): Promise<void> {
    const other = await em.findOne(ProductCategoryEntity, { where: { slug }, select: { id: true } });
    if (other && other.id !== exceptId) throw new ConflictError(`A category with slug "${slug}" already exists`, { field: 'input.slug' });
  }

  private async freeSlug(em: EntityManager, base: string): Promise<string> {
    const rows: Array<{ slug: string }> = await em.query(`SELECT slug FROM product_categories WHERE slug = $1 OR slug LIKE $2`, [base, `${escapeLike(base)}-%`]);
    const taken = new Set(rows.map((r) => r.slug));
    if (!taken.has(base)) return base;
    for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
  }

  /** Serialises tree changes of a workspace, so two concurrent moves cannot make a cycle. */
  private async lockTree(em: EntityManager): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(hashtext('product_categories:' || $1))`, [this.context.workspaceId() ?? this.db.currentWorkspaceId()]);
  }
}

function duplicateSku(sku: string): ConflictError {
  return new ConflictError(`SKU "${sku}" is already used by another product of this workspace`, { field: 'input.sku' });
}
