import { DataSource } from 'typeorm';
import { QUERY_LOGGER } from '../../app.module';
import { RequestContext } from '../../core/context/request-context';
import { CountingQueryLogger } from '../../core/database/query-counter';
import { gql, GqlResponse, Owner, signUpOwner } from '../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../test/utils/test-app';
import { DocumentNumbers } from './document-numbers';

function ok<T = Record<string, any>>(res: GqlResponse<T>): T {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

const CREATE = `mutation($input: CreateProformaInput!) { createProforma(input: $input) { id number status totals { total } } }`;
const CONFIRM = `mutation($id: ID!) { confirmProforma(id: $id) { id status expiresAt totals { total } } }`;

/**
 * The orders path's SQL, pinned (the benchmark's order = createProforma + confirmProforma over HTTP): each statement is a
 * round trip and a syscall on both sides, which is what an order costs (docs/BENCHMARKS.md, sales). A change that adds
 * statements fails here; one that removes some updates the numbers. Before the set-based rework: 15 + 22 (+ 1 authentication each).
 */
describe('orders path: SQL statements per request, and the set-based steps behind them', () => {
  let app: TestApp;
  let owner: Owner;
  let products: string[];
  let contactId: string;
  let ds: DataSource;
  const call = (q: string, v: Record<string, unknown> = {}) => gql(app, q, v, owner.token);

  beforeAll(async () => {
    app = await startTestApp();
    ds = app.app.get(DataSource);
    owner = await signUpOwner(app, 'Statement count shop');
    const wh = ok(await call(`mutation { createWarehouse(input: { code: "MAIN", name: "انبار", isDefault: true }) { id } }`)).createWarehouse.id;
    const parent = ok(await call(`mutation { createProductCategory(input: { nameFa: "گل", slug: "flowers" }) { id } }`)).createProductCategory.id;
    const category = ok(await call(`mutation($p: ID!) { createProductCategory(input: { nameFa: "رز", slug: "roses", parentId: $p }) { id } }`, { p: parent })).createProductCategory.id;
    products = [];
    for (let i = 0; i < 9; i++) {
      const input = { sku: `S${i}`, nameFa: `کالا ${i}`, basePrice: 100_000 + i * 1000, taxRateBp: 1000, ...(i % 3 === 0 ? { categoryId: category } : {}) };
      const p = ok(await call(`mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`, { input })).createProduct.id;
      ok(await call(`mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { id } }`, { input: { warehouseId: wh, productId: p, quantity: 50 } }));
      products.push(p);
    }
    // A seasonal list on the parent category (10 % off) so pricing walks the category chain and list items.
    ok(await call(`mutation($input: CreatePriceListInput!) { createPriceList(input: $input) { id } }`, {
      input: { name: 'حراج', kind: 'ALL', items: [{ categoryId: parent, discountBp: 1000 }] },
    }));
    contactId = ok(await call(`mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`, { input: { firstName: 'علی', phones: [{ number: '09121234567' }] } })).createContact.id;
  });
  afterAll(() => app.close());

  /**
   * Runs fn, returning the statements issued meanwhile on behalf of a signed-in staff member (background jobs act as
   * none). Not counted: the one lookup that authenticates the request (member status), made before the principal exists.
   */
  async function statements<T>(fn: () => Promise<T>): Promise<{ result: T; sql: string[] }> {
    const logger = app.app.get<CountingQueryLogger>(QUERY_LOGGER) as unknown as { logQuery: (query: string, ...rest: unknown[]) => void };
    const context = app.app.get(RequestContext);
    const sql: string[] = [];
    const original = logger.logQuery;
    logger.logQuery = function (this: unknown, query: string, ...rest: unknown[]) {
      if (context.principal()?.kind === 'staff') sql.push(query.replace(/\s+/g, ' ').slice(0, 90));
      original.call(this, query, ...rest);
    };
    try {
      return { result: await fn(), sql };
    } finally {
      delete (logger as { logQuery?: unknown }).logQuery;
    }
  }

  const order = (offset: number) => products.slice(offset, offset + 3).map((productId) => ({ productId, quantity: 2 }));

  it('createProforma takes 8 statements and confirmProforma 9 (after authentication), and the order is priced, reserved and in the ledger', async () => {
    // Warm: the workspace settings are kept for a few seconds, as between the benchmark's orders.
    const warm = ok(await call(CREATE, { input: { contactId, lines: order(0) } })).createProforma;
    ok(await call(CONFIRM, { id: warm.id }));

    const created = await statements(() => call(CREATE, { input: { contactId, lines: order(3) } }));
    const draft = ok(created.result).createProforma;
    // Lines 3 (in a sub-category of the list's, 10 % off) and 4, 5 at base price, 2 each, 10 % tax.
    expect(draft).toMatchObject({ number: warm.number + 1, status: 'DRAFT', totals: { total: Math.round(((103_000 * 0.9 + 104_000 + 105_000) * 2) * 1.1) } });
    // BEGIN + settings (generic plans for the named statements among them) · contact · the contact's club tier · pricing
    // (products, categories, lists) · number (own connection) · pro-forma + lines · timeline · COMMIT
    expect(created.sql).toHaveLength(8);

    const confirmed = await statements(() => call(CONFIRM, { id: draft.id }));
    expect(ok(confirmed.result).confirmProforma).toMatchObject({ id: draft.id, status: 'CONFIRMED', totals: draft.totals });
    // BEGIN + settings · pro-forma locked with its lines · the contact's club tier · pricing · reference + product locks ·
    // reservation (levels, ledger, reservations, availability) · pro-forma update · timeline · COMMIT
    expect(confirmed.sql).toHaveLength(9);

    const reserved = await ds.query(
      `SELECT r.product_id, r.quantity, (SELECT count(*)::int FROM stock_movements m WHERE m.reference = r.reference AND m.product_id = r.product_id AND m.kind = 'RESERVE') AS movements,
              pa.reserved AS total_reserved
         FROM stock_reservations r JOIN product_availability pa ON pa.product_id = r.product_id WHERE r.reference = $1 ORDER BY r.product_id`,
      [`proforma:${draft.id}`],
    );
    expect(reserved).toEqual([...products.slice(3, 6)].sort().map((product_id) => ({ product_id, quantity: 2, movements: 1, total_reserved: 2 })));
    // The audit trail still sees the rows written by the combined statements, with the actor of the request.
    const audit = await ds.query(
      `SELECT entity, action, actor_type, count(*)::int AS n FROM audit_log
        WHERE entity IN ('proformas', 'proforma_lines') AND (entity_id = $1 OR changes -> '__after' ->> 'proforma_id' = $1)
        GROUP BY 1, 2, 3 ORDER BY 1, 2`,
      [draft.id],
    );
    expect(audit).toEqual([
      { entity: 'proforma_lines', action: 'INSERT', actor_type: 'user', n: 3 },
      { entity: 'proformas', action: 'INSERT', actor_type: 'user', n: 1 },
      { entity: 'proformas', action: 'UPDATE', actor_type: 'user', n: 1 },
    ]);
  });

  it('an order confirmed at once (createProforma with confirm) takes 10 statements in one transaction', async () => {
    const placed = await statements(() => call(CREATE, { input: { contactId, lines: order(6), confirm: true } }));
    expect(ok(placed.result).createProforma).toMatchObject({ status: 'CONFIRMED' });
    // BEGIN + settings · contact · club tier · pricing · number · pro-forma + lines (written CONFIRMED) · reference +
    // product locks · reservation · timeline (one item: placed) · COMMIT
    expect(placed.sql).toHaveLength(10);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM stock_reservations WHERE reference = $1`, [`proforma:${ok(placed.result).createProforma.id}`]);
    expect(n).toBe(3);
  });

  it('20 concurrent creates get distinct, consecutive numbers (allocated outside their transactions)', async () => {
    const before = ok(await call(CREATE, { input: { contactId, lines: order(6) } })).createProforma.number;
    const created = await Promise.all(Array.from({ length: 20 }, (_, i) => call(CREATE, { input: { contactId, lines: [{ productId: products[i % 9], quantity: 1 }] } })));
    const numbers = created.map((r) => ok(r).createProforma.number as number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => before + 1 + i));
  });

  it('numbers asked for while an increment runs are taken together by the next one, in order', async () => {
    const logger = app.app.get<CountingQueryLogger>(QUERY_LOGGER) as unknown as { logQuery: (query: string, ...rest: unknown[]) => void };
    const original = logger.logQuery;
    let increments = 0;
    logger.logQuery = function (this: unknown, query: string, ...rest: unknown[]) {
      if (query.startsWith('INSERT INTO sales_counters')) increments++;
      original.call(this, query, ...rest);
    };
    try {
      const numbers = app.app.get(DocumentNumbers);
      const got = await Promise.all(Array.from({ length: 50 }, () => numbers.next(owner.workspaceId, 'WAREHOUSE_ISSUE')));
      const start = got[0];
      expect(got).toEqual(Array.from({ length: 50 }, (_, i) => start + i));
      // The first call's increment, then one for the 49 that queued behind it.
      expect(increments).toBe(2);
    } finally {
      delete (logger as { logQuery?: unknown }).logQuery;
    }
  });

  it('confirming reprices a draft whose prices changed, writing the new lines and totals; a coupon is redeemed once', async () => {
    const productId = products[7];
    const draft = ok(await call(CREATE, { input: { contactId, lines: [{ productId, quantity: 3 }, { productId: products[8], quantity: 1 }] } })).createProforma;
    ok(await call(`mutation($id: ID!) { updateProduct(id: $id, input: { basePrice: 200000 }) { id } }`, { id: productId }));
    const confirmed = ok(await call(`mutation($id: ID!) { confirmProforma(id: $id) { status totals { subtotal taxTotal total } lines { productId quantity unitPrice total } } }`, { id: draft.id })).confirmProforma;
    expect(confirmed.status).toBe('CONFIRMED');
    expect(confirmed.totals).toEqual({ subtotal: 3 * 200_000 + 108_000, taxTotal: 70_800, total: 778_800 });
    expect(confirmed.lines).toEqual([
      { productId, quantity: 3, unitPrice: 200_000, total: 660_000 },
      { productId: products[8], quantity: 1, unitPrice: 108_000, total: 118_800 },
    ]);
    const [stored] = await ds.query(`SELECT status, total::int, confirmed_at IS NOT NULL AS confirmed, expires_at > now() AS holds FROM proformas WHERE id = $1`, [draft.id]);
    expect(stored).toEqual({ status: 'CONFIRMED', total: 778_800, confirmed: true, holds: true });

    ok(await call(`mutation($input: CreateCouponInput!) { createCoupon(input: $input) { id } }`, { input: { code: 'ONCE-10', kind: 'PERCENT', value: 1000, maxUses: 1 } }));
    const withCoupon = ok(await call(CREATE, { input: { contactId, lines: [{ productId: products[8], quantity: 1 }], couponCode: 'ONCE-10' } })).createProforma;
    const second = ok(await call(CREATE, { input: { contactId, lines: [{ productId: products[8], quantity: 1 }], couponCode: 'ONCE-10' } })).createProforma;
    ok(await call(CONFIRM, { id: withCoupon.id }));
    const refused = await call(CONFIRM, { id: second.id });
    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const [held] = await ds.query(`SELECT count(*)::int AS n FROM stock_reservations WHERE reference = $1`, [`proforma:${second.id}`]);
    expect(held.n).toBe(0);
  });

  it('a 3-line order with one short line is OUT_OF_STOCK naming that product, and reserves nothing', async () => {
    const short = products[5];
    const [{ available }] = await ds.query(`SELECT available FROM product_availability WHERE product_id = $1`, [short]);
    const draft = ok(await call(CREATE, { input: { contactId, lines: [{ productId: products[3], quantity: 1 }, { productId: short, quantity: available + 1 }, { productId: products[4], quantity: 1 }] } })).createProforma;
    const before = await ds.query(`SELECT product_id, reserved FROM product_availability WHERE product_id = ANY($1) ORDER BY product_id`, [products.slice(3, 6)]);
    const res = await call(CONFIRM, { id: draft.id });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'OUT_OF_STOCK', products: [{ productId: short, requested: available + 1, available }] });
    expect(await ds.query(`SELECT product_id, reserved FROM product_availability WHERE product_id = ANY($1) ORDER BY product_id`, [products.slice(3, 6)])).toEqual(before);
    const [moved] = await ds.query(`SELECT count(*)::int AS n FROM stock_movements WHERE reference = $1`, [`proforma:${draft.id}`]);
    expect(moved.n).toBe(0);
  });
});
