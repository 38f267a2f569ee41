import { DataSource } from 'typeorm';
import { hashPassword } from '../../core/auth/secrets';
import { errorCode, gql, GqlResponse, Owner, signUpOwner, uniqueEmail } from '../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../test/utils/test-app';

const PRODUCT = `id sku nameFa nameEn description categoryId unit basePrice taxRateBp imageUrls active archivedAt lowStockThreshold category { id nameFa }`;
const CREATE = `mutation($input: CreateProductInput!) { createProduct(input: $input) { ${PRODUCT} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { ${PRODUCT} } }`;
const ARCHIVE = `mutation($id: ID!) { archiveProduct(id: $id) { id active archivedAt } }`;
const GET = `query($id: ID!) { product(id: $id) { ${PRODUCT} } }`;
const LIST = `query($filter: ProductFilter, $first: Int, $after: String) {
  products(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id sku nameFa } } }
}`;
const CREATE_CATEGORY = `mutation($input: CreateProductCategoryInput!) { createProductCategory(input: $input) { id parentId nameFa slug tags depth } }`;
const UPDATE_CATEGORY = `mutation($id: ID!, $input: UpdateProductCategoryInput!) { updateProductCategory(id: $id, input: $input) { id parentId depth } }`;
const CATEGORIES = `{ productCategories { id parentId nameFa slug depth tags } }`;

const fields = (res: GqlResponse) => res.errors?.[0]?.extensions?.fields;

describe('catalog: products and categories over the API', () => {
  let app: TestApp;
  let owner: Owner;
  let other: Owner;

  const create = (input: Record<string, unknown>, token = owner.token) => gql(app, CREATE, { input }, token);
  const created = async (input: Record<string, unknown>, token = owner.token) => {
    const res = await create(input, token);
    expect(res.errors).toBeUndefined();
    return res.data!.createProduct;
  };
  const category = async (input: Record<string, unknown>, token = owner.token) => {
    const res = await gql(app, CREATE_CATEGORY, { input }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.createProductCategory;
  };
  const skus = async (filter: Record<string, unknown>, token = owner.token) => {
    const res = await gql(app, LIST, { filter, first: 100 }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.products.edges.map((e: { node: { sku: string } }) => e.node.sku).sort();
  };

  /** A staff member of a role, created directly (invitations are tested elsewhere), signed in. */
  const memberToken = async (workspaceId: string, role: string): Promise<string> => {
    const ds = app.app.get(DataSource);
    const email = uniqueEmail(role.toLowerCase());
    const [user] = await ds.query(`INSERT INTO users (email, password_hash, full_name) VALUES ($1, $2, $3) RETURNING id`, [email, await hashPassword('catalog password 123'), role]);
    await ds.query(`INSERT INTO workspace_members (workspace_id, user_id, role) VALUES ($1, $2, $3)`, [workspaceId, user.id, role]);
    const login = await gql(app, `mutation($e: String!) { login(input: { email: $e, password: "catalog password 123" }) { accessToken } }`, { e: email });
    return login.data!.login.accessToken;
  };

  beforeAll(async () => {
    app = await startTestApp();
    owner = await signUpOwner(app, 'گل‌فروشی');
    other = await signUpOwner(app, 'Other shop');
  });
  afterAll(() => app.close());

  it('creates, reads, updates, archives and restores a product', async () => {
    const flowers = await category({ nameFa: 'گل', nameEn: 'Flowers', tags: ['هدیه', ' gift '] });
    expect(flowers).toMatchObject({ parentId: null, slug: 'flowers', depth: 0, tags: ['هدیه', 'gift'] });
    const p = await created({
      sku: 'rose-01', nameFa: 'رز قرمز', nameEn: 'Red rose', categoryId: flowers.id, unit: 'شاخه', basePrice: 850_000, taxRateBp: 1000,
      imageUrls: ['https://cdn.example.ir/rose.jpg'], lowStockThreshold: 20,
    });
    expect(p).toMatchObject({
      sku: 'ROSE-01', nameFa: 'رز قرمز', unit: 'شاخه', basePrice: 850_000, taxRateBp: 1000, active: true, archivedAt: null, lowStockThreshold: 20,
      category: { id: flowers.id, nameFa: 'گل' },
    });
    expect((await gql(app, GET, { id: p.id }, owner.token)).data!.product).toEqual(p);

    const defaults = await created({ sku: 'VASE-1', nameFa: 'گلدان', basePrice: 0 });
    expect(defaults).toMatchObject({ unit: 'عدد', taxRateBp: 0, imageUrls: [], categoryId: null, category: null, nameEn: null });

    const updated = (await gql(app, UPDATE, { id: p.id, input: { basePrice: 900_000, nameEn: null, description: 'رز هلندی' } }, owner.token)).data!.updateProduct;
    expect(updated).toMatchObject({ basePrice: 900_000, nameEn: null, description: 'رز هلندی', sku: 'ROSE-01' });

    const archived = (await gql(app, ARCHIVE, { id: p.id }, owner.token)).data!.archiveProduct;
    expect(archived.active).toBe(false);
    expect(archived.archivedAt).not.toBeNull();
    expect(await skus({})).toEqual(['VASE-1']);
    expect(await skus({ includeArchived: true })).toEqual(['ROSE-01', 'VASE-1']);
    const restored = (await gql(app, UPDATE, { id: p.id, input: { active: true } }, owner.token)).data!.updateProduct;
    expect(restored).toMatchObject({ active: true, archivedAt: null });
    expect(await skus({ active: true })).toEqual(['ROSE-01', 'VASE-1']);

    expect(errorCode(await gql(app, GET, { id: '00000000-0000-0000-0000-000000000000' }, owner.token))).toBe('NOT_FOUND');
  });

  it('names the field of every bad input, and writes nothing', async () => {
    const before = await skus({ includeArchived: true });
    const negative = await create({ sku: 'NEG-1', nameFa: 'منفی', basePrice: -1 });
    expect(errorCode(negative)).toBe('BAD_USER_INPUT');
    expect(fields(negative)).toEqual([{ field: 'input.basePrice', message: 'basePrice must be 0 or more Rial' }]);

    const tax = await create({ sku: 'TAX-1', nameFa: 'مالیات', basePrice: 10, taxRateBp: 10_001 });
    expect(fields(tax)).toEqual([{ field: 'input.taxRateBp', message: 'taxRateBp must be between 0 and 10000 basis points (1000 = 10%)' }]);
    expect(fields(await create({ sku: 'TAX-2', nameFa: 'مالیات', basePrice: 10, taxRateBp: -5 }))).toEqual([
      { field: 'input.taxRateBp', message: 'taxRateBp must be between 0 and 10000 basis points (1000 = 10%)' },
    ]);

    const sku = await create({ sku: 'گل رز', nameFa: 'x', basePrice: 10 });
    expect(fields(sku)).toEqual([{ field: 'input.sku', message: expect.stringContaining('must be letters A–Z') }]);

    const image = await create({ sku: 'IMG-1', nameFa: 'x', basePrice: 10, imageUrls: ['javascript:alert(1)'] });
    expect(fields(image)).toEqual([{ field: 'input.imageUrls', message: 'imageUrls must be http(s) URLs' }]);

    const badCategory = await create({ sku: 'CAT-1', nameFa: 'x', basePrice: 10, categoryId: '00000000-0000-0000-0000-000000000000' });
    expect(fields(badCategory)).toEqual([{ field: 'input.categoryId', message: 'is not a product category of this workspace' }]);

    // Duplicate SKU: compared upper-case with Persian digits folded.
    await created({ sku: 'DUP-12', nameFa: 'اول', basePrice: 10 });
    const duplicate = await create({ sku: 'dup-۱۲', nameFa: 'دوم', basePrice: 10 });
    expect(errorCode(duplicate)).toBe('CONFLICT');
    expect(duplicate.errors![0].extensions!.field).toBe('input.sku');
    expect(duplicate.errors![0].message).toBe('SKU "DUP-12" is already used by another product of this workspace');
    const second = await created({ sku: 'DUP-13', nameFa: 'سوم', basePrice: 10 });
    const renamed = await gql(app, UPDATE, { id: second.id, input: { sku: 'Dup-12' } }, owner.token);
    expect(errorCode(renamed)).toBe('CONFLICT');

    expect(await skus({ includeArchived: true })).toEqual([...before, 'DUP-12', 'DUP-13'].sort());
  });

  it('keeps a category tree: filters by a category and its descendants, refuses cycles', async () => {
    const food = await category({ nameFa: 'خوراکی', nameEn: 'Food', tags: ['restaurant'] });
    const fruit = await category({ nameFa: 'میوه', nameEn: 'Fruit', parentId: food.id });
    const citrus = await category({ nameFa: 'مرکبات', nameEn: 'Citrus Fruit', parentId: fruit.id });
    const drinks = await category({ nameFa: 'نوشیدنی', parentId: food.id, slug: 'drinks' });
    expect(citrus).toMatchObject({ depth: 2, slug: 'citrus-fruit' });
    const noEnglish = await category({ nameFa: 'متفرقه' });
    expect(noEnglish.slug).toBe('category');
    expect((await category({ nameFa: 'متفرقه ۲' })).slug).toBe('category-2');

    await created({ sku: 'ORANGE', nameFa: 'پرتقال', basePrice: 600_000, categoryId: citrus.id, unit: 'کیلوگرم' });
    await created({ sku: 'APPLE', nameFa: 'سیب', basePrice: 400_000, categoryId: fruit.id, unit: 'کیلوگرم' });
    await created({ sku: 'DOOGH', nameFa: 'دوغ', basePrice: 150_000, categoryId: drinks.id });
    expect(await skus({ categoryId: food.id })).toEqual(['APPLE', 'DOOGH', 'ORANGE']);
    expect(await skus({ categoryId: fruit.id })).toEqual(['APPLE', 'ORANGE']);
    expect(await skus({ categoryId: citrus.id })).toEqual(['ORANGE']);

    const tree = (await gql(app, CATEGORIES, {}, owner.token)).data!.productCategories;
    const foodAt = tree.findIndex((c: { id: string }) => c.id === food.id);
    expect(tree.slice(foodAt, foodAt + 4).map((c: { nameFa: string; depth: number }) => [c.nameFa, c.depth])).toEqual([
      ['خوراکی', 0], ['میوه', 1], ['مرکبات', 2], ['نوشیدنی', 1],
    ]);

    const cycle = await gql(app, UPDATE_CATEGORY, { id: food.id, input: { parentId: citrus.id } }, owner.token);
    expect(fields(cycle)).toEqual([{ field: 'input.parentId', message: 'cannot be the category itself or one of its descendants' }]);
    const self = await gql(app, UPDATE_CATEGORY, { id: food.id, input: { parentId: food.id } }, owner.token);
    expect(fields(self)).toEqual([{ field: 'input.parentId', message: 'cannot be the category itself or one of its descendants' }]);
    const moved = await gql(app, UPDATE_CATEGORY, { id: citrus.id, input: { parentId: null } }, owner.token);
    expect(moved.data!.updateProductCategory).toMatchObject({ parentId: null, depth: 0 });
    expect(await skus({ categoryId: food.id })).toEqual(['APPLE', 'DOOGH']);

    const slugTaken = await gql(app, CREATE_CATEGORY, { input: { nameFa: 'x', slug: 'drinks' } }, owner.token);
    expect(errorCode(slugTaken)).toBe('CONFLICT');
    const badSlug = await gql(app, CREATE_CATEGORY, { input: { nameFa: 'x', slug: 'نوشیدنی' } }, owner.token);
    expect(fields(badSlug)).toEqual([{ field: 'input.slug', message: 'must be a-z, 0-9 and single hyphens, at most 60 characters' }]);
    const badFilter = await gql(app, LIST, { filter: { categoryId: '00000000-0000-0000-0000-000000000000' } }, owner.token);
    expect(fields(badFilter)).toEqual([{ field: 'filter.categoryId', message: 'is not a product category of this workspace' }]);
  });

  it('searches names and SKUs the Persian way: Arabic ي/ك, Persian digits, any case', async () => {
    await created({ sku: 'GIFT-1402', nameFa: 'جعبه کادوی یلدا', nameEn: 'Yalda gift box', basePrice: 2_500_000 });
    await created({ sku: 'CAKE-77', nameFa: 'کیک شکلاتی', basePrice: 1_200_000 });
    // stored with Arabic letters, found with Persian ones
    await created({ sku: 'TEA-5', nameFa: 'چاي كيسه‌اي', basePrice: 300_000 });

    expect(await skus({ search: 'كادوي' })).toEqual(['GIFT-1402']); // Arabic kaf and yeh in the query
    expect(await skus({ search: 'کادو یلدا' })).toEqual(['GIFT-1402']);
    expect(await skus({ search: 'چای کیسه' })).toEqual(['TEA-5']); // Persian in the query, Arabic stored
    expect(await skus({ search: 'کیسه‌ای' })).toEqual(['TEA-5']); // with a ZWNJ
    expect(await skus({ search: 'gift-۱۴۰۲' })).toEqual(['GIFT-1402']); // Persian digits in the SKU
    expect(await skus({ search: 'cake-٧٧' })).toEqual(['CAKE-77']); // Arabic-Indic digits
    expect(await skus({ search: 'YALDA' })).toEqual(['GIFT-1402']);
    expect(await skus({ search: 'کیک', active: false })).toEqual([]);
    expect(await skus({ search: 'هیچ‌چیز' })).toEqual([]);
  });

  it('pages the list with cursors, newest first', async () => {
    const page1 = (await gql(app, LIST, { first: 2 }, owner.token)).data!.products;
    const page2 = (await gql(app, LIST, { first: 2, after: page1.pageInfo.endCursor }, owner.token)).data!.products;
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page1.edges).toHaveLength(2);
    expect(page2.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(page1.edges[0].node.id);
    expect(page1.totalCount).toBe(page2.totalCount);
  });

  it('keeps workspaces apart: another shop neither sees nor uses these products and categories', async () => {
    const mine = await created({ sku: 'MINE-1', nameFa: 'مال من', basePrice: 10 });
    const myCategory = await category({ nameFa: 'دسته من' });
    expect(errorCode(await gql(app, GET, { id: mine.id }, other.token))).toBe('NOT_FOUND');
    expect(await skus({}, other.token)).toEqual([]);
    expect((await gql(app, CATEGORIES, {}, other.token)).data!.productCategories).toEqual([]);
    expect(errorCode(await gql(app, UPDATE, { id: mine.id, input: { basePrice: 1 } }, other.token))).toBe('NOT_FOUND');
    const foreignCategory = await create({ sku: 'THEIRS', nameFa: 'x', basePrice: 1, categoryId: myCategory.id }, other.token);
    expect(fields(foreignCategory)).toEqual([{ field: 'input.categoryId', message: 'is not a product category of this workspace' }]);
    // The same SKU is free in another workspace.
    expect((await created({ sku: 'MINE-1', nameFa: 'مال او', basePrice: 20 }, other.token)).sku).toBe('MINE-1');
    expect((await gql(app, GET, { id: mine.id }, owner.token)).data!.product.basePrice).toBe(10);
  });

  it('a SALES member reads the catalog but cannot write products; WAREHOUSE can', async () => {
    const sales = await memberToken(owner.workspaceId, 'SALES');
    expect((await gql(app, LIST, {}, sales)).errors).toBeUndefined();
    const write = await create({ sku: 'SALES-1', nameFa: 'x', basePrice: 10 }, sales);
    expect(errorCode(write)).toBe('FORBIDDEN');
    expect(write.errors![0].message).toContain('inventory:write');
    expect(errorCode(await gql(app, CREATE_CATEGORY, { input: { nameFa: 'x' } }, sales))).toBe('FORBIDDEN');
    const warehouse = await memberToken(owner.workspaceId, 'WAREHOUSE');
    expect((await create({ sku: 'WH-1', nameFa: 'انبار', basePrice: 10 }, warehouse)).errors).toBeUndefined();
  });
});
