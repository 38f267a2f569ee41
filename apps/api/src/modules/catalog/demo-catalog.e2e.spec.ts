import { gql } from '../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../test/utils/test-app';
import { DEMO } from '../../seed/demo-seed';
import { DEMO_PRODUCTS, YALDA_1404 } from '../../seed/demo-catalog';

describe('the demo catalog, stock, pipeline and club sign-in', () => {
  let app: TestApp;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp({ seedDemo: true });
    token = (await gql(app, `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }`, { e: DEMO.email, p: DEMO.password })).data!.login.accessToken;
  });
  afterAll(() => app.close());

  it('has 20 products under the category tree, a Yalda list, a VIP list and two coupons, and prices them', async () => {
    const res = await gql(app, `{ products(first: 100) { totalCount edges { node { id sku } } } productCategories { nameFa depth } priceLists { edges { node { name kind } } } coupons(first: 100) { edges { node { code contactId } } } }`, {}, token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.products.totalCount).toBe(DEMO_PRODUCTS.length);
    expect(res.data!.productCategories.filter((c: { depth: number }) => c.depth === 0)).toHaveLength(4);
    expect(res.data!.priceLists.edges.map((e: { node: { kind: string } }) => e.node.kind).sort()).toEqual(['ALL', 'TIER']);
    // The shop-wide coupons; the club's demo members also hold personal vouchers (contactId set).
    const shopWide = res.data!.coupons.edges.filter((e: { node: { contactId: string | null } }) => e.node.contactId === null);
    expect(shopWide.map((e: { node: { code: string } }) => e.node.code).sort()).toEqual(['WELCOME10', 'YALDA1404']);

    const id = (sku: string) => res.data!.products.edges.find((e: { node: { sku: string } }) => e.node.sku === sku).node.id;
    const yaldaNight = new Date(YALDA_1404.from.getTime() + 5 * 86_400_000).toISOString();
    const quote = await gql(
      app,
      `query($input: QuoteInput!) { quote(input: $input) { lines { unitPrice tax } couponDiscount total } }`,
      { input: { tier: 'VIP', at: yaldaNight, couponCode: 'yalda1404', lines: [{ productId: id('GF-YALDA-BOX'), quantity: 2 }, { productId: id('BQ-ROSE-RED'), quantity: 1 }] } },
      token,
    );
    expect(quote.errors).toBeUndefined();
    // Yalda box at its Yalda price; the rose bouquet: Yalda 24,900,000 beats VIP 10% (25,650,000); the coupon covers the gift box only.
    expect(quote.data!.quote.lines.map((l: { unitPrice: number }) => l.unitPrice)).toEqual([9_900_000, 24_900_000]);
    expect(quote.data!.quote.couponDiscount).toBe(2_000_000);
    // gift box: 19,800,000 − 2,000,000 = 17,800,000 + 10% VAT; flowers are VAT-free
    expect(quote.data!.quote.total).toBe(17_800_000 + 1_780_000 + 24_900_000);
  });

  it('has open deals on the pipeline board, owned by the owner and the sales rep', async () => {
    const res = await gql(app, `{ opportunityBoard { columns { stage { kind } count amount } } }`, {}, token);
    expect(res.errors).toBeUndefined();
    const open = res.data!.opportunityBoard.columns.filter((c: { stage: { kind: string } }) => c.stage.kind === 'OPEN');
    expect(open.reduce((n: number, c: { count: number }) => n + c.count, 0)).toBe(6);
    expect(open.filter((c: { count: number }) => c.count > 0).length).toBeGreaterThanOrEqual(3);
  });

  it('without an SMS provider the club code waits in the outbox, readable by staff, and signs the demo member in (as the README says)', async () => {
    const requested = await gql(app, `mutation { requestClubCode(input: { slug: "demo", phone: "09191234567", purpose: LOGIN }) { phone } }`);
    expect(requested.errors).toBeUndefined();
    const outbox = await gql(app, `{ messages(first: 20, filter: { channel: SMS }) { edges { node { recipient status bodyText } } } }`, {}, token);
    expect(outbox.errors).toBeUndefined();
    const sms = outbox.data!.messages.edges.map((e: { node: { recipient: string; status: string; bodyText: string } }) => e.node)
      .find((m: { recipient: string; bodyText: string }) => m.recipient === requested.data!.requestClubCode.phone && /\d{6}/.test(m.bodyText));
    expect(['QUEUED', 'SENDING', 'NOT_SENT']).toContain(sms.status);
    const code = /(\d{6})/.exec(sms.bodyText)![1];
    const verified = await gql(app, `mutation($code: String!) { verifyClubCode(input: { slug: "demo", phone: "09191234567", code: $code }) { joined member { status } } }`, { code });
    expect(verified.errors).toBeUndefined();
    expect(verified.data!.verifyClubCode).toEqual({ joined: false, member: { status: 'ACTIVE' } });
  });
});
