import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db.service';
import { errorCode, gql, GqlResponse, Owner, signUpOwner } from '../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../test/utils/test-app';
import { CouponsService } from './coupons.service';
import { PricingService, QuoteRequest } from './pricing.service';

const QUOTE = `query($input: QuoteInput!) {
  quote(input: $input) {
    lines { productId quantity unitBasePrice unitPrice discount couponDiscount taxRateBp tax total appliedPriceListId }
    subtotal discountTotal couponDiscount taxTotal total coupon { id code } problems { field message }
  }
}`;
const CREATE_LIST = `mutation($input: CreatePriceListInput!) { createPriceList(input: $input) { id name kind target priority validFrom validTo active items { id productId categoryId price discountBp minQuantity } } }`;
const UPDATE_LIST = `mutation($id: ID!, $input: UpdatePriceListInput!) { updatePriceList(id: $id, input: $input) { id active target kind } }`;
const SET_ITEMS = `mutation($id: ID!, $items: [PriceListItemInput!]!) { setPriceListItems(priceListId: $id, items: $items) { id items { productId categoryId price discountBp minQuantity } } }`;
const LISTS = `query($filter: PriceListFilter) { priceLists(filter: $filter, first: 100) { totalCount edges { node { id name kind items { productId } } } } }`;
const CREATE_COUPON = `mutation($input: CreateCouponInput!) { createCoupon(input: $input) { id code kind value } }`;

const fields = (res: GqlResponse) => res.errors?.[0]?.extensions?.fields;

describe('pricing: the one function deciding what a customer pays', () => {
  let app: TestApp;
  let owner: Owner;
  let contactId: string;
  let otherContactId: string;
  const p: Record<string, string> = {};
  const c: Record<string, string> = {};
  const lists: Record<string, string> = {};
  const segmentId = '5e6d0000-0000-4000-8000-000000000001';

  const run = async (query: string, variables: Record<string, unknown>) => {
    const res = await gql(app, query, variables, owner.token);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!;
  };
  const quote = (input: Record<string, unknown>) => gql(app, QUOTE, { input }, owner.token);
  const quoted = async (input: Record<string, unknown>) => {
    const res = await quote(input);
    expect(res.errors).toBeUndefined();
    return res.data!.quote;
  };
  const unitPrices = async (input: Record<string, unknown>) =>
    (await quoted(input)).lines.map((l: { unitPrice: number; appliedPriceListId: string | null }) => [l.unitPrice, l.appliedPriceListId]);
  const asService = <T>(fn: (em: Parameters<Parameters<TenantDb['tx']>[0]>[0]) => Promise<T>) =>
    app.app.get(RequestContext).runAs(
      { kind: 'apiKey', apiKeyId: '00000000-0000-0000-0000-000000000000', workspaceId: owner.workspaceId, name: 'pricing test', permissions: new Set() },
      () => app.app.get(TenantDb).tx(fn),
    );
  const serviceQuote = (input: QuoteRequest, options = {}) => asService((em) => app.app.get(PricingService).quoteIn(em, input, options));

  beforeAll(async () => {
    app = await startTestApp();
    owner = await signUpOwner(app, 'Flower shop');
    const contact = async (firstName: string) => (await run(`mutation($n: String!) { createContact(input: { firstName: $n }) { id } }`, { n: firstName })).createContact.id;
    contactId = await contact('نرگس');
    otherContactId = await contact('مینا');
    const category = async (nameFa: string, parentId?: string) =>
      (await run(`mutation($input: CreateProductCategoryInput!) { createProductCategory(input: $input) { id } }`, { input: { nameFa, parentId } })).createProductCategory.id;
    c.flowers = await category('گل');
    c.roses = await category('رز', c.flowers);
    const product = async (sku: string, basePrice: number, taxRateBp: number, categoryId?: string) =>
      (await run(`mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`, { input: { sku, nameFa: sku, basePrice, taxRateBp, categoryId } })).createProduct.id;
    p.rose = await product('ROSE', 1_000_000, 1000, c.roses);
    p.tulip = await product('TULIP', 500_000, 1000, c.flowers);
    p.card = await product('CARD', 100_000, 0);
    p.choc = await product('CHOC', 333_333, 900);
    p.odd = await product('ODD', 250, 900);
    p.old = await product('OLD', 70_000, 0);
    await run(`mutation($id: ID!) { archiveProduct(id: $id) { id } }`, { id: p.old });

    const list = async (input: Record<string, unknown>) => (await run(CREATE_LIST, { input })).createPriceList.id;
    lists.vip = await list({ name: 'VIP', kind: 'TIER', target: 'vip', items: [{ productId: p.rose, price: 900_000 }, { productId: p.tulip, price: 450_000 }] });
    lists.narges = await list({ name: 'قرارداد نرگس', kind: 'CONTACT', target: contactId, items: [{ productId: p.rose, price: 850_000 }, { productId: p.tulip, price: 450_000 }] });
    lists.segment = await list({
      name: 'مشتریان رستوران', kind: 'SEGMENT', target: segmentId,
      items: [{ categoryId: c.flowers, discountBp: 1000 }, { productId: p.rose, price: 950_000 }],
    });
    lists.yalda = await list({
      name: 'یلدا', kind: 'ALL', validFrom: '2025-12-15T00:00:00Z', validTo: '2025-12-22T00:00:00Z', items: [{ categoryId: c.roses, discountBp: 2000 }],
    });
    lists.wholesale = await list({ name: 'عمده', kind: 'ALL', items: [{ productId: p.card, price: 80_000, minQuantity: 10 }] });
    lists.inactive = await list({ name: 'غیرفعال', kind: 'ALL', active: false, items: [{ productId: p.choc, price: 1 }] });
  });
  afterAll(() => app.close());

  const AT = '2025-11-01T08:00:00Z';

  it('without a matching list the base price applies, with tax per line rounded half up', async () => {
    const q = await quoted({ lines: [{ productId: p.choc, quantity: 1 }, { productId: p.odd, quantity: 1 }], at: AT });
    // 9% of 333333 = 29999.97 → 30000; 9% of 250 = 22.5 → 23 (half up, not to even)
    expect(q.lines).toEqual([
      { productId: p.choc, quantity: 1, unitBasePrice: 333_333, unitPrice: 333_333, discount: 0, couponDiscount: 0, taxRateBp: 900, tax: 30_000, total: 363_333, appliedPriceListId: null },
      { productId: p.odd, quantity: 1, unitBasePrice: 250, unitPrice: 250, discount: 0, couponDiscount: 0, taxRateBp: 900, tax: 23, total: 273, appliedPriceListId: null },
    ]);
    expect(q).toMatchObject({ subtotal: 333_583, discountTotal: 0, couponDiscount: 0, taxTotal: 30_023, total: 363_606, coupon: null, problems: [] });
  });

  it('a contact’s list beats the tier list, which beats the base price; on equal prices the more specific list is credited', async () => {
    const lines = [{ productId: p.rose, quantity: 1 }, { productId: p.tulip, quantity: 1 }];
    expect(await unitPrices({ lines, at: AT })).toEqual([[1_000_000, null], [500_000, null]]);
    expect(await unitPrices({ lines, at: AT, tier: 'VIP' })).toEqual([[900_000, lists.vip], [450_000, lists.vip]]);
    expect(await unitPrices({ lines, at: AT, tier: 'VIP', contactId })).toEqual([[850_000, lists.narges], [450_000, lists.narges]]);
    // another customer of the same tier does not get Narges's contract price
    expect(await unitPrices({ lines, at: AT, tier: 'vip', contactId: otherContactId })).toEqual([[900_000, lists.vip], [450_000, lists.vip]]);
  });

  it('a category item covers the category’s descendants; the product’s own item in the same list beats it', async () => {
    const lines = [{ productId: p.rose, quantity: 1 }, { productId: p.tulip, quantity: 1 }, { productId: p.card, quantity: 1 }];
    expect(await unitPrices({ lines, at: AT, segmentIds: [segmentId] })).toEqual([[950_000, lists.segment], [450_000, lists.segment], [100_000, null]]);
  });

  it('seasonal lists apply inside their window only (at is injected); the lowest price wins over a more specific list', async () => {
    const lines = [{ productId: p.rose, quantity: 2 }];
    expect(await unitPrices({ lines, at: '2025-12-14T23:59:59Z' })).toEqual([[1_000_000, null]]);
    expect(await unitPrices({ lines, at: '2025-12-15T00:00:00Z' })).toEqual([[800_000, lists.yalda]]);
    expect(await unitPrices({ lines, at: '2025-12-21T20:00:00Z', tier: 'VIP', contactId })).toEqual([[800_000, lists.yalda]]);
    expect(await unitPrices({ lines, at: '2025-12-22T00:00:00Z' })).toEqual([[1_000_000, null]]); // validTo is exclusive
    const q = await quoted({ lines, at: '2025-12-20T10:00:00Z' });
    expect(q.lines[0]).toMatchObject({ unitBasePrice: 1_000_000, unitPrice: 800_000, discount: 400_000, tax: 160_000, total: 1_760_000 });
    expect(q).toMatchObject({ subtotal: 2_000_000, discountTotal: 400_000, taxTotal: 160_000, total: 1_760_000 });
  });

  it('quantity breaks apply from their minimum quantity; inactive lists never', async () => {
    expect(await unitPrices({ lines: [{ productId: p.card, quantity: 9 }], at: AT })).toEqual([[100_000, null]]);
    expect(await unitPrices({ lines: [{ productId: p.card, quantity: 10 }], at: AT })).toEqual([[80_000, lists.wholesale]]);
    expect(await unitPrices({ lines: [{ productId: p.choc, quantity: 1 }], at: AT })).toEqual([[333_333, null]]);
    await run(UPDATE_LIST, { id: lists.wholesale, input: { active: false } });
    expect(await unitPrices({ lines: [{ productId: p.card, quantity: 10 }], at: AT })).toEqual([[100_000, null]]);
    await run(UPDATE_LIST, { id: lists.wholesale, input: { active: true } });
  });

  it('a percent coupon limited to a category needs its minimum order and covers only its lines', async () => {
    const coupon = (await run(CREATE_COUPON, { input: { code: 'Roses10', kind: 'PERCENT', value: 1000, categoryIds: [c.roses], minOrderTotal: 2_000_000 } })).createCoupon;
    expect(coupon).toMatchObject({ code: 'ROSES10', kind: 'PERCENT', value: 1000 });
    const short = await quote({ lines: [{ productId: p.rose, quantity: 1 }, { productId: p.card, quantity: 1 }], couponCode: 'roses10', at: AT });
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    expect(fields(short)).toEqual([{ field: 'input.couponCode', message: 'needs an order of at least 2000000 Rial before tax (this order: 1100000 Rial)' }]);
    const outOfScope = await quote({ lines: [{ productId: p.card, quantity: 30 }], couponCode: 'ROSES10', at: AT });
    expect(fields(outOfScope)).toEqual([{ field: 'input.couponCode', message: 'does not apply to any product in this order' }]);

    const q = await quoted({ lines: [{ productId: p.rose, quantity: 2 }, { productId: p.card, quantity: 1 }], couponCode: ' roses10 ', at: AT });
    expect(q.coupon).toEqual({ id: coupon.id, code: 'ROSES10' });
    expect(q.lines.map((l: Record<string, number>) => [l.couponDiscount, l.discount, l.tax, l.total])).toEqual([
      [200_000, 200_000, 180_000, 1_980_000], // 10% of 2000000; tax 10% of 1800000
      [0, 0, 0, 100_000],
    ]);
    expect(q).toMatchObject({ subtotal: 2_100_000, discountTotal: 200_000, couponDiscount: 200_000, taxTotal: 180_000, total: 2_080_000 });
  });

  it('voucher terms without a code are priced exactly as the coupon with those terms, and refused on the caller’s field', async () => {
    await run(CREATE_COUPON, { input: { code: 'FLOWERS-CAP', kind: 'PERCENT', value: 1500, maxDiscount: 200_000, categoryIds: [c.flowers], minOrderTotal: 1_000_000 } });
    const voucher = { kind: 'PERCENT' as const, value: 1500, maxDiscount: 200_000, categoryIds: [c.flowers], minOrderTotal: 1_000_000, field: 'input.rewardId' };
    const lines = [{ productId: p.rose, quantity: 1 }, { productId: p.tulip, quantity: 1 }, { productId: p.choc, quantity: 1 }];
    const byCode = await serviceQuote({ lines, couponCode: 'FLOWERS-CAP', at: new Date(AT) });
    const byTerms = await serviceQuote({ lines, voucher, at: new Date(AT) });
    // The rose (a sub-category of flowers) and the tulip share the capped 200,000 (15% would be 225,000); the chocolate is outside the scope.
    expect(byTerms.couponDiscount).toBe(200_000);
    expect(byTerms.lines[2].couponDiscount).toBe(0);
    expect({ ...byTerms, coupon: 'x' }).toEqual({ ...byCode, coupon: 'x' });
    expect(byTerms.coupon).toBeNull();

    const refused = (input: Partial<QuoteRequest>, options = {}) => serviceQuote({ lines: [{ productId: p.card, quantity: 1 }], at: new Date(AT), ...input }, options);
    await expect(refused({ voucher })).rejects.toMatchObject({ extensions: { fields: [{ field: 'input.rewardId', message: 'does not apply to any product in this order' }] } });
    await expect(refused({ voucher: { ...voucher, categoryIds: [] } })).rejects.toMatchObject({
      extensions: { fields: [{ field: 'input.rewardId', message: 'needs an order of at least 1000000 Rial before tax (this order: 100000 Rial)' }] },
    });
    const lenient = await refused({ voucher: { ...voucher, categoryIds: [] } }, { lenientCoupon: true });
    expect(lenient).toMatchObject({ couponDiscount: 0, problems: [{ field: 'input.rewardId', message: expect.stringContaining('needs an order of at least 1000000') }] });
    await expect(refused({ voucher, couponCode: 'FLOWERS-CAP' }, { lenientCoupon: true })).rejects.toMatchObject({
      extensions: { fields: [{ field: 'input.rewardId', message: 'a quote takes one voucher: give a coupon code or a voucher, not both' }] },
    });
  });

  it('a fixed coupon is shared over the lines in proportion, then each line is taxed', async () => {
    await run(CREATE_COUPON, { input: { code: 'FIX50', kind: 'FIXED', value: 500_000 } });
    const q = await quoted({ lines: [{ productId: p.rose, quantity: 1 }, { productId: p.choc, quantity: 1 }], couponCode: 'fix50', at: AT });
    // 500000 × 1000000/1333333 = 375000.09 and × 333333/1333333 = 124999.91: the leftover Rial goes to the larger remainder
    expect(q.lines.map((l: Record<string, number>) => [l.couponDiscount, l.tax, l.total])).toEqual([
      [375_000, 62_500, 687_500],
      [125_000, 18_750, 227_083], // 9% of 208333 = 18749.97 → 18750
    ]);
    expect(q).toMatchObject({ subtotal: 1_333_333, discountTotal: 500_000, couponDiscount: 500_000, taxTotal: 81_250, total: 914_583 });
    // a fixed coupon larger than the order takes it to zero, never below
    const small = await quoted({ lines: [{ productId: p.odd, quantity: 1 }], couponCode: 'FIX50', at: AT });
    expect(small).toMatchObject({ couponDiscount: 250, taxTotal: 0, total: 0 });
  });

  it('refuses a coupon that cannot be used, naming input.couponCode; a preview may take it as a problem instead', async () => {
    await run(CREATE_COUPON, { input: { code: 'YALDA۱۴۰۴', kind: 'PERCENT', value: 1500, validFrom: '2025-12-15T00:00:00Z', validTo: '2025-12-22T00:00:00Z' } });
    await run(CREATE_COUPON, { input: { code: 'NARGES-BDAY', kind: 'FIXED', value: 100_000, contactId } });
    const lines = [{ productId: p.rose, quantity: 1 }];
    const refusal = async (input: Record<string, unknown>) => fields(await quote({ lines, at: AT, ...input }));
    expect(await refusal({ couponCode: 'NOPE' })).toEqual([{ field: 'input.couponCode', message: 'is not a valid coupon code' }]);
    expect(await refusal({ couponCode: 'yalda1404' })).toEqual([{ field: 'input.couponCode', message: 'is not valid yet (from 2025-12-15T00:00:00.000Z)' }]);
    expect(await refusal({ couponCode: 'yalda1404', at: '2025-12-23T00:00:00Z' })).toEqual([{ field: 'input.couponCode', message: 'has expired (on 2025-12-22T00:00:00.000Z)' }]);
    expect((await quoted({ lines, couponCode: 'YALDA1404', at: '2025-12-16T00:00:00Z' })).couponDiscount).toBe(120_000); // 15% of the Yalda price 800000
    expect(await refusal({ couponCode: 'NARGES-BDAY', contactId: otherContactId })).toEqual([{ field: 'input.couponCode', message: 'is a personal coupon of another customer' }]);
    expect(await refusal({ couponCode: 'NARGES-BDAY' })).toEqual([{ field: 'input.couponCode', message: 'is a personal coupon: choose the customer it was given to' }]);
    expect((await quoted({ lines, couponCode: 'narges-bday', contactId, at: AT })).couponDiscount).toBe(100_000);

    const lenient = await serviceQuote({ lines, couponCode: 'NOPE', at: new Date(AT) }, { lenientCoupon: true });
    expect(lenient).toMatchObject({ coupon: null, couponDiscount: 0, total: 1_100_000, problems: [{ field: 'input.couponCode', message: 'is not a valid coupon code' }] });
  });

  it('a used-up coupon, and one this customer has used enough, are refused', async () => {
    const single = (await run(CREATE_COUPON, { input: { code: 'ONCE', kind: 'FIXED', value: 1000, maxUses: 1 } })).createCoupon;
    await run(CREATE_COUPON, { input: { code: 'TWICE-EACH', kind: 'FIXED', value: 1000, perContactLimit: 2 } });
    const coupons = app.app.get(CouponsService);
    await asService((em) => coupons.redeemIn(em, { code: 'once', contactId: null, orderRef: 'PF-1', amount: 1000 }));
    const lines = [{ productId: p.card, quantity: 1 }];
    expect(fields(await quote({ lines, couponCode: 'ONCE' }))).toEqual([{ field: 'input.couponCode', message: 'has been used up' }]);
    for (const ref of ['PF-2', 'PF-3']) await asService((em) => coupons.redeemIn(em, { code: 'TWICE-EACH', contactId, orderRef: ref, amount: 1000 }));
    expect(fields(await quote({ lines, couponCode: 'TWICE-EACH', contactId }))).toEqual([
      { field: 'input.couponCode', message: 'has already been used 2 time(s) by this customer, the most allowed' },
    ]);
    expect(fields(await quote({ lines, couponCode: 'TWICE-EACH' }))).toEqual([{ field: 'input.couponCode', message: 'is limited per customer: choose the customer' }]);
    expect((await quoted({ lines, couponCode: 'TWICE-EACH', contactId: otherContactId })).couponDiscount).toBe(1000);
    // a cancelled order gives its use back
    expect(await asService((em) => coupons.releaseIn(em, 'PF-1'))).toBe(1);
    expect((await quoted({ lines, couponCode: 'ONCE' })).coupon.id).toBe(single.id);
  });

  it('names bad lines: unknown or repeated products, zero quantities; an archived product is a problem, not an error', async () => {
    const unknown = await quote({ lines: [{ productId: p.rose, quantity: 1 }, { productId: '00000000-0000-0000-0000-000000000000', quantity: 1 }] });
    expect(fields(unknown)).toEqual([{ field: 'input.lines.1.productId', message: 'is not a product of this workspace' }]);
    const repeated = await quote({ lines: [{ productId: p.rose, quantity: 1 }, { productId: p.rose, quantity: 2 }] });
    expect(fields(repeated)).toEqual([{ field: 'input.lines.1.productId', message: 'repeats line 0: give each product once' }]);
    const zero = await quote({ lines: [{ productId: p.rose, quantity: 0 }] });
    expect(fields(zero)).toEqual([{ field: 'input.lines.0.quantity', message: 'quantity must be at least 1' }]);
    expect(fields(await quote({ lines: [] }))).toEqual([{ field: 'input.lines', message: 'lines must have at least one line' }]);
    const archived = await quoted({ lines: [{ productId: p.old, quantity: 1 }] });
    expect(archived.problems).toEqual([{ field: 'input.lines.0.productId', message: 'OLD (OLD) is not on sale' }]);
    expect(archived.total).toBe(70_000);
    // the service names fields under the caller's path
    await expect(serviceQuote({ lines: [{ productId: p.rose, quantity: -1 }] }, { path: 'proforma' })).rejects.toMatchObject({
      extensions: { fields: [{ field: 'proforma.lines.0.quantity', message: 'must be a whole number, at least 1' }] },
    });
  });

  it('validates price lists: targets by kind, one of product/category and price/discount, known ids, windows', async () => {
    const bad = async (input: Record<string, unknown>) => fields(await gql(app, CREATE_LIST, { input }, owner.token));
    expect(await bad({ name: 'x', kind: 'ALL', target: 'vip' })).toEqual([{ field: 'input.target', message: 'must be empty for a list that applies to everyone (ALL)' }]);
    expect(await bad({ name: 'x', kind: 'TIER' })).toEqual([{ field: 'input.target', message: 'is required for a TIER list (a club tier code)' }]);
    expect(await bad({ name: 'x', kind: 'CONTACT', target: 'someone' })).toEqual([{ field: 'input.target', message: 'must be a contact id' }]);
    expect(await bad({ name: 'x', kind: 'CONTACT', target: '00000000-0000-0000-0000-000000000000' })).toEqual([{ field: 'input.target', message: 'is not a contact of this workspace' }]);
    expect(await bad({ name: 'x', kind: 'ALL', validFrom: '2025-12-22T00:00:00Z', validTo: '2025-12-15T00:00:00Z' })).toEqual([{ field: 'input.validTo', message: 'must be after validFrom' }]);
    expect(await bad({ name: 'x', kind: 'ALL', items: [{ productId: p.rose, categoryId: c.roses, price: 1 }, { productId: p.rose }] })).toEqual([
      { field: 'input.items.0.productId', message: 'give exactly one of productId or categoryId' },
      { field: 'input.items.1.price', message: 'give exactly one of price (Rial) or discountBp' },
    ]);
    expect(await bad({ name: 'x', kind: 'ALL', items: [{ productId: p.rose, price: -5 }, { productId: p.tulip, discountBp: 10_001 }] })).toEqual([
      { field: 'input.items.0.price', message: 'price must be 0 or more Rial' },
      { field: 'input.items.1.discountBp', message: 'discountBp must be between 1 and 10000 basis points' },
    ]);
    expect(await bad({ name: 'x', kind: 'ALL', items: [{ productId: '00000000-0000-0000-0000-000000000000', price: 5 }] })).toEqual([
      { field: 'input.items.0.productId', message: 'is not a product of this workspace' },
    ]);
    expect(await bad({ name: 'x', kind: 'ALL', items: [{ productId: p.rose, price: 5 }, { productId: p.rose, price: 6 }] })).toEqual([
      { field: 'input.items.1', message: 'repeats item 0 (same product or category and minQuantity)' },
    ]);

    const set = await gql(app, SET_ITEMS, { id: lists.wholesale, items: [{ productId: p.card, price: 70_000, minQuantity: 20 }, { categoryId: c.flowers, discountBp: 500, minQuantity: 50 }] }, owner.token);
    expect(set.errors).toBeUndefined();
    expect(set.data!.setPriceListItems.items).toEqual([
      { productId: p.card, categoryId: null, price: 70_000, discountBp: null, minQuantity: 20 },
      { productId: null, categoryId: c.flowers, price: null, discountBp: 500, minQuantity: 50 },
    ]);
    expect(await unitPrices({ lines: [{ productId: p.card, quantity: 10 }], at: AT })).toEqual([[100_000, null]]);
    const all = (await run(LISTS, { filter: { kind: 'ALL' } })).priceLists;
    expect(all.edges.map((e: { node: { name: string } }) => e.node.name).sort()).toEqual(['عمده', 'غیرفعال', 'یلدا'].sort());
  });

  it('another workspace sees none of these lists and cannot price these products', async () => {
    const other = await signUpOwner(app, 'Other shop');
    expect((await gql(app, LISTS, {}, other.token)).data!.priceLists.totalCount).toBe(0);
    const res = await gql(app, QUOTE, { input: { lines: [{ productId: p.rose, quantity: 1 }] } }, other.token);
    expect(fields(res)).toEqual([{ field: 'input.lines.0.productId', message: 'is not a product of this workspace' }]);
    expect(errorCode(await gql(app, UPDATE_LIST, { id: lists.vip, input: { active: false } }, other.token))).toBe('NOT_FOUND');
    expect((await gql(app, `{ coupons { totalCount } }`, {}, other.token)).data!.coupons.totalCount).toBe(0);
  });
});
