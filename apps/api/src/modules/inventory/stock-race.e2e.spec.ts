import { EventEmitter2 } from '@nestjs/event-emitter';
import { DataSource } from 'typeorm';
import { TenantDb } from '../../core/database/tenant-db.service';
import { DomainError } from '../../core/errors/domain-errors';
import { errorCode, gql, Owner, signUpOwner } from '../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../test/utils/test-app';
import { inWorkspace } from '../../../test/utils/workspace-scope';
import { InventoryEvents } from './inventory.events';
import { StockLine, StockService } from './stock.service';

const RECEIVE = `mutation($i: ReceiveStockInput!) { receiveStock(input: $i) { onHand } }`;
const TRANSFER = `mutation($i: TransferStockInput!) { transferStock(input: $i) { from { onHand } } }`;

/** Outcome of one attempt: ok, or the error code (anything that is not a domain error is a failure of the test). */
const outcome = (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => 'ok',
    (e) => (e instanceof DomainError ? e.code : `UNEXPECTED ${String((e as Error)?.message ?? e)}`),
  );

describe('the oversell race: concurrent orders for the last units', () => {
  let app: TestApp;
  let ds: DataSource;
  let owner: Owner;
  let stock: StockService;
  let db: TenantDb;
  let main: string;
  let second: string;
  const unavailable: string[] = [];

  const product = async (sku: string) =>
    (await ds.query(`INSERT INTO products (workspace_id, sku, name_fa, base_price) VALUES ($1, $2, $3, 500000) RETURNING id`, [owner.workspaceId, sku, `کالای ${sku}`]))[0].id as string;
  const reserve = (reference: string, lines: StockLine[]) =>
    inWorkspace(app, owner.workspaceId, () => db.tx((em) => stock.reserveIn(em, { reference, lines })));
  const totals = async (productId: string) => {
    const [level] = await ds.query(
      `SELECT sum(on_hand)::int AS on_hand, sum(reserved)::int AS reserved FROM stock_levels WHERE product_id = $1`,
      [productId],
    );
    const [availability] = await ds.query(`SELECT on_hand, reserved, available FROM product_availability WHERE product_id = $1`, [productId]);
    const [ledger] = await ds.query(
      `SELECT coalesce(sum(delta_on_hand), 0)::int AS on_hand, coalesce(sum(delta_reserved), 0)::int AS reserved FROM stock_movements WHERE product_id = $1`,
      [productId],
    );
    return { level, availability, ledger };
  };

  beforeAll(async () => {
    app = await startTestApp({ env: { DATABASE_POOL_SIZE: '10' } });
    ds = app.app.get(DataSource);
    owner = await signUpOwner(app, 'Race shop');
    stock = app.app.get(StockService);
    db = app.app.get(TenantDb);
    const create = (code: string) =>
      gql(app, `mutation($i: CreateWarehouseInput!) { createWarehouse(input: $i) { id } }`, { i: { code, name: code } }, owner.token).then((r) => r.data!.createWarehouse.id as string);
    main = await create('MAIN');
    second = await create('SECOND');
    app.app.get(EventEmitter2).on(InventoryEvents.ProductUnavailable, (e: { productId: string }) => unavailable.push(e.productId));
  });
  afterAll(() => app.close());

  it('200 concurrent reservations, each its own transaction through StockService.reserveIn, for the last 10 units → exactly 10 succeed', async () => {
    const lastTen = await product('LAST-10');
    expect((await gql(app, RECEIVE, { i: { warehouseId: main, productId: lastTen, quantity: 10 } }, owner.token)).errors).toBeUndefined();

    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => outcome(reserve(`order:${i}`, [{ productId: lastTen, quantity: 1 }]))));
    const counts = results.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r]: (acc[r] ?? 0) + 1 }), {});
    expect(counts).toEqual({ ok: 10, OUT_OF_STOCK: 190 });

    expect(await totals(lastTen)).toEqual({
      level: { on_hand: 10, reserved: 10 },
      availability: { on_hand: 10, reserved: 10, available: 0 },
      ledger: { on_hand: 10, reserved: 10 },
    });
    expect(await ds.query(`SELECT count(*)::int AS n, sum(quantity)::int AS q FROM stock_reservations WHERE product_id = $1`, [lastTen])).toEqual([{ n: 10, q: 10 }]);
    // The status flipped once, in the transaction that took the last unit.
    expect(unavailable.filter((id) => id === lastTen)).toHaveLength(1);
  });

  it('an order for units the product no longer has is OUT_OF_STOCK without waiting for the transaction that holds the product', async () => {
    const scarce = await product('SCARCE-2');
    expect((await gql(app, RECEIVE, { i: { warehouseId: main, productId: scarce, quantity: 2 } }, owner.token)).errors).toBeUndefined();
    // Another order's transaction holds the product's lock (as a reservation in progress does) until released.
    const holder = ds.createQueryRunner();
    await holder.connect();
    await holder.startTransaction();
    try {
      await holder.query(`SELECT 1 FROM product_availability WHERE product_id = $1 FOR UPDATE`, [scarce]);
      // Three units when two are left: answered while the lock is held (before, it queued behind the holder).
      const tooMany = await Promise.race([
        outcome(reserve('order:too-many', [{ productId: scarce, quantity: 3 }])),
        new Promise<string>((resolve) => setTimeout(() => resolve('still waiting for the lock'), 10_000)),
      ]);
      expect(tooMany).toBe('OUT_OF_STOCK');
      // Two units are there: that order waits for the holder, then reserves.
      const fits = outcome(reserve('order:fits', [{ productId: scarce, quantity: 2 }]));
      await holder.commitTransaction();
      expect(await fits).toBe('ok');
    } finally {
      if (holder.isTransactionActive) await holder.rollbackTransaction();
      await holder.release();
    }
    expect((await totals(scarce)).availability).toEqual({ on_hand: 2, reserved: 2, available: 0 });
  });

  it('orders of two products are all or nothing: 200 concurrent orders of 1 A + 1 B with 10 A and 5 B → 5 orders, no stray A reserved', async () => {
    const a = await product('PAIR-A');
    const b = await product('PAIR-B');
    await gql(app, RECEIVE, { i: { warehouseId: main, productId: a, quantity: 10 } }, owner.token);
    // B lies in the second warehouse only: the line is taken from the first warehouse with enough.
    await gql(app, RECEIVE, { i: { warehouseId: second, productId: b, quantity: 5 } }, owner.token);

    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => outcome(reserve(`pair:${i}`, [{ productId: b, quantity: 1 }, { productId: a, quantity: 1 }]))),
    );
    expect(results.filter((r) => r === 'ok')).toHaveLength(5);
    expect(results.filter((r) => r !== 'ok' && r !== 'OUT_OF_STOCK')).toEqual([]);
    expect((await totals(a)).availability).toEqual({ on_hand: 10, reserved: 5, available: 5 });
    expect((await totals(b)).availability).toEqual({ on_hand: 5, reserved: 5, available: 0 });
    expect((await totals(a)).ledger).toEqual({ on_hand: 10, reserved: 5 });
  });

  it('the same race through GraphQL: 200 concurrent transfers of 1 unit out of a warehouse holding 10 → 10 succeed, the rest OUT_OF_STOCK, never a 500', async () => {
    const p = await product('MOVE-10');
    await gql(app, RECEIVE, { i: { warehouseId: main, productId: p, quantity: 10 } }, owner.token);
    const results = await Promise.all(
      Array.from({ length: 200 }, () => gql(app, TRANSFER, { i: { fromWarehouseId: main, toWarehouseId: second, productId: p, quantity: 1 } }, owner.token)),
    );
    const codes = results.map((r) => (r.errors ? errorCode(r) : 'ok'));
    expect(codes.filter((c) => c === 'ok')).toHaveLength(10);
    expect(codes.filter((c) => c !== 'ok' && c !== 'OUT_OF_STOCK')).toEqual([]);
    expect(results.every((r) => r.status === 200)).toBe(true);
    const rows = await ds.query(`SELECT warehouse_id, on_hand, reserved FROM stock_levels WHERE product_id = $1 ORDER BY on_hand`, [p]);
    expect(rows).toEqual([{ warehouse_id: main, on_hand: 0, reserved: 0 }, { warehouse_id: second, on_hand: 10, reserved: 0 }]);
  });

  it('releasing and issuing the same reservation concurrently: exactly one of them moves the stock', async () => {
    const p = await product('ONCE-1');
    await gql(app, RECEIVE, { i: { warehouseId: main, productId: p, quantity: 3 } }, owner.token);
    await reserve('proforma:once', [{ productId: p, quantity: 3 }]);
    const run = (fn: 'releaseIn' | 'issueIn') => inWorkspace(app, owner.workspaceId, () => db.tx((em) => stock[fn](em, 'proforma:once')));
    const moved = await Promise.all([run('releaseIn'), run('issueIn'), run('releaseIn'), run('issueIn')]);
    expect(moved.filter((m) => m.length > 0)).toHaveLength(1);
    const { level, ledger } = await totals(p);
    expect(level.reserved).toBe(0);
    expect(ledger).toEqual(level);
  });
});
