import { DataSource } from 'typeorm';
import { ClubMemberSession, signInClubMember } from '../../../../test/utils/club-member';
import { errorCode, gql, GqlResponse, Owner, signUpOwner } from '../../../../test/utils/graphql';
import { SmsGateway, startSmsGateway } from '../../../../test/utils/sms-gateway';
import { startTestApp, TestApp } from '../../../../test/utils/test-app';

function ok<T = Record<string, any>>(res: GqlResponse<T>): T {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

const TOTALS = 'totals { subtotal discountTotal couponDiscount taxTotal total }';
const QUOTE = `query($input: ClubQuoteInput!) { clubQuote(input: $input) { canCheckout couponCode ${TOTALS} lines { productId discount tax total } problems { field message } } }`;
const CHECKOUT = `mutation($input: ClubCheckoutInput!) { clubCheckout(input: $input) { id couponCode ${TOTALS} lines { productId total } } }`;

/**
 * A points reward previewed at club checkout: clubQuote with rewardId prices the reward's voucher terms through the
 * catalog's one pricing (nothing bought), and the order that then buys the reward gets exactly that price.
 */
describe('the club store quote previews a points reward before the order buys it', () => {
  let app: TestApp;
  let sms: SmsGateway;
  let ds: DataSource;
  let shop: Owner;
  let member: ClubMemberSession;
  const p: Record<string, string> = {};
  const r: Record<string, string> = {};
  const call = (q: string, v: Record<string, unknown> = {}, token: string | null = shop.token) => gql(app, q, v, token ?? undefined);
  const quote = async (input: Record<string, unknown>, token: string | null = member.token) =>
    ok(await call(QUOTE, { input: { slug: shop.slug, ...input } }, token)).clubQuote;
  /** What a preview must leave as it was: the member's points, their ledger, coupons and club vouchers. */
  const spentState = async () =>
    (await ds.query(
      `SELECT (SELECT balance FROM loyalty_balances WHERE contact_id = $1) AS balance,
              (SELECT count(*)::int FROM loyalty_entries WHERE contact_id = $1) AS entries,
              (SELECT count(*)::int FROM coupons) AS coupons,
              (SELECT count(*)::int FROM loyalty_vouchers) AS vouchers,
              (SELECT count(*)::int FROM proformas) AS proformas`,
      [member.contactId],
    ))[0];

  async function product(input: Record<string, unknown>, warehouseId: string, stock: number): Promise<string> {
    const id = ok(await call(`mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`, { input })).createProduct.id;
    ok(await call(`mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { id } }`, { input: { warehouseId, productId: id, quantity: stock } }));
    return id;
  }
  const reward = async (input: Record<string, unknown>) => ok(await call(`mutation($input: SaveRewardInput!) { saveReward(input: $input) { id } }`, { input })).saveReward.id as string;

  beforeAll(async () => {
    sms = await startSmsGateway();
    app = await startTestApp({ env: { SMS_PROVIDER: 'kavenegar', SMS_KAVENEGAR_URL: sms.url, SMS_KAVENEGAR_API_KEY: 'k', PUBLIC_URL: 'https://crm.example.ir' } });
    ds = app.app.get(DataSource);
    shop = await signUpOwner(app, 'Reward preview shop');
    const warehouseId = ok(await call(`mutation { createWarehouse(input: { code: "MAIN", name: "انبار", isDefault: true }) { id } }`)).createWarehouse.id;
    // Odd prices and a 9% tax so the shares and the rounding are exercised.
    p.tea = await product({ sku: 'TEA', nameFa: 'چای', basePrice: 133_333, taxRateBp: 900 }, warehouseId, 50);
    p.cup = await product({ sku: 'CUP', nameFa: 'فنجان', basePrice: 77_777, taxRateBp: 900 }, warehouseId, 50);
    member = await signInClubMember(app, sms, { slug: shop.slug, phone: '09351110001', firstName: 'لیلا' });
    // The member's own price for cups, below the base price: the voucher works on the customer's prices.
    ok(await call(`mutation($input: CreatePriceListInput!) { createPriceList(input: $input) { id } }`, {
      input: { name: 'لیلا', kind: 'CONTACT', target: member.contactId, items: [{ productId: p.cup, price: 70_001 }] },
    }));
    ok(await call(`mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { balance } }`, { input: { contactId: member.contactId, delta: 250, reason: 'هدیه' } }));
    r.fixed = await reward({ kind: 'VOUCHER', name: '۵۰ هزار ریال', pointsCost: 100, voucherKind: 'FIXED', voucherValue: 50_000, minOrderTotal: 300_000 });
    r.percent = await reward({ kind: 'VOUCHER', name: 'ده درصد', pointsCost: 80, voucherKind: 'PERCENT', voucherValue: 1_000, maxDiscount: 45_000 });
    r.freeCup = await reward({ kind: 'FREE_PRODUCT', name: 'یک فنجان رایگان', pointsCost: 60, productId: p.cup });
    r.dear = await reward({ kind: 'VOUCHER', name: 'گران', pointsCost: 1_000, voucherKind: 'FIXED', voucherValue: 10_000 });
    r.archived = await reward({ kind: 'VOUCHER', name: 'قدیمی', pointsCost: 1, voucherKind: 'FIXED', voucherValue: 10_000 });
    ok(await call(`mutation($id: ID!) { archiveReward(id: $id) { id } }`, { id: r.archived }));
    r.stamps = await reward({ kind: 'STAMP_CARD', name: 'کارت مهر چای', productId: p.tea, stampsRequired: 5 });
  });
  afterAll(async () => {
    await app.close();
    await sms.close();
  });

  it('the preview shows the reward’s discount without spending anything, and the order that buys it gets exactly that price', async () => {
    const before = await spentState();
    const lines = [{ productId: p.tea, quantity: 2 }, { productId: p.cup, quantity: 3 }];
    const plain = await quote({ lines });
    const preview = await quote({ lines, rewardId: r.percent });
    expect(preview).toMatchObject({ canCheckout: true, problems: [], couponCode: null });
    // 10% of 2 × 133,333 + 3 × 70,001 = 476,669 is 47,667, capped at 45,000.
    expect(preview.totals.couponDiscount).toBe(45_000);
    expect(preview.totals.discountTotal).toBe(plain.totals.discountTotal + 45_000);
    expect(preview.totals.total).toBeLessThan(plain.totals.total);
    // Asking again, or with another reward, buys nothing.
    await quote({ lines, rewardId: r.percent });
    await quote({ lines, rewardId: r.fixed });
    expect(await spentState()).toEqual(before);

    const order = ok(await call(CHECKOUT, { input: { slug: shop.slug, idempotencyKey: 'preview-percent-1', lines, rewardId: r.percent } }, member.token)).clubCheckout;
    expect(order.totals).toEqual(preview.totals);
    expect(order.lines.map((l: any) => l.total)).toEqual(preview.lines.map((l: any) => l.total));
    expect(order.couponCode).toMatch(/^CL/);
    expect((await spentState()).balance).toBe(before.balance - 80);
  });

  it('a fixed voucher with a minimum order and a free product scoped to its line are previewed as the orders get them', async () => {
    const lines = [{ productId: p.tea, quantity: 1 }, { productId: p.cup, quantity: 3 }];
    const fixed = await quote({ lines, rewardId: r.fixed });
    expect(fixed).toMatchObject({ canCheckout: true, problems: [] });
    expect(fixed.totals.couponDiscount).toBe(50_000);
    const free = await quote({ lines, rewardId: r.freeCup });
    // One cup free, at most its base price: the whole discount sits on the cup line.
    expect(free.totals.couponDiscount).toBe(77_777);
    const plain = await quote({ lines });
    expect(free.lines[0]).toEqual(plain.lines[0]);
    expect(free.lines[1].discount).toBe(plain.lines[1].discount + 77_777);

    const fixedOrder = ok(await call(CHECKOUT, { input: { slug: shop.slug, idempotencyKey: 'preview-fixed-1', lines, rewardId: r.fixed } }, member.token)).clubCheckout;
    expect(fixedOrder.totals).toEqual(fixed.totals);
    // 250 − 80 − 100 = 70 points left cover the free cup’s 60.
    const freeOrder = ok(await call(CHECKOUT, { input: { slug: shop.slug, idempotencyKey: 'preview-free-1', lines, rewardId: r.freeCup } }, member.token)).clubCheckout;
    expect(freeOrder.totals).toEqual(free.totals);
    expect((await spentState()).balance).toBe(10);
  });

  it('what stops a reward is a problem on input.rewardId and the quote is priced without it; the checkout refuses on the same field, spending nothing', async () => {
    const lines = [{ productId: p.tea, quantity: 1 }];
    const problemsOf = async (input: Record<string, unknown>, token: string | null = member.token) => {
      const q = await quote({ lines, ...input }, token);
      expect(q.canCheckout).toBe(false);
      expect(q.totals.couponDiscount).toBe(0);
      return q.problems.map((x: any) => `${x.field}: ${x.message}`);
    };
    const before = await spentState();
    // The member now has 10 points.
    expect(await problemsOf({ rewardId: r.dear })).toEqual(['input.rewardId: needs 1000 points; the balance is 10']);
    expect(await problemsOf({ rewardId: r.archived })).toEqual(['input.rewardId: this reward is no longer offered']);
    expect(await problemsOf({ rewardId: r.stamps })).toEqual([expect.stringMatching(/^input\.rewardId: stamp cards fill with purchases/)]);
    expect(await problemsOf({ rewardId: '00000000-0000-0000-0000-000000000000' })).toEqual(['input.rewardId: is not a reward of this club']);
    expect(await problemsOf({ rewardId: r.fixed }, null)).toEqual(['input.rewardId: sign in to this club to spend points']);

    // A member who can afford it, with a cart under the reward's minimum order (and without the product it is for).
    const rich = await signInClubMember(app, sms, { slug: shop.slug, phone: '09351110002' });
    ok(await call(`mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { balance } }`, { input: { contactId: rich.contactId, delta: 500, reason: 'هدیه' } }));
    expect(await problemsOf({ rewardId: r.fixed }, rich.token)).toEqual(['input.rewardId: needs an order of at least 300000 Rial before tax (this order: 133333 Rial)']);
    expect(await problemsOf({ rewardId: r.freeCup }, rich.token)).toEqual(['input.rewardId: does not apply to any product in this order']);
    const short = await call(CHECKOUT, { input: { slug: shop.slug, idempotencyKey: 'preview-short-1', lines, rewardId: r.fixed } }, rich.token);
    expect(errorCode(short)).toBe('BAD_USER_INPUT');
    expect(short.errors![0].extensions!.fields).toEqual([{ field: 'input.rewardId', message: expect.stringContaining('needs an order of at least 300000') }]);
    const [{ balance }] = await ds.query(`SELECT balance FROM loyalty_balances WHERE contact_id = $1`, [rich.contactId]);
    expect(balance).toBe(500);
    const poor = await call(CHECKOUT, { input: { slug: shop.slug, idempotencyKey: 'preview-poor-1', lines, rewardId: r.dear } }, member.token);
    expect(errorCode(poor)).toBe('CONFLICT');
    expect(poor.errors![0].extensions).toMatchObject({ reason: 'INSUFFICIENT_POINTS', field: 'input.rewardId' });

    // A reward and a coupon together is a mistake of the caller, refused outright.
    const both = await call(QUOTE, { input: { slug: shop.slug, lines, rewardId: r.percent, couponCode: 'ANY' } }, member.token);
    expect(errorCode(both)).toBe('BAD_USER_INPUT');
    expect(both.errors![0].extensions!.fields![0].field).toBe('input.rewardId');
    expect(await spentState()).toEqual(before);
  });
});
