import { DataSource } from 'typeorm';
import { errorCode, gql, GqlResponse, Owner, signUpOwner } from '../../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../../test/utils/test-app';

const LOYALTY = `query($id: ID!) { contactLoyalty(contactId: $id) {
  balance stampCards { reward { id } stamps completed } vouchers { origin productIds }
  entries(first: 100) { edges { node { kind source delta } } } } }`;
const SAVE_REWARD = `mutation($input: SaveRewardInput!) { saveReward(input: $input) { id } }`;
const RETURN = `mutation($id: ID!, $lines: [ReturnLineInput!]) { returnWarehouseIssue(id: $id, lines: $lines) { id status } }`;

function ok<T = Record<string, any>>(res: GqlResponse<T>): T {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

/**
 * Returns and cancellations of a purchase the club counted, over GraphQL through the sales module: the stamps of the
 * returned lines come off the stamp cards (each card as much as that purchase put on it, the other purchases' stamps
 * stay), the points go back in proportion to what was returned, and a cancellation takes what is left — once.
 */
describe('loyalty: returns and cancellations take back stamps and points', () => {
  let app: TestApp;
  let owner: Owner;
  let ds: DataSource;
  const call = (query: string, variables: Record<string, unknown> = {}) => gql(app, query, variables, owner.token);
  let product: { burger: string; fries: string; water: string };
  let card: { burger: string; fastFood: string };
  let warehouse: string;

  const loyalty = async (id: string) => ok(await call(LOYALTY, { id })).contactLoyalty;
  const stamps = async (id: string) => {
    const cards: Array<{ reward: { id: string }; stamps: number; completed: number }> = (await loyalty(id)).stampCards;
    const of = (rewardId: string) => cards.find((c) => c.reward.id === rewardId)!;
    return { burger: of(card.burger).stamps, fastFood: of(card.fastFood).stamps, burgerCompleted: of(card.burger).completed };
  };
  const contact = async (firstName: string, phone: string) =>
    ok(await call(`mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`, { input: { firstName, source: 'WALK_IN', phones: [{ number: phone }] } })).createContact.id as string;
  /** A pro-forma confirmed, invoiced and paid in full: the club counts the purchase. */
  const paidInvoice = async (contactId: string, lines: Array<{ productId: string; quantity: number }>) => {
    const p = ok(await call(`mutation($input: CreateProformaInput!) { createProforma(input: $input) { id } }`, { input: { contactId, lines } })).createProforma;
    ok(await call(`mutation($id: ID!) { confirmProforma(id: $id) { id } }`, { id: p.id }));
    const invoice = ok(await call(`mutation($id: ID!) { issueInvoice(proformaId: $id) { id totals { total } } }`, { id: p.id })).issueInvoice;
    const paid = ok(await call(`mutation($id: ID!, $input: RecordPaymentInput!) { recordPayment(invoiceId: $id, input: $input) { paymentStatus } }`, {
      id: invoice.id, input: { amount: invoice.totals.total, method: 'CASH' },
    })).recordPayment;
    expect(paid.paymentStatus).toBe('PAID');
    return { id: invoice.id as string, total: invoice.totals.total as number };
  };
  const issueOf = async (invoiceId: string) => ok(await call(`mutation($id: ID!) { createWarehouseIssue(invoiceId: $id) { id } }`, { id: invoiceId })).createWarehouseIssue.id as string;

  beforeAll(async () => {
    app = await startTestApp();
    ds = app.app.get(DataSource);
    owner = await signUpOwner(app, 'Burger shop');
    const fastFood = ok(await call(`mutation { createProductCategory(input: { nameFa: "فست‌فود", nameEn: "Fast food" }) { id } }`)).createProductCategory.id;
    const create = async (sku: string, nameFa: string, basePrice: number, categoryId: string | null) =>
      ok(await call(`mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`, { input: { sku, nameFa, basePrice, taxRateBp: 1000, categoryId } })).createProduct.id as string;
    product = { burger: await create('BURGER', 'برگر', 1_000_000, fastFood), fries: await create('FRIES', 'سیب‌زمینی', 500_000, fastFood), water: await create('WATER', 'آب', 100_000, null) };
    card = {
      burger: ok(await call(SAVE_REWARD, { input: { kind: 'STAMP_CARD', name: '۵ برگر بخر، یکی رایگان', stampsRequired: 5, productId: product.burger } })).saveReward.id,
      fastFood: ok(await call(SAVE_REWARD, { input: { kind: 'STAMP_CARD', name: 'کارت فست‌فود', stampsRequired: 20, categoryId: fastFood, maxDiscount: 1_000_000 } })).saveReward.id,
    };
    warehouse = ok(await call(`mutation { createWarehouse(input: { code: "MAIN", name: "انبار" }) { id } }`)).createWarehouse.id;
    for (const id of Object.values(product)) {
      ok(await call(`mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { id } }`, { input: { warehouseId: warehouse, productId: id, quantity: 100 } }));
    }
  });
  afterAll(() => app.close());

  it('a partial return takes the stamps of the returned lines off each card and the points share; the rest back takes the rest; other purchases keep theirs', async () => {
    const c = await contact('سارا', '09121110001');
    await paidInvoice(c, [{ productId: product.burger, quantity: 1 }]);
    expect(await stamps(c)).toEqual({ burger: 1, fastFood: 1, burgerCompleted: 0 });
    expect((await loyalty(c)).balance).toBe(11); // 1,100,000 Rial with tax

    // 3 burgers (3,300,000), 2 fries (1,100,000) and a water (110,000) = 4,510,000 Rial → 45 points.
    const invoice = await paidInvoice(c, [{ productId: product.burger, quantity: 3 }, { productId: product.fries, quantity: 2 }, { productId: product.water, quantity: 1 }]);
    expect(invoice.total).toBe(4_510_000);
    expect(await stamps(c)).toEqual({ burger: 4, fastFood: 6, burgerCompleted: 0 });
    expect((await loyalty(c)).balance).toBe(56);

    const issue = await issueOf(invoice.id);
    // One burger back: one stamp off the burger card and off the category card; 45 × 1,100,000 / 4,510,000 → 10 points.
    expect(ok(await call(RETURN, { id: issue, lines: [{ productId: product.burger, quantity: 1 }] })).returnWarehouseIssue.status).toBe('ISSUED');
    expect(await stamps(c)).toEqual({ burger: 3, fastFood: 5, burgerCompleted: 0 });
    expect((await loyalty(c)).balance).toBe(46);
    // The water is on no card: the stamps stay; its share of the points goes (45 × 110,000 / 4,510,000 → 1).
    ok(await call(RETURN, { id: issue, lines: [{ productId: product.water, quantity: 1 }] }));
    expect(await stamps(c)).toEqual({ burger: 3, fastFood: 5, burgerCompleted: 0 });
    expect((await loyalty(c)).balance).toBe(45);

    // Everything left back: the purchase's remaining 2 burger and 4 category stamps go, the first purchase's stay.
    expect(ok(await call(RETURN, { id: issue })).returnWarehouseIssue.status).toBe('RETURNED');
    expect(await stamps(c)).toEqual({ burger: 1, fastFood: 1, burgerCompleted: 0 });
    const state = await loyalty(c);
    expect(state.balance).toBe(11);
    expect(state.entries.edges.map((e: any) => e.node).filter((n: any) => n.kind === 'REVERSE')).toEqual([
      { kind: 'REVERSE', source: 'PURCHASE', delta: -34 },
      { kind: 'REVERSE', source: 'PURCHASE', delta: -1 },
      { kind: 'REVERSE', source: 'PURCHASE', delta: -10 },
    ]);
    // Nothing is left to return: refused by sales, and nothing more comes off.
    expect(errorCode(await call(RETURN, { id: issue }))).toBe('CONFLICT');
    expect(await stamps(c)).toEqual({ burger: 1, fastFood: 1, burgerCompleted: 0 });

    const [given] = await ds.query(
      `SELECT sum(s.stamps)::int AS stamps, sum(s.reversed)::int AS reversed FROM loyalty_purchase_stamps s JOIN loyalty_purchases p ON p.id = s.purchase_id WHERE p.ref = $1`,
      [`invoice:${invoice.id}`],
    );
    expect(given).toEqual({ stamps: 8, reversed: 8 });
  });

  it('cancelling an invoice after a partial return takes only the stamps and points still left', async () => {
    const c = await contact('کاوه', '09121110002');
    const invoice = await paidInvoice(c, [{ productId: product.burger, quantity: 2 }, { productId: product.fries, quantity: 1 }]);
    expect(await stamps(c)).toEqual({ burger: 2, fastFood: 3, burgerCompleted: 0 });
    expect((await loyalty(c)).balance).toBe(27); // 2,750,000 Rial
    const issue = await issueOf(invoice.id);
    ok(await call(RETURN, { id: issue, lines: [{ productId: product.fries, quantity: 1 }] }));
    expect(await stamps(c)).toEqual({ burger: 2, fastFood: 2, burgerCompleted: 0 });
    expect((await loyalty(c)).balance).toBe(22);

    ok(await call(`mutation($id: ID!, $reason: String!) { cancelInvoice(id: $id, reason: $reason) { id } }`, { id: invoice.id, reason: 'انصراف مشتری' }));
    expect(await stamps(c)).toEqual({ burger: 0, fastFood: 0, burgerCompleted: 0 });
    expect((await loyalty(c)).balance).toBe(0);
  });

  it('stamps already turned into a free-item voucher are not clawed back: the card stops at 0 and the voucher stands', async () => {
    const c = await contact('مینا', '09121110003');
    await paidInvoice(c, [{ productId: product.burger, quantity: 3 }]);
    const invoice = await paidInvoice(c, [{ productId: product.burger, quantity: 3 }]);
    expect(await stamps(c)).toEqual({ burger: 1, fastFood: 6, burgerCompleted: 1 });
    const issue = await issueOf(invoice.id);
    ok(await call(RETURN, { id: issue, lines: [{ productId: product.burger, quantity: 2 }] }));
    expect(await stamps(c)).toEqual({ burger: 0, fastFood: 4, burgerCompleted: 1 });
    ok(await call(RETURN, { id: issue }));
    expect(await stamps(c)).toEqual({ burger: 0, fastFood: 3, burgerCompleted: 1 });
    expect((await loyalty(c)).vouchers).toEqual([{ origin: 'STAMP_CARD', productIds: [product.burger] }]);
    // The next purchase fills the card from 0, as the customer sees it.
    await paidInvoice(c, [{ productId: product.burger, quantity: 1 }]);
    expect(await stamps(c)).toEqual({ burger: 1, fastFood: 4, burgerCompleted: 1 });
  });
});
