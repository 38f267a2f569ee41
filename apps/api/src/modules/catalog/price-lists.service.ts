import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError, FieldError, NotFoundError } from '../../core/errors/domain-errors';
import { Connection, PageArgs, paginate } from '../../core/graphql/connection';
import { ContactsService } from '../contacts/contacts.service';
import { assertWindow, toPriceList } from './catalog-values';
import { CreatePriceListInput, PriceListFilter, PriceListItemInput, UpdatePriceListInput } from './dto/price-list.inputs';
import { PriceListEntity, PriceListItemEntity } from './entities/price-list.entity';
import { PriceListKind } from './models/catalog.enums';
import { PriceList } from './models/price-list.model';
import { ProductsService } from './products.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Tier codes are compared upper-case (club tiers will be codes such as GOLD, VIP). */
export const normaliseTier = (tier: string): string => tier.trim().toUpperCase();

/** Price lists and their items; which list applies to whom is PricingService's business. */
@Injectable()
export class PriceListsService {
  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly products: ProductsService,
    private readonly contacts: ContactsService,
  ) {}

  list(args: PageArgs, filter: PriceListFilter = {}): Promise<Connection<PriceList>> {
    return this.db.tx(async (em) => {
      const qb = em.createQueryBuilder(PriceListEntity, 'l');
      if (filter.kind) qb.andWhere('l.kind = :kind', { kind: filter.kind });
      if (filter.active !== undefined && filter.active !== null) qb.andWhere('l.active = :active', { active: filter.active });
      const page = await paginate(qb, args, { orderBy: 'createdAt', count: this.db.count });
      const items = await this.itemsOf(em, page.edges.map((e) => e.node.id));
      return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toPriceList(e.node, items.get(e.node.id) ?? []) })) };
    });
  }

  get(id: string): Promise<PriceList> {
    return this.db.tx(async (em) => {
      const list = await this.load(em, id);
      return toPriceList(list, (await this.itemsOf(em, [id])).get(id) ?? []);
    });
  }

  /** Kind and target of one list, in the caller's transaction (null when it is not a list of this workspace). */
  async targetOfIn(em: EntityManager, id: string): Promise<Pick<PriceListEntity, 'kind' | 'target'> | null> {
    const list = await em.findOne(PriceListEntity, { where: { id } });
    return list ? { kind: list.kind, target: list.target } : null;
  }

  create(input: CreatePriceListInput): Promise<PriceList> {
    return this.db.tx(async (em) => {
      const target = await this.checkTarget(input.kind, input.target ?? null, 'input.target');
      assertWindow(input.validFrom, input.validTo, 'input.validTo');
      const items = await this.checkItems(em, input.items ?? [], 'input.items');
      const list = await em.save(
        em.create(PriceListEntity, {
          workspaceId: this.context.workspaceId()!,
          name: input.name.trim(),
          kind: input.kind,
          target,
          priority: input.priority ?? 0,
          validFrom: input.validFrom ?? null,
          validTo: input.validTo ?? null,
          active: input.active ?? true,
        }),
      );
      const saved = await this.replaceItems(em, list, items);
      return toPriceList(list, saved);
    });
  }

  update(id: string, input: UpdatePriceListInput): Promise<PriceList> {
    return this.db.tx(async (em) => {
      const list = await this.load(em, id);
      const kind = input.kind ?? (list.kind as PriceListKind);
      if (input.kind !== undefined || input.target !== undefined) {
        const target = input.target !== undefined ? input.target : kind === PriceListKind.ALL ? null : list.target;
        list.target = await this.checkTarget(kind, target, 'input.target');
        list.kind = kind;
      }
      const validFrom = input.validFrom !== undefined ? input.validFrom : list.validFrom;
      const validTo = input.validTo !== undefined ? input.validTo : list.validTo;
      assertWindow(validFrom, validTo, 'input.validTo');
      list.validFrom = validFrom;
      list.validTo = validTo;
      if (input.name !== undefined) list.name = input.name.trim();
      if (input.priority !== undefined) list.priority = input.priority;
      if (input.active !== undefined) list.active = input.active;
      const saved = await em.save(list);
      return toPriceList(saved, (await this.itemsOf(em, [id])).get(id) ?? []);
    });
  }

  /** Replaces every item of a list (an empty array clears it). */
  setItems(id: string, items: PriceListItemInput[]): Promise<PriceList> {
    return this.db.tx(async (em) => {
      const list = await this.load(em, id);
      // Two concurrent replacements of one list: the second waits and replaces the first's items.
      await em.query(`SELECT 1 FROM price_lists WHERE id = $1 FOR UPDATE`, [id]);
      const checked = await this.checkItems(em, items, 'items');
      return toPriceList(list, await this.replaceItems(em, list, checked));
    });
  }

  private async load(em: EntityManager, id: string): Promise<PriceListEntity> {
    const list = await em.findOne(PriceListEntity, { where: { id } });
    if (!list) throw new NotFoundError('Price list', id);
    return list;
  }

  private async itemsOf(em: EntityManager, ids: string[]): Promise<Map<string, PriceListItemEntity[]>> {
    const map = new Map<string, PriceListItemEntity[]>();
    if (!ids.length) return map;
    const rows = await em.find(PriceListItemEntity, { where: { priceListId: In(ids) }, order: { createdAt: 'ASC', id: 'ASC' } });
    for (const r of rows) map.set(r.priceListId, [...(map.get(r.priceListId) ?? []), r]);
    return map;
  }

  private async replaceItems(em: EntityManager, list: PriceListEntity, items: CheckedItem[]): Promise<PriceListItemEntity[]> {
    await em.delete(PriceListItemEntity, { priceListId: list.id });
    if (!items.length) return [];
    const rows = items.map((i) => em.create(PriceListItemEntity, { workspaceId: list.workspaceId, priceListId: list.id, ...i }));
    return em.save(rows);
  }

  /** The target a kind needs: none for ALL, a contact of this workspace, a segment id, or a tier code. */
  private async checkTarget(kind: PriceListKind, target: string | null, field: string): Promise<string | null> {
    const value = target?.trim() || null;
    if (kind === PriceListKind.ALL) {
      if (value) throw BadInputError.field(field, 'must be empty for a list that applies to everyone (ALL)');
      return null;
    }
    if (!value) throw BadInputError.field(field, `is required for a ${kind} list (${TARGET_HINT[kind]})`);
    if (kind === PriceListKind.TIER) return normaliseTier(value);
    if (!UUID.test(value)) throw BadInputError.field(field, `must be ${TARGET_HINT[kind]}`);
    if (kind === PriceListKind.CONTACT) {
      const [contact] = await this.contacts.findByIds([value.toLowerCase()]);
      if (!contact) throw BadInputError.field(field, 'is not a contact of this workspace');
    }
    return value.toLowerCase();
  }

  private async checkItems(em: EntityManager, items: PriceListItemInput[], path: string): Promise<CheckedItem[]> {
    const errors: FieldError[] = [];
    const seen = new Map<string, number>();
    const out: CheckedItem[] = [];
    items.forEach((item, i) => {
      const at = `${path}.${i}`;
      const productId = item.productId ?? null;
      const categoryId = item.categoryId ?? null;
      const price = item.price ?? null;
      const discountBp = item.discountBp ?? null;
      if ((productId === null) === (categoryId === null)) errors.push({ field: `${at}.productId`, message: 'give exactly one of productId or categoryId' });
      if ((price === null) === (discountBp === null)) errors.push({ field: `${at}.price`, message: 'give exactly one of price (Rial) or discountBp' });
      const minQuantity = item.minQuantity ?? 1;
      const key = `${productId ?? ''}|${categoryId ?? ''}|${minQuantity}`;
      if (seen.has(key)) errors.push({ field: at, message: `repeats item ${seen.get(key)} (same product or category and minQuantity)` });
      else seen.set(key, i);
      out.push({ productId, categoryId, price, discountBp, minQuantity });
    });
    if (errors.length) throw new BadInputError(errors);
    await this.products.assertIdsIn(em, 'product', out.flatMap((o, i) => (o.productId ? [{ id: o.productId, field: `${path}.${i}.productId` }] : [])));
    await this.products.assertIdsIn(em, 'category', out.flatMap((o, i) => (o.categoryId ? [{ id: o.categoryId, field: `${path}.${i}.categoryId` }] : [])));
    return out;
  }
}

interface CheckedItem {
  productId: string | null;
  categoryId: string | null;
  price: number | null;
  discountBp: number | null;
  minQuantity: number;
}

const TARGET_HINT: Record<Exclude<PriceListKind, PriceListKind.ALL>, string> = {
  [PriceListKind.TIER]: 'a club tier code',
  [PriceListKind.SEGMENT]: 'a segment id',
  [PriceListKind.CONTACT]: 'a contact id',
};
