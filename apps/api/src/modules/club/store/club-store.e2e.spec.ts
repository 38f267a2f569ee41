import { DataSource } from 'typeorm';
import { QUERY_LOGGER } from '../../../app.module';
import { RequestContext } from '../../../core/context/request-context';
import { CountingQueryLogger } from '../../../core/database/query-counter';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { PurchasesService } from '../loyalty/purchases.service';
import { ClubMemberSession, clubCodeFromSms, REQUEST_CLUB_CODE, signInClubMember, VERIFY_CLUB_CODE } from '../../../../test/utils/club-member';
import { errorCode, gql, GqlResponse, Owner, signUpOwner } from '../../../../test/utils/graphql';
import { SmsGateway, startSmsGateway } from '../../../../test/utils/sms-gateway';
import { startTestApp, TestApp } from '../../../../test/utils/test-app';

function ok<T = Record<string, any>>(res: GqlResponse<T>): T {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

const PRODUCTS = `query($slug: String!, $filter: ClubProductFilter, $search: String, $first: Int!, $after: String) {
  clubProducts(slug: $slug, filter: $filter, search: $search, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id sku nameFa price priceWithTax basePrice available lowStock } }
  }
}`;
const PRODUCT = `query($slug: String!, $id: ID!) { clubProduct(slug: $slug, id: $id) { id nameFa price basePrice available } }`;
const QUOTE = `query($input: ClubQuoteInput!) { clubQuote(input: $input) { canCheckout couponCode totals { subtotal discountTotal taxTotal total } lines { productId productName quantity unitPrice total available } problems { field message } } }`;
const CHECKOUT = `mutation($input: ClubCheckoutInput!) { clubCheckout(input: $input) {
  id number stage proformaStatus totals { total } couponCode expiresAt lines { productName quantity unitPrice total } delivery { phone address postalCode note }
} }`;
const MY_ORDER = `query($id: ID!) { myOrder(id: $id) { id stage proformaStatus invoiceNumber paymentStatus shipmentStatus trackingCode } }`;

describe('the club store: catalog, member prices, live availability, quote and checkout', () => {
  let app: TestApp;
  let sms: SmsGateway;
  let ds: DataSource;
  let shop: Owner;
  let other: Owner;
  let sara: ClubMemberSession;
  let warehouseId: string;
  let roses: string;
  const p: Record<string, string> = {};
  /** As the owner unless a token is given; `null`: anonymous. */
  const call = (q: string, v: Record<string, unknown> = {}, token: string | null = shop.token) => gql(app, q, v, token ?? undefined);
  let phoneSeq = 0;
  const freshPhone = () => `0935${String(4_000_000 + ++phoneSeq * 7).padStart(7, '0')}`;

  async function product(input: Record<string, unknown>, stock = 0): Promise<string> {
    const id = ok(await call(`mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`, { input })).createProduct.id;
    if (stock) ok(await call(`mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { id } }`, { input: { warehouseId, productId: id, quantity: stock } }));
    return id;
  }

  beforeAll(async () => {
    sms = await startSmsGateway();
    app = await startTestApp({ env: { SMS_PROVIDER: 'kavenegar', SMS_KAVENEGAR_URL: sms.url, SMS_KAVENEGAR_API_KEY: 'k', PUBLIC_URL: 'https://crm.example.ir' } });
    ds = app.app.get(DataSource);
    shop = await signUpOwner(app, 'Flower shop');
    other = await signUpOwner(app, 'Other shop');
    warehouseId = ok(await call(`mutation { createWarehouse(input: { code: "MAIN", name: "انبار", isDefault: true }) { id } }`)).createWarehouse.id;
    roses = ok(await call(`mutation { createProductCategory(input: { nameFa: "رز", slug: "roses" }) { id } }`)).createProductCategory.id;
    p.redRose = await product({ sku: 'ROSE-R', nameFa: 'رز قرمز', categoryId: roses, basePrice: 200_000, taxRateBp: 1000, lowStockThreshold: 5 }, 3);
    p.whiteRose = await product({ sku: 'ROSE-W', nameFa: 'رز سفید', categoryId: roses, basePrice: 150_000 }, 0);
    p.tulip = await product({ sku: 'TULIP', nameFa: 'لاله', basePrice: 100_000 }, 40);
    p.offSale = await product({ sku: 'OLD', nameFa: 'گل قدیمی', basePrice: 50_000, active: false }, 10);
    sara = await signInClubMember(app, sms, { slug: shop.slug, phone: '09351230001', firstName: 'سارا' });
    // Sara's own price list: tulips at 80,000.
    ok(await call(`mutation($input: CreatePriceListInput!) { createPriceList(input: $input) { id } }`, {
      input: { name: 'سارا', kind: 'CONTACT', target: sara.contactId, items: [{ productId: p.tulip, price: 80_000 }] },
    }));
  });
  afterAll(async () => {
    await app.close();
    await sms.close();
  });

  it('visitors see active products at the all-customers price with live availability; a member sees their own price', async () => {
    const visitor = ok(await call(PRODUCTS, { slug: shop.slug, first: 20 }, null)).clubProducts;
    const byId = new Map<string, any>(visitor.edges.map((e: any) => [e.node.id, e.node]));
    expect([...byId.keys()].sort()).toEqual([p.redRose, p.whiteRose, p.tulip].sort());
    expect(visitor.totalCount).toBe(3);
    expect(byId.get(p.redRose)).toMatchObject({ price: 200_000, priceWithTax: 220_000, available: true, lowStock: true });
    expect(byId.get(p.whiteRose)).toMatchObject({ available: false, lowStock: false });
    expect(byId.get(p.tulip)).toMatchObject({ price: 100_000, available: true, lowStock: false });

    const member = ok(await call(PRODUCTS, { slug: shop.slug, first: 20 }, sara.token)).clubProducts;
    expect(member.edges.find((e: any) => e.node.id === p.tulip).node).toMatchObject({ price: 80_000, basePrice: 100_000 });
    // Sara's token in another business's club is a visitor's there (and sees that club's products only).
    expect(ok(await call(PRODUCTS, { slug: other.slug, first: 20 }, sara.token)).clubProducts.totalCount).toBe(0);
    expect(ok(await call(PRODUCT, { slug: shop.slug, id: p.tulip }, sara.token)).clubProduct).toMatchObject({ price: 80_000, available: true });
    expect(ok(await call(PRODUCT, { slug: shop.slug, id: p.tulip }, null)).clubProduct).toMatchObject({ price: 100_000 });
  });

  it('filters: category, Persian search (Arabic letters and spacing too), in stock only; off-sale products are never shown', async () => {
    const ids = async (filter: Record<string, unknown>, search?: string) =>
      ok(await call(PRODUCTS, { slug: shop.slug, filter, search, first: 20 }, null)).clubProducts.edges.map((e: any) => e.node.id).sort();
    expect(await ids({ categoryId: roses })).toEqual([p.redRose, p.whiteRose].sort());
    expect(await ids({ search: 'رز' })).toEqual([p.redRose, p.whiteRose].sort());
    expect(await ids({}, 'لاله')).toEqual([p.tulip]);
    expect(await ids({ search: 'سفيد' })).toEqual([p.whiteRose]);
    expect(await ids({ search: 'قدیمی' })).toEqual([]);
    expect(await ids({ availableOnly: true })).toEqual([p.redRose, p.tulip].sort());
    expect(await ids({ categoryId: roses, availableOnly: true })).toEqual([p.redRose]);
    expect(errorCode(await call(PRODUCT, { slug: shop.slug, id: p.offSale }, null))).toBe('NOT_FOUND');
    expect(errorCode(await call(PRODUCTS, { slug: 'no-such-club', first: 5 }, null))).toBe('NOT_FOUND');
    const badCategory = await call(PRODUCTS, { slug: shop.slug, filter: { categoryId: '00000000-0000-0000-0000-000000000000' }, first: 5 }, null);
    expect(errorCode(badCategory)).toBe('BAD_USER_INPUT');
    expect(badCategory.errors![0].extensions!.fields![0].field).toBe('filter.categoryId');
    expect(ok(await call(`query($s: String!) { clubCategories(slug: $s) { id nameFa slug depth } }`, { s: shop.slug }, null)).clubCategories).toEqual([
      { id: roses, nameFa: 'رز', slug: 'roses', depth: 0 },
    ]);
  });

  it('clubQuote prices the cart by the one pricing and names what stops a checkout', async () => {
    const good = ok(await call(QUOTE, { input: { slug: shop.slug, lines: [{ productId: p.tulip, quantity: 2 }] } }, sara.token)).clubQuote;
    expect(good).toMatchObject({ canCheckout: true, problems: [], totals: { subtotal: 200_000, discountTotal: 40_000, total: 160_000 } });
    const bad = ok(await call(QUOTE, {
      input: { slug: shop.slug, couponCode: 'NOPE', lines: [{ productId: p.redRose, quantity: 4 }, { productId: p.whiteRose, quantity: 1 }, { productId: p.offSale, quantity: 1 }] },
    }, null)).clubQuote;
    expect(bad.canCheckout).toBe(false);
    expect(bad.problems.map((x: any) => x.field).sort()).toEqual(['input.couponCode', 'input.lines.0.quantity', 'input.lines.1.quantity', 'input.lines.2.productId']);
    expect(bad.problems.find((x: any) => x.field === 'input.lines.0.quantity').message).toContain('only 3');
    expect(bad.lines.map((l: any) => l.available)).toEqual([false, false, false]);
    const unknown = await call(QUOTE, { input: { slug: shop.slug, lines: [{ productId: '00000000-0000-0000-0000-000000000000', quantity: 1 }] } }, null);
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0].extensions!.fields![0].field).toBe('input.lines.0.productId');
  });

  it('a page of 24 products costs the same statements as a page of 3 (prices and availability in batches)', async () => {
    for (let i = 0; i < 24; i++) await product({ sku: `BULK-${i}`, nameFa: `کالا ${i}`, basePrice: 10_000 + i }, i % 2);
    const logger = app.app.get<CountingQueryLogger>(QUERY_LOGGER) as unknown as { logQuery: (query: string, ...rest: unknown[]) => void };
    const context = app.app.get(RequestContext);
    const count = async (first: number) => {
      const sql: string[] = [];
      const original = logger.logQuery;
      logger.logQuery = function (this: unknown, query: string, ...rest: unknown[]) {
        if (context.principal()?.kind === 'member') sql.push(query);
        original.call(this, query, ...rest);
      };
      try {
        const page = ok(await call(PRODUCTS, { slug: shop.slug, first }, sara.token)).clubProducts;
        expect(page.edges).toHaveLength(first);
      } finally {
        delete (logger as { logQuery?: unknown }).logQuery;
      }
      return sql.length;
    };
    await count(3);
    const small = await count(3);
    const page = await count(24);
    expect(page).toBe(small);
    // 13 since the pricing statement runs with generic plans (one SET LOCAL instead of planning it per page).
    expect(page).toBeLessThanOrEqual(13);
  });

  it('checkout: a confirmed CLUB pro-forma with the stock held, the rep’s follow-up and the verification call, on the timeline; a replay answers the same order', async () => {
    const input = {
      slug: shop.slug, idempotencyKey: 'checkout-sara-0001', lines: [{ productId: p.tulip, quantity: 2 }],
      note: 'لطفاً عصر', deliveryAddress: 'تهران، خیابان ولیعصر', deliveryPhone: '09121112233', postalCode: '۱۲۳۴۵۶۷۸۹۰',
    };
    const order = ok(await call(CHECKOUT, { input }, sara.token)).clubCheckout;
    expect(order).toMatchObject({
      stage: 'PLACED', proformaStatus: 'CONFIRMED', totals: { total: 160_000 }, lines: [{ productName: 'لاله', quantity: 2, unitPrice: 80_000, total: 160_000 }],
      delivery: { phone: '+989121112233', address: 'تهران، خیابان ولیعصر', postalCode: '1234567890', note: 'لطفاً عصر' },
    });
    expect(order.expiresAt).not.toBeNull();
    expect(ok(await call(CHECKOUT, { input }, sara.token)).clubCheckout.id).toBe(order.id);

    const proforma = ok(await call(`query($id: ID!) { proforma(id: $id) { source status notes } }`, { id: order.id })).proforma;
    expect(proforma).toMatchObject({ source: 'CLUB', status: 'CONFIRMED' });
    expect(proforma.notes).toContain('تهران، خیابان ولیعصر');
    const [{ reserved }] = await ds.query(`SELECT reserved FROM product_availability WHERE product_id = $1`, [p.tulip]);
    expect(reserved).toBe(2);
    const contact = ok(await call(`query($id: ID!) { contact(id: $id) { tasks { kind title } timeline(first: 50) { edges { node { kind data } } } } }`, { id: sara.contactId })).contact;
    expect(contact.tasks.map((t: any) => t.kind).sort()).toEqual(['CALL', 'TODO']);
    expect(contact.timeline.edges.filter((e: any) => e.node.data.step === 'order_placed')).toHaveLength(1);
    expect(ok(await call(`query { proformas(first: 50) { totalCount } }`)).proformas.totalCount).toBe(1);
  });

  it('a personal voucher applies at checkout once: the discount is on the order, another member cannot use it, nor can its owner twice', async () => {
    ok(await call(`mutation($input: CreateCouponInput!) { createCoupon(input: $input) { id } }`, {
      input: { code: 'SARA20', kind: 'FIXED', value: 20_000, contactId: sara.contactId, maxUses: 1 },
    }));
    const quoted = ok(await call(QUOTE, { input: { slug: shop.slug, couponCode: 'sara20', lines: [{ productId: p.tulip, quantity: 1 }] } }, sara.token)).clubQuote;
    expect(quoted).toMatchObject({ canCheckout: true, couponCode: 'SARA20', totals: { total: 60_000 } });
    const stranger = await signInClubMember(app, sms, { slug: shop.slug, phone: freshPhone() });
    const theirs = await call(CHECKOUT, { input: { slug: shop.slug, idempotencyKey: 'voucher-stranger', couponCode: 'SARA20', lines: [{ productId: p.tulip, quantity: 1 }] } }, stranger.token);
    expect(errorCode(theirs)).toBe('BAD_USER_INPUT');
    expect(theirs.errors![0].extensions!.fields![0].field).toBe('input.couponCode');
    const order = ok(await call(CHECKOUT, { input: { slug: shop.slug, idempotencyKey: 'voucher-sara-1', couponCode: 'SARA20', lines: [{ productId: p.tulip, quantity: 1 }] } }, sara.token)).clubCheckout;
    expect(order).toMatchObject({ couponCode: 'SARA20', totals: { total: 60_000 } });
    const twice = await call(CHECKOUT, { input: { slug: shop.slug, idempotencyKey: 'voucher-sara-2', couponCode: 'SARA20', lines: [{ productId: p.tulip, quantity: 1 }] } }, sara.token);
    expect(errorCode(twice)).toBe('BAD_USER_INPUT');
  });

  it('points at checkout: a voucher reward bought with points in the order’s transaction — nothing spent when the order fails', async () => {
    const member = await signInClubMember(app, sms, { slug: shop.slug, phone: freshPhone() });
    ok(await call(`mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { balance } }`, { input: { contactId: member.contactId, delta: 120, reason: 'هدیه افتتاحیه' } }));
    const reward = ok(await call(`mutation($input: SaveRewardInput!) { saveReward(input: $input) { id } }`, {
      input: { kind: 'VOUCHER', name: '۳۰ هزار تومان تخفیف', pointsCost: 100, voucherKind: 'FIXED', voucherValue: 30_000 },
    })).saveReward.id;
    const balance = async () => (await ds.query(`SELECT balance FROM loyalty_balances WHERE contact_id = $1`, [member.contactId]))[0].balance;

    const failed = await call(CHECKOUT, { input: { slug: shop.slug, idempotencyKey: 'points-fail-1', rewardId: reward, lines: [{ productId: p.redRose, quantity: 99 }] } }, member.token);
    expect(errorCode(failed)).toBe('OUT_OF_STOCK');
    expect(await balance()).toBe(120);
    const both = await call(CHECKOUT, { input: { slug: shop.slug, idempotencyKey: 'points-both-1', rewardId: reward, couponCode: 'SARA20', lines: [{ productId: p.tulip, quantity: 1 }] } }, member.token);
    expect(both.errors![0].extensions!.fields![0].field).toBe('input.rewardId');

    const order = ok(await call(CHECKOUT, { input: { slug: shop.slug, idempotencyKey: 'points-ok-1', rewardId: reward, lines: [{ productId: p.tulip, quantity: 1 }] } }, member.token)).clubCheckout;
    expect(order.totals.total).toBe(70_000);
    expect(order.couponCode).toMatch(/^CL/);
    expect(await balance()).toBe(20);
    // A replay answers the same order without spending again; not enough points left for a second one.
    expect(ok(await call(CHECKOUT, { input: { slug: shop.slug, idempotencyKey: 'points-ok-1', rewardId: reward, lines: [{ productId: p.tulip, quantity: 1 }] } }, member.token)).clubCheckout.id).toBe(order.id);
    expect(await balance()).toBe(20);
    const poor = await call(CHECKOUT, { input: { slug: shop.slug, idempotencyKey: 'points-poor-1', rewardId: reward, lines: [{ productId: p.tulip, quantity: 1 }] } }, member.token);
    expect(errorCode(poor)).toBe('CONFLICT');
  });

  it('checkout refuses short stock (OUT_OF_STOCK naming the product), off-sale products and bad delivery details, writing nothing', async () => {
    const before = await ds.query(`SELECT (SELECT count(*)::int FROM proformas) AS proformas, (SELECT count(*)::int FROM club_orders) AS orders`);
    const short = await call(CHECKOUT, { input: { slug: shop.slug, idempotencyKey: 'checkout-sara-short', lines: [{ productId: p.tulip, quantity: 1 }, { productId: p.redRose, quantity: 9 }] } }, sara.token);
    expect(errorCode(short)).toBe('OUT_OF_STOCK');
    expect(JSON.stringify(short.errors![0].extensions!.products)).toContain(p.redRose);
    const offSale = await call(CHECKOUT, { input: { slug: shop.slug, idempotencyKey: 'checkout-sara-off', lines: [{ productId: p.offSale, quantity: 1 }] } }, sara.token);
    expect(errorCode(offSale)).toBe('BAD_USER_INPUT');
    expect(offSale.errors![0].extensions!.fields![0].field).toBe('input.lines.0.productId');
    const postal = await call(CHECKOUT, { input: { slug: shop.slug, idempotencyKey: 'checkout-sara-zip', lines: [{ productId: p.tulip, quantity: 1 }], postalCode: '123' } }, sara.token);
    expect(postal.errors![0].extensions!.fields![0].field).toBe('input.postalCode');
    expect(await ds.query(`SELECT (SELECT count(*)::int FROM proformas) AS proformas, (SELECT count(*)::int FROM club_orders) AS orders`)).toEqual(before);
    const [{ reserved }] = await ds.query(`SELECT reserved FROM product_availability WHERE product_id = $1`, [p.tulip]);
    expect(reserved).toBe(4);
    // Staff and visitors cannot check out; a member of another club cannot order here.
    expect(errorCode(await call(CHECKOUT, { input: { slug: shop.slug, idempotencyKey: 'checkout-staff-1', lines: [{ productId: p.tulip, quantity: 1 }] } }))).toBe('FORBIDDEN');
    expect(errorCode(await call(CHECKOUT, { input: { slug: shop.slug, idempotencyKey: 'checkout-anon-1', lines: [{ productId: p.tulip, quantity: 1 }] } }, null))).toBe('UNAUTHENTICATED');
    const elsewhere = await signInClubMember(app, sms, { slug: other.slug, phone: freshPhone() });
    expect(errorCode(await call(CHECKOUT, { input: { slug: shop.slug, idempotencyKey: 'checkout-else-1', lines: [{ productId: p.tulip, quantity: 1 }] } }, elsewhere.token))).toBe('FORBIDDEN');
  });

  it('a visitor checking out confirms their mobile by code, becomes a member and gets their pro-forma', async () => {
    const phone = freshPhone();
    const mark = sms.sent.length;
    const requested = ok(await call(REQUEST_CLUB_CODE, { input: { slug: shop.slug, phone, purpose: 'CHECKOUT' } }, null)).requestClubCode;
    expect(requested.registered).toBe(false);
    const code = await clubCodeFromSms(sms, requested.phone, mark);
    const session = ok(await call(VERIFY_CLUB_CODE, { input: { slug: shop.slug, phone, code, firstName: 'نگار' } }, null)).verifyClubCode;
    expect(session.joined).toBe(true);
    const order = ok(await call(CHECKOUT, { input: { slug: shop.slug, idempotencyKey: 'checkout-negar-1', lines: [{ productId: p.tulip, quantity: 1 }] } }, session.accessToken)).clubCheckout;
    expect(order).toMatchObject({ stage: 'PLACED', totals: { total: 100_000 } });
    const staffView = ok(await call(`query($id: ID!) { proforma(id: $id) { source status } }`, { id: order.id })).proforma;
    expect(staffView).toEqual({ source: 'CLUB', status: 'CONFIRMED' });
    const [member] = await ds.query(`SELECT m.joined_via, c.first_name, c.source FROM club_members m JOIN contacts c ON c.id = m.contact_id WHERE m.id = $1`, [session.member.id]);
    expect(member).toEqual({ joined_via: 'SIGN_UP', first_name: 'نگار', source: 'CLUB' });
  });

  it('myOrder follows the chain pro-forma → invoice → paid → issued → shipped → delivered, for its owner only', async () => {
    const order = ok(await call(CHECKOUT, { input: { slug: shop.slug, idempotencyKey: 'checkout-sara-chain', lines: [{ productId: p.tulip, quantity: 1 }] } }, sara.token)).clubCheckout;
    const stage = async () => ok(await call(MY_ORDER, { id: order.id }, sara.token)).myOrder;
    expect(await stage()).toMatchObject({ stage: 'PLACED', invoiceNumber: null });
    const invoice = ok(await call(`mutation($id: ID!) { issueInvoice(proformaId: $id) { id numberDisplay totals { total } } }`, { id: order.id })).issueInvoice;
    expect(await stage()).toMatchObject({ stage: 'INVOICED', invoiceNumber: invoice.numberDisplay, paymentStatus: 'UNPAID' });
    ok(await call(`mutation($id: ID!, $input: RecordPaymentInput!) { recordPayment(invoiceId: $id, input: $input) { id } }`, { id: invoice.id, input: { amount: invoice.totals.total, method: 'CARD' } }));
    expect(await stage()).toMatchObject({ stage: 'PAID', paymentStatus: 'PAID' });
    const issue = ok(await call(`mutation($id: ID!) { createWarehouseIssue(invoiceId: $id) { id } }`, { id: invoice.id })).createWarehouseIssue;
    expect(await stage()).toMatchObject({ stage: 'ISSUED', shipmentStatus: 'ISSUED' });
    ok(await call(`mutation($id: ID!) { markIssueShipped(id: $id, trackingCode: "TRK-1") { id } }`, { id: issue.id }));
    expect(await stage()).toMatchObject({ stage: 'SHIPPED', trackingCode: 'TRK-1' });
    ok(await call(`mutation($id: ID!) { markIssueDelivered(id: $id) { id } }`, { id: issue.id }));
    expect(await stage()).toMatchObject({ stage: 'DELIVERED', shipmentStatus: 'DELIVERED' });
    const stranger = await signInClubMember(app, sms, { slug: shop.slug, phone: freshPhone() });
    expect(errorCode(await call(MY_ORDER, { id: order.id }, stranger.token))).toBe('NOT_FOUND');
    expect(errorCode(await call(MY_ORDER, { id: order.id }))).toBe('FORBIDDEN');
  });

  it('50 concurrent checkouts for the last 5 units: exactly 5 orders, the rest OUT_OF_STOCK, stock at 0 and the store shows it unavailable', async () => {
    const last = await product({ sku: 'LAST-5', nameFa: 'آخرین پنج', basePrice: 300_000 }, 5);
    const buyers: ClubMemberSession[] = [];
    for (let i = 0; i < 10; i++) buyers.push(await signInClubMember(app, sms, { slug: shop.slug, phone: freshPhone() }));
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        call(CHECKOUT, { input: { slug: shop.slug, idempotencyKey: `race-${i}-000000`, lines: [{ productId: last, quantity: 1 }] } }, buyers[i % 10].token),
      ),
    );
    const codes = results.map((r) => (r.errors ? errorCode(r) : 'OK'));
    expect(codes.filter((c) => c === 'OK')).toHaveLength(5);
    expect(codes.filter((c) => c === 'OUT_OF_STOCK')).toHaveLength(45);
    const [level] = await ds.query(`SELECT on_hand, reserved, available FROM product_availability WHERE product_id = $1`, [last]);
    expect(level).toEqual({ on_hand: 5, reserved: 5, available: 0 });
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM proforma_lines WHERE product_id = $1`, [last]);
    expect(n).toBe(5);
    expect(ok(await call(PRODUCT, { slug: shop.slug, id: last }, null)).clubProduct.available).toBe(false);
    const inStock = ok(await call(PRODUCTS, { slug: shop.slug, filter: { availableOnly: true }, first: 100 }, null)).clubProducts.edges.map((e: any) => e.node.id);
    expect(inStock).not.toContain(last);
    // A cancelled order gives its unit back: the store shows the product available again at once.
    const placed = results.find((r) => !r.errors)!.data!.clubCheckout.id;
    ok(await call(`mutation($id: ID!) { cancelProforma(id: $id, reason: "مشتری منصرف شد") { status } }`, { id: placed }));
    expect(ok(await call(PRODUCT, { slug: shop.slug, id: last }, null)).clubProduct.available).toBe(true);
  });

  it('a member’s loyalty tier brings its TIER price list: shown in the store, quoted and charged at checkout', async () => {
    const list = ok(await call(`mutation($input: CreatePriceListInput!) { createPriceList(input: $input) { id } }`, {
      input: { name: 'طلایی', kind: 'TIER', target: 'GOLD', items: [{ productId: p.tulip, price: 70_000 }] },
    })).createPriceList.id;
    ok(await call(`mutation($input: SaveTierInput!) { saveTier(input: $input) { id } }`, { input: { code: 'GOLD', name: 'طلایی', threshold: 10, priceListId: list } }));
    const reza = await signInClubMember(app, sms, { slug: shop.slug, phone: freshPhone(), firstName: 'رضا' });
    const price = async () => ok(await call(PRODUCT, { slug: shop.slug, id: p.tulip }, reza.token)).clubProduct.price;
    expect(await price()).toBe(100_000);
    // A large purchase reported by the shop's plugin earns points and lifts Reza to GOLD.
    await app.app.get(TenantDb).tx(
      (em) => app.app.get(PurchasesService).earnForPurchaseIn(em, { contactId: reza.contactId, amount: 50_000_000, ref: 'test:gold-purchase' }),
      shop.workspaceId,
    );
    expect(ok(await call(`{ myTier { current { code } } }`, {}, reza.token)).myTier.current.code).toBe('GOLD');
    expect(await price()).toBe(70_000);
    const quote = ok(await call(QUOTE, { input: { slug: shop.slug, lines: [{ productId: p.tulip, quantity: 1 }] } }, reza.token)).clubQuote;
    expect(quote.lines[0].unitPrice).toBe(70_000);
    const order = ok(await call(CHECKOUT, { input: { slug: shop.slug, idempotencyKey: 'gold-tier-order-1', lines: [{ productId: p.tulip, quantity: 1 }] } }, reza.token)).clubCheckout;
    expect(order.lines[0].unitPrice).toBe(70_000);
    // Sara, not in the tier, still pays her own list's price.
    expect(ok(await call(PRODUCT, { slug: shop.slug, id: p.tulip }, sara.token)).clubProduct.price).toBe(80_000);
  });

  it('a closed club’s store answers FORBIDDEN', async () => {
    ok(await call(`mutation { updateClubSettings(input: { enabled: false }) { enabled } }`, {}, other.token));
    expect(errorCode(await call(PRODUCTS, { slug: other.slug, first: 5 }, null))).toBe('FORBIDDEN');
    expect(errorCode(await call(`query($s: String!) { clubCategories(slug: $s) { id } }`, { s: other.slug }, null))).toBe('FORBIDDEN');
  });
});
