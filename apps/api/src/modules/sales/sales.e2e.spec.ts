import { toJalali, zonedToday } from '@peyvand/calendar';
import { toPersianDigits } from '@peyvand/text';
import { DataSource } from 'typeorm';
import { DomainEvents } from '../../core/events/domain-events';
import { errorCode, gql, GqlResponse, Owner, signUpOwner } from '../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../test/utils/test-app';
import { inWorkspace } from '../../../test/utils/workspace-scope';
import { ProformaSource } from './models/sales.enums';
import { SalesEvents } from './sales.events';
import { SalesJobs } from './sales.jobs';
import { SalesService } from './sales.service';

const PROFORMA = `id number status source couponCode expiresAt
  totals { subtotal discountTotal couponDiscount taxTotal total }
  lines { productId productName productSku quantity unitBasePrice unitPrice discount couponDiscount taxRateBp tax total }`;
const INVOICE = `id jalaliYear number numberDisplay status paymentStatus paidTotal balance issuedAtJalali completedAt totals { total }`;
const CREATE = `mutation($input: CreateProformaInput!, $key: String) { createProforma(input: $input, idempotencyKey: $key) { ${PROFORMA} } }`;
const CONFIRM = `mutation($id: ID!, $days: Int) { confirmProforma(id: $id, expiresInDays: $days) { ${PROFORMA} } }`;
const CANCEL = `mutation($id: ID!, $reason: String!) { cancelProforma(id: $id, reason: $reason) { id status cancelReason } }`;
const ISSUE = `mutation($id: ID!) { issueInvoice(proformaId: $id) { ${INVOICE} } }`;
const PAY = `mutation($id: ID!, $input: RecordPaymentInput!, $key: String) { recordPayment(invoiceId: $id, input: $input, idempotencyKey: $key) { ${INVOICE} payments { amount method reference } } }`;
const CANCEL_INVOICE = `mutation($id: ID!, $reason: String!) { cancelInvoice(id: $id, reason: $reason) { ${INVOICE} cancelReason } }`;
const WAREHOUSE_ISSUE = `id number status trackingCode lines { productId productName quantity returnedQuantity }`;
const CREATE_ISSUE = `mutation($id: ID!) { createWarehouseIssue(invoiceId: $id) { ${WAREHOUSE_ISSUE} } }`;
const SHIP = `mutation($id: ID!, $tracking: String) { markIssueShipped(id: $id, trackingCode: $tracking) { ${WAREHOUSE_ISSUE} } }`;
const DELIVER = `mutation($id: ID!) { markIssueDelivered(id: $id) { ${WAREHOUSE_ISSUE} } }`;
const RETURN = `mutation($id: ID!, $lines: [ReturnLineInput!]) { returnWarehouseIssue(id: $id, lines: $lines) { ${WAREHOUSE_ISSUE} } }`;
const AVAILABILITY = `query($ids: [ID!]!) { productAvailability(productIds: $ids) { productId onHand reserved available } }`;
const TIMELINE = `query($id: ID!) { contact(id: $id) { stage timeline(first: 50) { edges { node { kind summary data } } } tasks { kind title status assignee { id } } } }`;

const currentJalaliYear = () => toJalali(zonedToday(new Date(), 'Asia/Tehran')).year;

/** The data of a response that must have succeeded. */
function ok<T = Record<string, any>>(res: GqlResponse<T>): T {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

interface Shop {
  owner: Owner;
  ownerMemberId: string;
  warehouseId: string;
  product: (sku: string, basePrice: number, taxRateBp: number, stock: number) => Promise<string>;
  contact: (firstName: string, source?: string) => Promise<string>;
  call: (query: string, variables?: Record<string, unknown>, token?: string) => Promise<GqlResponse>;
}

describe('sales: pro-forma → invoice → payments → warehouse issue', () => {
  let app: TestApp;
  let shop: Shop;
  let ds: DataSource;

  async function openShop(name: string): Promise<Shop> {
    const owner = await signUpOwner(app, name);
    const call = (query: string, variables: Record<string, unknown> = {}, token = owner.token) => gql(app, query, variables, token);
    const staff = ok(await call(`{ staffMembers(first: 5) { edges { node { id } } } }`));
    const warehouse = ok(await call(`mutation { createWarehouse(input: { code: "MAIN", name: "انبار مرکزی" }) { id } }`)).createWarehouse;
    return {
      owner,
      ownerMemberId: staff.staffMembers.edges[0].node.id,
      warehouseId: warehouse.id,
      call,
      async product(sku, basePrice, taxRateBp, stock) {
        const p = ok(await call(`mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`, { input: { sku, nameFa: `کالای ${sku}`, basePrice, taxRateBp } })).createProduct;
        if (stock > 0) ok(await call(`mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { id } }`, { input: { warehouseId: warehouse.id, productId: p.id, quantity: stock } }));
        return p.id;
      },
      async contact(firstName, source = 'WALK_IN') {
        return ok(await call(`mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`, { input: { firstName, source, phones: [{ number: '09121234567' }] } })).createContact.id;
      },
    };
  }

  const availability = async (s: Shop, productId: string) => ok(await s.call(AVAILABILITY, { ids: [productId] })).productAvailability[0];
  const fields = (res: GqlResponse) => res.errors?.[0]?.extensions?.fields?.map((f) => f.field);
  const steps = (contact: { timeline: { edges: Array<{ node: { data: { step?: string } } }> } }) =>
    contact.timeline.edges.map((e) => e.node.data.step).filter(Boolean).reverse();

  async function confirmedProforma(s: Shop, contactId: string, lines: Array<{ productId: string; quantity: number }>, couponCode?: string) {
    const created = ok(await s.call(CREATE, { input: { contactId, lines, ...(couponCode ? { couponCode } : {}) } })).createProforma;
    return ok(await s.call(CONFIRM, { id: created.id })).confirmProforma;
  }

  beforeAll(async () => {
    app = await startTestApp();
    ds = app.app.get(DataSource);
    shop = await openShop('Sales shop');
  });
  afterAll(() => app.close());

  it('the whole flow: each step on the customer’s timeline, stock reserved then issued, the ladder moving once paid and delivered', async () => {
    const tea = await shop.product('TEA-1', 1_000_000, 1000, 10);
    const cup = await shop.product('CUP-1', 500_000, 0, 5);
    const customer = await shop.contact('مریم');

    const draft = ok(await shop.call(CREATE, { input: { contactId: customer, lines: [{ productId: tea, quantity: 2 }, { productId: cup, quantity: 1 }], notes: 'تحویل صبح' } })).createProforma;
    expect(draft).toMatchObject({ number: 1, status: 'DRAFT', source: 'STAFF', totals: { subtotal: 2_500_000, discountTotal: 0, taxTotal: 200_000, total: 2_700_000 } });
    expect(draft.lines.map((l: { productName: string; quantity: number; total: number }) => [l.productName, l.quantity, l.total])).toEqual([
      ['کالای TEA-1', 2, 2_200_000],
      ['کالای CUP-1', 1, 500_000],
    ]);
    expect(await availability(shop, tea)).toMatchObject({ onHand: 10, reserved: 0 });

    const confirmed = ok(await shop.call(CONFIRM, { id: draft.id })).confirmProforma;
    expect(confirmed.status).toBe('CONFIRMED');
    expect(new Date(confirmed.expiresAt).getTime() - Date.now()).toBeGreaterThan(2.9 * 86_400_000);
    expect(await availability(shop, tea)).toMatchObject({ onHand: 10, reserved: 2, available: 8 });

    const invoice = ok(await shop.call(ISSUE, { id: draft.id })).issueInvoice;
    const year = currentJalaliYear();
    expect(invoice).toMatchObject({ jalaliYear: year, number: 1, numberDisplay: `${year}/000001`, status: 'ISSUED', paymentStatus: 'UNPAID', paidTotal: 0, balance: 2_700_000 });
    expect(invoice.issuedAtJalali).toMatch(new RegExp(`^${year}/\\d{2}/\\d{2}$`));
    expect(ok(await shop.call(`query($id: ID!) { proforma(id: $id) { status invoice { id } } }`, { id: draft.id })).proforma).toEqual({ status: 'INVOICED', invoice: { id: invoice.id } });

    const part = ok(await shop.call(PAY, { id: invoice.id, input: { amount: 1_000_000, method: 'CASH' } })).recordPayment;
    expect(part).toMatchObject({ paymentStatus: 'PARTLY_PAID', paidTotal: 1_000_000, balance: 1_700_000 });
    const over = await shop.call(PAY, { id: invoice.id, input: { amount: 1_700_001, method: 'CARD' } });
    expect(errorCode(over)).toBe('BAD_USER_INPUT');
    expect(over.errors![0].extensions!.fields).toEqual([{ field: 'input.amount', message: 'is more than the balance of 1700000 Rial' }]);
    const zero = await shop.call(PAY, { id: invoice.id, input: { amount: 0, method: 'CARD' } });
    expect(fields(zero)).toEqual(['input.amount']);
    const paid = ok(await shop.call(PAY, { id: invoice.id, input: { amount: 1_700_000, method: 'CARD', reference: 'POS-7781' } })).recordPayment;
    expect(paid).toMatchObject({ paymentStatus: 'PAID', paidTotal: 2_700_000, balance: 0, completedAt: null });
    expect(paid.payments).toEqual([
      { amount: 1_000_000, method: 'CASH', reference: null },
      { amount: 1_700_000, method: 'CARD', reference: 'POS-7781' },
    ]);
    // Paid but not delivered: not a completed purchase yet.
    expect(ok(await shop.call(TIMELINE, { id: customer })).contact.stage).toBe('SUSPECT');

    const issue = ok(await shop.call(CREATE_ISSUE, { id: invoice.id })).createWarehouseIssue;
    expect(issue).toMatchObject({ number: 1, status: 'ISSUED' });
    expect(await availability(shop, tea)).toMatchObject({ onHand: 8, reserved: 0, available: 8 });
    expect(errorCode(await shop.call(CREATE_ISSUE, { id: invoice.id }))).toBe('CONFLICT');
    const shipped = ok(await shop.call(SHIP, { id: issue.id, tracking: 'POST-123' })).markIssueShipped;
    expect(shipped).toMatchObject({ status: 'SHIPPED', trackingCode: 'POST-123' });
    const delivered = ok(await shop.call(DELIVER, { id: issue.id })).markIssueDelivered;
    expect(delivered.status).toBe('DELIVERED');
    const again = await shop.call(DELIVER, { id: issue.id });
    expect(errorCode(again)).toBe('CONFLICT');
    expect(again.errors![0].message).toContain('DELIVERED');

    const file = ok(await shop.call(TIMELINE, { id: customer })).contact;
    expect(file.stage).toBe('FIRST_TIME_CUSTOMER');
    expect(steps(file)).toEqual([
      'proforma_created', 'proforma_confirmed', 'invoice_issued', 'payment_recorded', 'payment_recorded', 'issued', 'shipped', 'delivered', 'order_completed',
    ]);
    expect(file.timeline.edges.map((e: { node: { kind: string } }) => e.node.kind)).toContain('STAGE_CHANGE');

    // Everything the dashboard's print view needs, in one query.
    const print = ok(
      await shop.call(
        `query($id: ID!) { invoice(id: $id) {
          numberDisplay issuedAtJalali completedAt paymentStatus totals { subtotal discountTotal taxTotal total }
          seller { name displayCurrency } contact { fullName primaryPhone } owner { email }
          lines { position productName productSku unit quantity unitPrice tax total }
          payments { amount method paidAtJalali recordedBy { email } }
          warehouseIssue { number status trackingCode lines { productName quantity returnedQuantity } }
        } }`,
        { id: invoice.id },
      ),
    ).invoice;
    expect(print).toMatchObject({
      numberDisplay: `${year}/000001`, paymentStatus: 'PAID', seller: { name: 'Sales shop' }, contact: { fullName: 'مریم', primaryPhone: '+989121234567' },
      totals: { subtotal: 2_500_000, taxTotal: 200_000, total: 2_700_000 },
      warehouseIssue: { number: 1, status: 'DELIVERED', trackingCode: 'POST-123', lines: [{ productName: 'کالای TEA-1', quantity: 2, returnedQuantity: 0 }, { productName: 'کالای CUP-1', quantity: 1, returnedQuantity: 0 }] },
    });
    expect(print.completedAt).not.toBeNull();
    expect(print.lines).toHaveLength(2);
    expect(print.payments[0].recordedBy.email).toBe(shop.owner.email);

    // A delivered order cannot be cancelled; a second completed order moves the ladder on.
    expect(errorCode(await shop.call(CANCEL_INVOICE, { id: invoice.id, reason: 'x' }))).toBe('CONFLICT');
    const second = await confirmedProforma(shop, customer, [{ productId: cup, quantity: 1 }]);
    const inv2 = ok(await shop.call(ISSUE, { id: second.id })).issueInvoice;
    const issue2 = ok(await shop.call(CREATE_ISSUE, { id: inv2.id })).createWarehouseIssue;
    ok(await shop.call(DELIVER, { id: issue2.id }));
    expect(ok(await shop.call(TIMELINE, { id: customer })).contact.stage).toBe('FIRST_TIME_CUSTOMER');
    ok(await shop.call(PAY, { id: inv2.id, input: { amount: inv2.totals.total, method: 'TRANSFER' } }));
    expect(ok(await shop.call(TIMELINE, { id: customer })).contact.stage).toBe('REPEAT_CUSTOMER');
  });

  it('invoice numbers have no gaps and no duplicates under 20 concurrent issuers, nor after a transaction that fails midway', async () => {
    const s = await openShop('Numbering shop');
    const item = await s.product('NUM-1', 100_000, 0, 100);
    const customer = await s.contact('شمارنده');
    const proformas = [];
    for (let i = 0; i < 21; i++) proformas.push(await confirmedProforma(s, customer, [{ productId: item, quantity: 1 }]));
    const results = await Promise.all(proformas.slice(0, 20).map((p) => s.call(ISSUE, { id: p.id })));
    const numbers = results.map((r) => ok(r).issueInvoice.number).sort((a: number, b: number) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));

    // A failure after the number was taken (here: a subscriber of the event throws) rolls the number back with it.
    let failNext = true;
    app.app.get(DomainEvents).subscribeInTransaction(SalesEvents.InvoiceIssued, async () => {
      if (failNext) {
        failNext = false;
        throw new Error('simulated failure after numbering');
      }
    });
    const last = proformas[20];
    const failed = await s.call(ISSUE, { id: last.id });
    expect(errorCode(failed)).toBe('INTERNAL_SERVER_ERROR');
    expect(ok(await s.call(`query($id: ID!) { proforma(id: $id) { status invoice { id } } }`, { id: last.id })).proforma).toEqual({ status: 'CONFIRMED', invoice: null });
    expect(ok(await s.call(ISSUE, { id: last.id })).issueInvoice.number).toBe(21);
    const [{ n, max }] = await ds.query(`SELECT count(*)::int AS n, max(number) AS max FROM invoices WHERE workspace_id = $1`, [s.owner.workspaceId]);
    expect({ n, max }).toEqual({ n: 21, max: 21 });

    // A cancelled invoice keeps its number: the next one is 22.
    const cancelled = ok(await s.call(CANCEL_INVOICE, { id: ok(results[0]).issueInvoice.id, reason: 'مشتری منصرف شد' })).cancelInvoice;
    expect(cancelled).toMatchObject({ status: 'CANCELLED', number: ok(results[0]).issueInvoice.number, balance: 0 });
    const next = await confirmedProforma(s, customer, [{ productId: item, quantity: 1 }]);
    expect(ok(await s.call(ISSUE, { id: next.id })).issueInvoice.number).toBe(22);
  });

  it('impossible transitions and bad input are refused with clear errors, and nothing is written', async () => {
    const item = await shop.product('IMP-1', 200_000, 0, 10);
    const customer = await shop.contact('ناممکن');
    const count = async () => (await ds.query(`SELECT count(*)::int AS n FROM proformas WHERE workspace_id = $1`, [shop.owner.workspaceId]))[0].n;
    const before = await count();
    for (const quantity of [0, -1]) {
      const bad = await shop.call(CREATE, { input: { contactId: customer, lines: [{ productId: item, quantity }] } });
      expect(errorCode(bad)).toBe('BAD_USER_INPUT');
      expect(fields(bad)).toEqual(['input.lines.0.quantity']);
    }
    expect(fields(await shop.call(CREATE, { input: { contactId: customer, lines: [] } }))).toEqual(['input.lines']);
    expect(fields(await shop.call(CREATE, { input: { contactId: customer, lines: [{ productId: item, quantity: 1 }, { productId: item, quantity: 2 }] } }))).toEqual(['input.lines.1.productId']);
    expect(fields(await shop.call(CREATE, { input: { contactId: '00000000-0000-0000-0000-000000000000', lines: [{ productId: item, quantity: 1 }] } }))).toEqual(['input.contactId']);
    expect(fields(await shop.call(CREATE, { input: { contactId: customer, lines: [{ productId: '00000000-0000-0000-0000-000000000000', quantity: 1 }] } }))).toEqual(['input.lines.0.productId']);
    expect(fields(await shop.call(CREATE, { input: { contactId: customer, lines: [{ productId: item, quantity: 1 }], couponCode: 'NOPE-CODE' } }))).toEqual(['input.couponCode']);
    expect(await count()).toBe(before);

    const draft = ok(await shop.call(CREATE, { input: { contactId: customer, lines: [{ productId: item, quantity: 1 }] } })).createProforma;
    const fromDraft = await shop.call(ISSUE, { id: draft.id });
    expect(errorCode(fromDraft)).toBe('CONFLICT');
    expect(fromDraft.errors![0].message).toBe(`Pro-forma #${draft.number} is DRAFT and cannot be invoiced`);
    const updated = ok(await shop.call(`mutation($id: ID!, $input: UpdateProformaInput!) { updateProforma(id: $id, input: $input) { ${PROFORMA} } }`, { id: draft.id, input: { lines: [{ productId: item, quantity: 3 }] } })).updateProforma;
    expect(updated.totals.total).toBe(600_000);
    ok(await shop.call(CONFIRM, { id: draft.id }));
    const twice = await shop.call(CONFIRM, { id: draft.id });
    expect(errorCode(twice)).toBe('CONFLICT');
    expect(twice.errors![0].message).toContain('is CONFIRMED');
    expect(errorCode(await shop.call(`mutation($id: ID!) { updateProforma(id: $id, input: { notes: "x" }) { id } }`, { id: draft.id }))).toBe('CONFLICT');
    expect((await availability(shop, item)).reserved).toBe(3);

    ok(await shop.call(CANCEL, { id: draft.id, reason: 'اشتباه ثبت شد' }));
    const fromCancelled = await shop.call(ISSUE, { id: draft.id });
    expect(errorCode(fromCancelled)).toBe('CONFLICT');
    expect(fromCancelled.errors![0].message).toContain('is CANCELLED');
    expect(errorCode(await shop.call(CANCEL, { id: draft.id, reason: 'again' }))).toBe('CONFLICT');
    expect(fields(await shop.call(CANCEL, { id: draft.id, reason: '' }))).toEqual(['reason']);

    const invoiced = await confirmedProforma(shop, customer, [{ productId: item, quantity: 1 }]);
    const invoice = ok(await shop.call(ISSUE, { id: invoiced.id })).issueInvoice;
    const twiceInvoiced = await shop.call(ISSUE, { id: invoiced.id });
    expect(twiceInvoiced.errors![0].message).toContain('is INVOICED');
    expect(errorCode(await shop.call(CANCEL, { id: invoiced.id, reason: 'x' }))).toBe('CONFLICT');
    const issue = ok(await shop.call(CREATE_ISSUE, { id: invoice.id })).createWarehouseIssue;
    ok(await shop.call(SHIP, { id: issue.id }));
    expect(errorCode(await shop.call(SHIP, { id: issue.id }))).toBe('CONFLICT');
    const cancelShipped = await shop.call(CANCEL_INVOICE, { id: invoice.id, reason: 'x' });
    expect(errorCode(cancelShipped)).toBe('CONFLICT');
    expect(cancelShipped.errors![0].message).toContain('SHIPPED');
    expect(errorCode(await shop.call(ISSUE, { id: '00000000-0000-0000-0000-000000000000' }))).toBe('NOT_FOUND');
  });

  it('confirming without enough stock is OUT_OF_STOCK with nothing reserved, redeemed or changed', async () => {
    const plenty = await shop.product('OOS-A', 100_000, 0, 50);
    const scarce = await shop.product('OOS-B', 100_000, 0, 1);
    ok(await shop.call(`mutation { createCoupon(input: { code: "OOS10", kind: PERCENT, value: 1000, maxUses: 5 }) { id } }`));
    const customer = await shop.contact('کمبود');
    const draft = ok(await shop.call(CREATE, { input: { contactId: customer, lines: [{ productId: plenty, quantity: 5 }, { productId: scarce, quantity: 2 }], couponCode: 'OOS10' } })).createProforma;
    expect(draft.totals.couponDiscount).toBe(70_000);
    const res = await shop.call(CONFIRM, { id: draft.id });
    expect(errorCode(res)).toBe('OUT_OF_STOCK');
    expect(await availability(shop, plenty)).toMatchObject({ onHand: 50, reserved: 0 });
    expect(await availability(shop, scarce)).toMatchObject({ onHand: 1, reserved: 0 });
    expect(ok(await shop.call(`query($id: ID!) { proforma(id: $id) { status confirmedAt } }`, { id: draft.id })).proforma).toEqual({ status: 'DRAFT', confirmedAt: null });
    expect((await ds.query(`SELECT count(*)::int AS n FROM stock_movements WHERE reference = $1`, [`proforma:${draft.id}`]))[0].n).toBe(0);
    expect((await ds.query(`SELECT uses FROM coupons WHERE workspace_id = $1 AND code = 'OOS10'`, [shop.owner.workspaceId]))[0].uses).toBe(0);
    expect(steps(ok(await shop.call(TIMELINE, { id: customer })).contact)).toEqual(['proforma_created']);
  });

  it('createProforma with confirm: true confirms in the same transaction; OUT_OF_STOCK writes no pro-forma, reservation, redemption or timeline entry', async () => {
    const plenty = await shop.product('ONE-A', 100_000, 0, 50);
    const scarce = await shop.product('ONE-B', 100_000, 0, 1);
    ok(await shop.call(`mutation { createCoupon(input: { code: "ONE10", kind: PERCENT, value: 1000, maxUses: 5 }) { id } }`));
    const customer = await shop.contact('یک‌مرحله');
    const uses = async () => (await ds.query(`SELECT uses FROM coupons WHERE workspace_id = $1 AND code = 'ONE10'`, [shop.owner.workspaceId]))[0].uses;
    const count = async () => (await ds.query(`SELECT count(*)::int AS n FROM proformas WHERE contact_id = $1`, [customer]))[0].n;

    const refused = await shop.call(CREATE, { input: { contactId: customer, lines: [{ productId: plenty, quantity: 5 }, { productId: scarce, quantity: 2 }], couponCode: 'ONE10', confirm: true } });
    expect(errorCode(refused)).toBe('OUT_OF_STOCK');
    expect(await count()).toBe(0);
    expect(await availability(shop, plenty)).toMatchObject({ onHand: 50, reserved: 0 });
    expect(await uses()).toBe(0);
    expect(steps(ok(await shop.call(TIMELINE, { id: customer })).contact)).toEqual([]);

    const placed = ok(await shop.call(CREATE, { input: { contactId: customer, lines: [{ productId: plenty, quantity: 5 }], couponCode: 'ONE10', confirm: true, expiresInDays: 2 } })).createProforma;
    expect(placed).toMatchObject({ status: 'CONFIRMED', couponCode: 'ONE10', totals: { couponDiscount: 50_000 } });
    expect(new Date(placed.expiresAt).getTime() - Date.now()).toBeGreaterThan(2 * 86_400_000 - 60_000);
    expect(new Date(placed.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(2 * 86_400_000);
    expect(await availability(shop, plenty)).toMatchObject({ onHand: 50, reserved: 5, available: 45 });
    expect(await uses()).toBe(1);
    // One item for the one step: placed (created and confirmed).
    expect(steps(ok(await shop.call(TIMELINE, { id: customer })).contact)).toEqual(['proforma_placed']);
    // The same document as the two-step flow: it is invoiced and cancelled the same way.
    expect(ok(await shop.call(ISSUE, { id: placed.id })).issueInvoice).toMatchObject({ status: 'ISSUED', paymentStatus: 'UNPAID', totals: { total: placed.totals.total } });
  });

  it('cancelling a confirmed pro-forma releases its stock and its coupon (a single-use code becomes usable again)', async () => {
    const item = await shop.product('CAN-1', 1_000_000, 0, 4);
    ok(await shop.call(`mutation { createCoupon(input: { code: "ONCE50", kind: FIXED, value: 50000, maxUses: 1 }) { id } }`));
    const customer = await shop.contact('انصراف');
    const uses = async () => (await ds.query(`SELECT uses FROM coupons WHERE workspace_id = $1 AND code = 'ONCE50'`, [shop.owner.workspaceId]))[0].uses;
    const first = await confirmedProforma(shop, customer, [{ productId: item, quantity: 3 }], 'ONCE50');
    expect(first.totals).toMatchObject({ couponDiscount: 50_000, total: 2_950_000 });
    expect(await uses()).toBe(1);
    expect((await availability(shop, item)).reserved).toBe(3);
    const usedUp = await shop.call(CREATE, { input: { contactId: customer, lines: [{ productId: item, quantity: 1 }], couponCode: 'ONCE50' } });
    expect(usedUp.errors![0].extensions!.fields).toEqual([{ field: 'input.couponCode', message: 'has been used up' }]);

    expect(ok(await shop.call(CANCEL, { id: first.id, reason: 'مشتری انصراف داد' })).cancelProforma).toMatchObject({ status: 'CANCELLED', cancelReason: 'مشتری انصراف داد' });
    expect(await availability(shop, item)).toMatchObject({ onHand: 4, reserved: 0, available: 4 });
    expect(await uses()).toBe(0);
    const again = await confirmedProforma(shop, customer, [{ productId: item, quantity: 4 }], 'ONCE50');
    expect(again.status).toBe('CONFIRMED');
    expect(await uses()).toBe(1);
    expect(steps(ok(await shop.call(TIMELINE, { id: customer })).contact)).toContain('proforma_cancelled');
  });

  it('the expiry job expires confirmed pro-formas past expires_at and releases their stock', async () => {
    const item = await shop.product('EXP-1', 100_000, 0, 5);
    const customer = await shop.contact('منقضی');
    const due = await confirmedProforma(shop, customer, [{ productId: item, quantity: 2 }]);
    const notDue = ok(await shop.call(CONFIRM, { id: ok(await shop.call(CREATE, { input: { contactId: customer, lines: [{ productId: item, quantity: 1 }] } })).createProforma.id, days: 7 })).confirmProforma;
    expect(new Date(notDue.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    expect((await availability(shop, item)).reserved).toBe(3);
    await ds.query(`UPDATE proformas SET expires_at = now() - interval '1 minute' WHERE id = $1`, [due.id]);

    expect(errorCode(await shop.call(ISSUE, { id: due.id }))).toBe('CONFLICT');
    const jobs = app.app.get(SalesJobs);
    expect(await jobs.expireProformas()).toBe(1);
    expect(await jobs.expireProformas()).toBe(0);
    expect(ok(await shop.call(`query($id: ID!) { proforma(id: $id) { status expiredAt } }`, { id: due.id })).proforma.status).toBe('EXPIRED');
    expect(ok(await shop.call(`query($id: ID!) { proforma(id: $id) { status } }`, { id: notDue.id })).proforma.status).toBe('CONFIRMED');
    expect(await availability(shop, item)).toMatchObject({ onHand: 5, reserved: 1 });
    expect(errorCode(await shop.call(ISSUE, { id: due.id }))).toBe('CONFLICT');
    expect(steps(ok(await shop.call(TIMELINE, { id: customer })).contact)).toContain('proforma_expired');
  });

  it('returns restore stock through the ledger, in parts, and never more than was issued', async () => {
    const item = await shop.product('RET-1', 300_000, 0, 6);
    const customer = await shop.contact('مرجوعی');
    const p = await confirmedProforma(shop, customer, [{ productId: item, quantity: 4 }]);
    const invoice = ok(await shop.call(ISSUE, { id: p.id })).issueInvoice;
    const issue = ok(await shop.call(CREATE_ISSUE, { id: invoice.id })).createWarehouseIssue;
    ok(await shop.call(DELIVER, { id: issue.id }));
    expect(await availability(shop, item)).toMatchObject({ onHand: 2, reserved: 0 });

    const part = ok(await shop.call(RETURN, { id: issue.id, lines: [{ productId: item, quantity: 1 }] })).returnWarehouseIssue;
    expect(part).toMatchObject({ status: 'DELIVERED', lines: [{ quantity: 4, returnedQuantity: 1 }] });
    expect(await availability(shop, item)).toMatchObject({ onHand: 3 });
    const tooMany = await shop.call(RETURN, { id: issue.id, lines: [{ productId: item, quantity: 4 }] });
    expect(fields(tooMany)).toEqual(['lines.0.quantity']);
    const rest = ok(await shop.call(RETURN, { id: issue.id })).returnWarehouseIssue;
    expect(rest).toMatchObject({ status: 'RETURNED', lines: [{ quantity: 4, returnedQuantity: 4 }] });
    expect(await availability(shop, item)).toMatchObject({ onHand: 6, reserved: 0 });
    expect(errorCode(await shop.call(RETURN, { id: issue.id }))).toBe('CONFLICT');
    const returns = await ds.query(`SELECT kind, quantity FROM stock_movements WHERE reference = $1 AND kind = 'RETURN' ORDER BY created_at`, [`proforma:${p.id}`]);
    expect(returns.map((r: { quantity: number }) => r.quantity)).toEqual([1, 3]);
    expect(steps(ok(await shop.call(TIMELINE, { id: customer })).contact).filter((s) => s === 'returned')).toHaveLength(2);

    // Cancelling an invoice whose goods were issued but not shipped puts them back too.
    const q = await confirmedProforma(shop, customer, [{ productId: item, quantity: 2 }]);
    const inv = ok(await shop.call(ISSUE, { id: q.id })).issueInvoice;
    ok(await shop.call(CREATE_ISSUE, { id: inv.id }));
    expect(await availability(shop, item)).toMatchObject({ onHand: 4 });
    ok(await shop.call(CANCEL_INVOICE, { id: inv.id, reason: 'انبار اشتباه ارسال کرد' }));
    expect(await availability(shop, item)).toMatchObject({ onHand: 6, reserved: 0 });
    const cancelledIssue = ok(await shop.call(`query($id: ID!) { invoice(id: $id) { status warehouseIssue { status } } }`, { id: inv.id })).invoice;
    expect(cancelledIssue).toEqual({ status: 'CANCELLED', warehouseIssue: { status: 'CANCELLED' } });
  });

  it('automatic tasks: a club pro-forma → follow-up for the rep; the first order of a web customer → a verification call', async () => {
    const item = await shop.product('TSK-1', 100_000, 0, 20);
    const webCustomer = await shop.contact('مشتری وب', 'WEB_FORM');
    const key = ok(await shop.call(`mutation { createApiKey(input: { name: "storefront", scopes: ["orders:write", "orders:read"] }) { secret } }`)).createApiKey.secret;
    const viaApi = ok(await shop.call(CREATE, { input: { contactId: webCustomer, lines: [{ productId: item, quantity: 1 }] } }, key)).createProforma;
    expect(viaApi.source).toBe('API');
    ok(await shop.call(CREATE, { input: { contactId: webCustomer, lines: [{ productId: item, quantity: 2 }] } }, key));
    let tasks = ok(await shop.call(TIMELINE, { id: webCustomer })).contact.tasks;
    expect(tasks.map((t: { kind: string }) => t.kind)).toEqual(['CALL']);
    expect(tasks[0].title).toBe(`تماس تأیید اولین سفارش (پیش‌فاکتور شماره ${toPersianDigits(String(viaApi.number))})`);

    const clubMember = await shop.contact('عضو باشگاه', 'CLUB');
    ok(await shop.call(`mutation($id: ID!, $owner: ID!) { updateContact(id: $id, input: { ownerId: $owner }) { id } }`, { id: clubMember, owner: shop.ownerMemberId }));
    const sales = app.app.get(SalesService);
    await inWorkspace(app, shop.owner.workspaceId, () => sales.createProforma({ contactId: clubMember, lines: [{ productId: item, quantity: 1 }] }, null, { source: ProformaSource.CLUB }));
    tasks = ok(await shop.call(TIMELINE, { id: clubMember })).contact.tasks;
    expect(tasks.map((t: { kind: string }) => t.kind).sort()).toEqual(['CALL', 'TODO']);
    expect(tasks.every((t: { assignee: { id: string } | null }) => t.assignee?.id === shop.ownerMemberId)).toBe(true);

    // Staff orders for a walk-in customer create no tasks.
    const walkIn = await shop.contact('حضوری');
    ok(await shop.call(CREATE, { input: { contactId: walkIn, lines: [{ productId: item, quantity: 1 }] } }));
    expect(ok(await shop.call(TIMELINE, { id: walkIn })).contact.tasks).toEqual([]);
  });

  it('idempotent creates and payments: a replay returns the first result', async () => {
    const item = await shop.product('IDM-1', 100_000, 0, 5);
    const customer = await shop.contact('تکرار');
    const input = { contactId: customer, lines: [{ productId: item, quantity: 1 }] };
    const a = ok(await shop.call(CREATE, { input, key: 'order-1' })).createProforma;
    const b = ok(await shop.call(CREATE, { input, key: 'order-1' })).createProforma;
    expect(b.id).toBe(a.id);
    expect(errorCode(await shop.call(CREATE, { input: { ...input, lines: [{ productId: item, quantity: 2 }] }, key: 'order-1' }))).toBe('CONFLICT');
    ok(await shop.call(CONFIRM, { id: a.id }));
    const invoice = ok(await shop.call(ISSUE, { id: a.id })).issueInvoice;
    ok(await shop.call(PAY, { id: invoice.id, input: { amount: 40_000, method: 'ONLINE' }, key: 'pay-1' }));
    const replay = ok(await shop.call(PAY, { id: invoice.id, input: { amount: 40_000, method: 'ONLINE' }, key: 'pay-1' })).recordPayment;
    expect(replay).toMatchObject({ paidTotal: 40_000, paymentStatus: 'PARTLY_PAID' });
    expect(replay.payments).toHaveLength(1);
  });

  it('isolation: another workspace sees and touches none of it', async () => {
    const item = await shop.product('ISO-1', 100_000, 0, 5);
    const customer = await shop.contact('جدا');
    const p = await confirmedProforma(shop, customer, [{ productId: item, quantity: 1 }]);
    const invoice = ok(await shop.call(ISSUE, { id: p.id })).issueInvoice;
    const other = await openShop('Other shop');
    const otherCustomer = await other.contact('دیگری');
    expect(errorCode(await other.call(`query($id: ID!) { proforma(id: $id) { id } }`, { id: p.id }))).toBe('NOT_FOUND');
    expect(errorCode(await other.call(`query($id: ID!) { invoice(id: $id) { id } }`, { id: invoice.id }))).toBe('NOT_FOUND');
    expect(errorCode(await other.call(CANCEL, { id: p.id, reason: 'x' }))).toBe('NOT_FOUND');
    expect(errorCode(await other.call(PAY, { id: invoice.id, input: { amount: 1, method: 'CASH' } }))).toBe('NOT_FOUND');
    expect(errorCode(await other.call(CREATE_ISSUE, { id: invoice.id }))).toBe('NOT_FOUND');
    expect(ok(await other.call(`{ proformas { totalCount } invoices { totalCount } warehouseIssues { totalCount } }`))).toEqual({
      proformas: { totalCount: 0 }, invoices: { totalCount: 0 }, warehouseIssues: { totalCount: 0 },
    });
    expect(fields(await other.call(CREATE, { input: { contactId: otherCustomer, lines: [{ productId: item, quantity: 1 }] } }))).toEqual(['input.lines.0.productId']);
    expect(fields(await other.call(CREATE, { input: { contactId: customer, lines: [{ productId: await other.product('ISO-2', 1, 0, 0), quantity: 1 }] } }))).toEqual(['input.contactId']);
  });

  it('lists filter by status and contact; permissions: reads orders:read, writes orders:write, warehouse steps inventory:write', async () => {
    const item = await shop.product('PRM-1', 100_000, 0, 5);
    const customer = await shop.contact('فهرست');
    const draft = ok(await shop.call(CREATE, { input: { contactId: customer, lines: [{ productId: item, quantity: 1 }] } })).createProforma;
    const confirmed = await confirmedProforma(shop, customer, [{ productId: item, quantity: 1 }]);
    const list = async (filter: Record<string, unknown>) =>
      ok(await shop.call(`query($f: ProformaFilter) { proformas(filter: $f, first: 10) { totalCount edges { node { id } } } }`, { f: filter })).proformas;
    expect((await list({ contactId: customer })).edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([confirmed.id, draft.id]);
    expect((await list({ contactId: customer, status: 'DRAFT' })).edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([draft.id]);
    const invoice = ok(await shop.call(ISSUE, { id: confirmed.id })).issueInvoice;
    const byContact = ok(await shop.call(`query($c: ID!) { invoices(filter: { contactId: $c, paymentStatus: UNPAID }) { edges { node { id } } } }`, { c: customer })).invoices;
    expect(byContact.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([invoice.id]);

    const reader = ok(await shop.call(`mutation { createApiKey(input: { name: "reader", scopes: ["orders:read"] }) { secret } }`)).createApiKey.secret;
    const seller = ok(await shop.call(`mutation { createApiKey(input: { name: "seller", scopes: ["orders:read", "orders:write"] }) { secret } }`)).createApiKey.secret;
    expect(ok(await shop.call(`{ proformas { totalCount } }`, {}, reader)).proformas.totalCount).toBeGreaterThan(0);
    expect(errorCode(await shop.call(CREATE, { input: { contactId: customer, lines: [{ productId: item, quantity: 1 }] } }, reader))).toBe('FORBIDDEN');
    expect(errorCode(await shop.call(PAY, { id: invoice.id, input: { amount: 1, method: 'CASH' } }, reader))).toBe('FORBIDDEN');
    expect(errorCode(await shop.call(CREATE_ISSUE, { id: invoice.id }, seller))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, `{ proformas { totalCount } }`))).toBe('UNAUTHENTICATED');
  });
});
