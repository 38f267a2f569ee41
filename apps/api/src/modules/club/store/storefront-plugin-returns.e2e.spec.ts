import { DataSource } from 'typeorm';
import { errorCode, gql, GqlResponse, Owner, signUpOwner } from '../../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../../test/utils/test-app';

function ok<T = Record<string, any>>(res: GqlResponse<T>): T {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`;
const RECORD = `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { contactId pointsEarned balance } }`;
const RETURN = `mutation($input: RecordReturnInput!) {
  recordReturn(input: $input) { duplicate contactId pointsReversed stampsReversed amountReturned amountLeft balance tier { code } }
}`;

/**
 * Storefront plugins report returns and refunds (recordReturn): the club takes back the purchase's points in proportion
 * to the Rial refunded and the stamps of the returned lines, once per return id, through loyalty's own reversal.
 */
describe('the storefront plugin API: returns take back a plugin purchase’s points and stamps', () => {
  let app: TestApp;
  let ds: DataSource;
  let shop: Owner;
  let other: Owner;
  let pluginKey: string;
  let readOnlyKey: string;
  let otherKey: string;
  let pen: string;
  let contactId: string;

  const key = async (owner: Owner, scopes: string[]) => ok(await gql(app, CREATE_KEY, { input: { name: 'WooCommerce', scopes } }, owner.token)).createApiKey.secret as string;
  const recordReturn = (input: Record<string, unknown>, token = pluginKey) => gql(app, RETURN, { input: { source: 'woocommerce', externalOrderId: 'WC-1', ...input } }, token);
  const fieldsOf = (res: GqlResponse) => res.errors?.[0]?.extensions?.fields;
  /** The state a refused report must leave as it was. */
  const state = async () =>
    (await ds.query(
      `SELECT (SELECT balance FROM loyalty_balances WHERE contact_id = $1) AS balance,
              (SELECT count(*)::int FROM loyalty_entries WHERE contact_id = $1) AS entries,
              (SELECT coalesce(sum(stamps), 0)::int FROM loyalty_stamp_cards WHERE contact_id = $1) AS stamps,
              (SELECT count(*)::int FROM club_plugin_returns) AS returns,
              (SELECT returned_amount::int FROM club_plugin_purchases WHERE external_order_id = 'WC-1') AS returned`,
      [contactId],
    ))[0];

  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_API_KEY_PER_MINUTE: '100000', RATE_LIMIT_WORKSPACE_PER_MINUTE: '100000' } });
    ds = app.app.get(DataSource);
    shop = await signUpOwner(app, 'Plugin returns shop');
    other = await signUpOwner(app, 'Other returns shop');
    pluginKey = await key(shop, ['club:write', 'club:read']);
    readOnlyKey = await key(shop, ['club:read']);
    otherKey = await key(other, ['club:write', 'club:read']);
    pen = ok(await gql(app, `mutation { createProduct(input: { sku: "PEN", nameFa: "خودکار", basePrice: 500000 }) { id } }`, {}, shop.token)).createProduct.id;
    ok(await gql(app, `mutation($input: SaveRewardInput!) { saveReward(input: $input) { id } }`, {
      input: { kind: 'STAMP_CARD', name: 'کارت مهر خودکار', productId: pen, stampsRequired: 10 },
    }, shop.token));
    // 3,000,000 Rial at the default rule (1 point per 100,000): 30 points; three pens: three stamps.
    const bought = ok(await gql(app, RECORD, {
      input: {
        externalOrderId: 'WC-1', source: 'woocommerce', phone: '09123457001', amount: 3_000_000,
        items: [{ productId: pen, sku: 'PEN', quantity: 3, unitPrice: 500_000 }, { sku: 'BOOK', name: 'کتاب', quantity: 3, unitPrice: 500_000 }],
      },
    }, pluginKey)).recordPurchase;
    expect(bought).toMatchObject({ pointsEarned: 30, balance: 30 });
    contactId = bought.contactId;
    expect((await state()).stamps).toBe(3);
  });
  afterAll(async () => {
    await app.close();
  });

  it('a partial refund with a returned line takes back its share of the points and that line’s stamps, on the ledger and the timeline', async () => {
    const res = ok(await recordReturn({ externalReturnId: 'R-1', amount: 1_000_000, items: [{ productId: pen, quantity: 1 }] })).recordReturn;
    expect(res).toEqual({ duplicate: false, contactId, pointsReversed: 10, stampsReversed: 1, amountReturned: 1_000_000, amountLeft: 2_000_000, balance: 20, tier: null });
    expect(await state()).toMatchObject({ balance: 20, stamps: 2, returns: 1, returned: 1_000_000 });
    const [entry] = await ds.query(`SELECT kind, delta, reason FROM loyalty_entries WHERE contact_id = $1 AND kind = 'REVERSE'`, [contactId]);
    expect(entry).toEqual({ kind: 'REVERSE', delta: -10, reason: 'مرجوعی بخشی از سفارش WC-۱ از woocommerce' });
    const timeline = ok(await gql(app, `query($id: ID!) { contact(id: $id) { timeline(first: 50) { edges { node { kind summary body data } } } } }`, { id: contactId }, shop.token))
      .contact.timeline.edges.map((e: any) => e.node);
    expect(timeline).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'POINTS', body: entry.reason, data: expect.objectContaining({ kind: 'REVERSE', delta: -10, balance: 20 }) })]));
    // The return itself is on the customer's file, once, with the refund and the points it took back.
    const returns = timeline.filter((n: any) => n.data?.step === 'external_return');
    expect(returns).toEqual([expect.objectContaining({
      kind: 'ORDER', summary: 'Return R-1 of purchase WC-1 at woocommerce',
      data: expect.objectContaining({ externalOrderId: 'WC-1', externalReturnId: 'R-1', amount: 1_000_000, source: 'woocommerce', pointsReversed: 10 }),
    })]);
  });

  it('10 concurrent submissions of one return id take the points back exactly once; a repeat answers duplicate, another amount is CONFLICT', async () => {
    const input = { externalReturnId: 'R-2', amount: 500_000, items: [{ sku: 'BOOK', quantity: 1 }] };
    const answers = (await Promise.all(Array.from({ length: 10 }, () => recordReturn(input)))).map((r) => ok(r).recordReturn);
    expect(answers.filter((a) => !a.duplicate)).toHaveLength(1);
    expect(answers.every((a) => a.pointsReversed === 5 && a.stampsReversed === 0 && a.amountReturned === 1_500_000 && a.amountLeft === 1_500_000 && a.balance === 15)).toBe(true);
    const [{ reversals }] = await ds.query(`SELECT count(*)::int AS reversals FROM loyalty_entries WHERE contact_id = $1 AND kind = 'REVERSE'`, [contactId]);
    expect(reversals).toBe(2);
    expect(await state()).toMatchObject({ balance: 15, stamps: 2, returns: 2, returned: 1_500_000 });
    // The same report later (a webhook retry, items in another spelling of the same line) changes nothing.
    expect(ok(await recordReturn({ ...input, items: [{ sku: ' BOOK ', quantity: 1 }] })).recordReturn).toMatchObject({ duplicate: true, pointsReversed: 5, balance: 15 });
    const changed = await recordReturn({ ...input, amount: 600_000 });
    expect(errorCode(changed)).toBe('CONFLICT');
    expect(changed.errors![0].extensions!.field).toBe('input.externalReturnId');
    expect(await state()).toMatchObject({ balance: 15, returns: 2, returned: 1_500_000 });
  });

  it('refuses an unknown order, an amount above what is left, lines the purchase did not have or has no more of — naming the field, writing nothing', async () => {
    const before = await state();
    const refused = async (input: Record<string, unknown>, token = pluginKey) => {
      const res = await recordReturn({ externalReturnId: 'R-BAD', ...input }, token);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      return fieldsOf(res);
    };
    expect(await refused({ externalOrderId: 'WC-404', amount: 1 })).toEqual([{ field: 'input.externalOrderId', message: 'no purchase WC-404 was reported from woocommerce' }]);
    expect(await refused({ source: 'digikala-booth', amount: 1 })).toEqual([{ field: 'input.externalOrderId', message: 'no purchase WC-1 was reported from digikala-booth' }]);
    expect(await refused({ amount: 1_500_001 })).toEqual([{ field: 'input.amount', message: 'is more than is left to return of order WC-1: 1500000 of 3000000 Rial' }]);
    expect(await refused({ amount: 0 })).toEqual([{ field: 'input.amount', message: 'give the Rial refunded, or the returned items, or both' }]);
    expect(await refused({ amount: 100_000, items: [{ sku: 'MUG', quantity: 1 }] })).toEqual([{ field: 'input.items.0.sku', message: 'is not a line of this purchase' }]);
    expect(await refused({ amount: 100_000, items: [{ quantity: 1 }] })).toEqual([{ field: 'input.items.0.productId', message: 'give the productId or the sku of the returned line' }]);
    // Two of the three pens are left (one came back with R-1); books: two of three.
    expect(await refused({ amount: 100_000, items: [{ sku: 'BOOK', quantity: 1 }, { productId: pen, quantity: 3 }] })).toEqual([
      { field: 'input.items.1.quantity', message: 'only 2 of 3 bought are left to return' },
    ]);
    expect(await refused({ amount: 100_000, occurredAt: new Date(Date.now() + 86_400_000).toISOString() })).toEqual([{ field: 'input.occurredAt', message: 'must not be in the future' }]);
    // Another workspace's key does not see this shop's orders; a key without club:write may not report.
    expect(await refused({ amount: 1 }, otherKey)).toEqual([{ field: 'input.externalOrderId', message: 'no purchase WC-1 was reported from woocommerce' }]);
    expect(errorCode(await recordReturn({ externalReturnId: 'R-BAD', amount: 1 }, readOnlyKey))).toBe('FORBIDDEN');
    expect(await state()).toEqual(before);
  });

  it('the rest of the order coming back takes back all that is left — never more than the purchase gave, nor below 0 when points were spent', async () => {
    const res = ok(await recordReturn({ externalReturnId: 'R-3', amount: 1_500_000 })).recordReturn;
    // 30 − 10 − 5 = 15 points and the two stamps left: the whole purchase is undone.
    expect(res).toMatchObject({ duplicate: false, pointsReversed: 15, stampsReversed: 2, amountReturned: 3_000_000, amountLeft: 0, balance: 0 });
    expect(await state()).toMatchObject({ balance: 0, stamps: 0, returns: 3, returned: 3_000_000 });
    const [purchase] = await ds.query(`SELECT points, reversed_points, reversed_at IS NOT NULL AS reversed FROM loyalty_purchases WHERE ref = 'plugin:woocommerce:WC-1'`);
    expect(purchase).toEqual({ points: 30, reversed_points: 30, reversed: true });
    expect(fieldsOf(await recordReturn({ externalReturnId: 'R-4', amount: 1 }))![0].field).toBe('input.amount');

    // Points already spent stay spent: a second order's 10 points, 8 of them adjusted away, give back only the 2 left.
    ok(await gql(app, RECORD, { input: { externalOrderId: 'WC-2', source: 'woocommerce', phone: '09123457001', amount: 1_000_000 } }, pluginKey));
    ok(await gql(app, `mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { balance } }`, { input: { contactId, delta: -8, reason: 'اصلاح' } }, shop.token));
    const second = ok(await recordReturn({ externalOrderId: 'WC-2', externalReturnId: 'R-1', amount: 1_000_000 })).recordReturn;
    expect(second).toMatchObject({ duplicate: false, pointsReversed: 2, amountLeft: 0, balance: 0 });
  });
});
