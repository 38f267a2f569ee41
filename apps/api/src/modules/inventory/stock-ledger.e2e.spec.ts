import { EventEmitter2 } from '@nestjs/event-emitter';
import { DataSource, EntityManager } from 'typeorm';
import { TenantDb } from '../../core/database/tenant-db.service';
import { DomainError } from '../../core/errors/domain-errors';
import { Owner, signUpOwner } from '../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../test/utils/test-app';
import { inWorkspace } from '../../../test/utils/workspace-scope';
import { InventoryEvents } from './inventory.events';
import { StockService } from './stock.service';
import { WarehousesService } from './warehouses.service';

/** mulberry32: a small seeded generator, so a failing run can be replayed with its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = Number(process.env.STOCK_SEED ?? 20251123);
const OPERATIONS = 500;
const CONCURRENCY = 8;

describe(`the ledger is the truth: a random run of ${OPERATIONS} concurrent stock operations (seed ${SEED})`, () => {
  let app: TestApp;
  let ds: DataSource;
  let owner: Owner;
  const events: Array<{ name: string; productId: string }> = [];

  beforeAll(async () => {
    app = await startTestApp({ env: { DATABASE_POOL_SIZE: '10' } });
    ds = app.app.get(DataSource);
    owner = await signUpOwner(app, 'Ledger shop');
    const emitter = app.app.get(EventEmitter2);
    for (const name of [InventoryEvents.ProductAvailable, InventoryEvents.ProductUnavailable]) {
      emitter.on(name, (e: { productId: string }) => events.push({ name, productId: e.productId }));
    }
  });
  afterAll(() => app.close());

  it('levels equal the sums of the ledger, never negative; availability equals the levels; every flip of status was announced', async () => {
    const stock = app.app.get(StockService);
    const db = app.app.get(TenantDb);
    const rnd = random(SEED);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
    const int = (min: number, max: number) => min + Math.floor(rnd() * (max - min + 1));
    const inTx = <T>(fn: (em: EntityManager) => Promise<T>) => inWorkspace(app, owner.workspaceId, () => db.tx(fn));

    const warehouses = await inWorkspace(app, owner.workspaceId, async () => {
      const service = app.app.get(WarehousesService);
      return [
        (await service.create({ code: 'W1', name: 'یک' })).id,
        (await service.create({ code: 'W2', name: 'دو' })).id,
        (await service.create({ code: 'W3', name: 'سه' })).id,
      ];
    });
    const products: string[] = [];
    for (let i = 0; i < 5; i++) {
      const [row] = await ds.query(
        `INSERT INTO products (workspace_id, sku, name_fa, base_price, low_stock_threshold) VALUES ($1, $2, $3, 1000, $4) RETURNING id`,
        [owner.workspaceId, `P-${i}`, `کالا ${i}`, i % 2 ? 3 : null],
      );
      products.push(row.id);
    }

    // The operations are drawn up front (the run is reproducible from the seed); references they use are shared,
    // so releases, issues and returns race reservations of the same documents.
    const references = Array.from({ length: 60 }, (_, i) => `proforma:${i}`);
    type Op = { kind: string; run: () => Promise<unknown> };
    const ops: Op[] = Array.from({ length: OPERATIONS }, (): Op => {
      const roll = rnd();
      const w = pick(warehouses);
      const p = pick(products);
      if (roll < 0.2) {
        const q = int(1, 8);
        return { kind: 'receive', run: () => inTx((em) => stock.receiveIn(em, { warehouseId: w, productId: p, quantity: q })) };
      }
      if (roll < 0.45) {
        const ref = pick(references);
        const lines = Array.from({ length: int(1, 3) }, () => ({ productId: pick(products), quantity: int(1, 4), warehouseId: rnd() < 0.2 ? pick(warehouses) : null }));
        return { kind: 'reserve', run: () => inTx((em) => stock.reserveIn(em, { reference: ref, lines })) };
      }
      if (roll < 0.55) {
        const ref = pick(references);
        return { kind: 'release', run: () => inTx((em) => stock.releaseIn(em, ref)) };
      }
      if (roll < 0.67) {
        const ref = pick(references);
        return { kind: 'issue', run: () => inTx((em) => stock.issueIn(em, ref)) };
      }
      if (roll < 0.75) {
        const ref = pick(references);
        const q = int(1, 3);
        return { kind: 'return', run: () => inTx((em) => stock.returnIn(em, { reference: ref, lines: [{ productId: p, quantity: q }] })) };
      }
      if (roll < 0.85) {
        const counted = rnd() < 0.5;
        const value = counted ? int(0, 12) : pick([-3, -2, -1, 1, 2, 3]);
        return {
          kind: 'adjust',
          run: () => inTx((em) => stock.adjustIn(em, { warehouseId: w, productId: p, ...(counted ? { countedQuantity: value } : { delta: value }), reason: 'شمارش' })),
        };
      }
      if (roll < 0.95) {
        const to = pick(warehouses.filter((x) => x !== w));
        const q = int(1, 5);
        return { kind: 'transfer', run: () => inTx((em) => stock.transferIn(em, { fromWarehouseId: w, toWarehouseId: to, productId: p, quantity: q })) };
      }
      // Invalid on purpose: refused with a clear error, nothing written.
      const invalid = pick([
        () => inTx((em) => stock.reserveIn(em, { reference: 'bad', lines: [{ productId: p, quantity: 0 }] })),
        () => inTx((em) => stock.adjustIn(em, { warehouseId: w, productId: p, delta: 1, reason: ' ' })),
        () => inTx((em) => stock.receiveIn(em, { warehouseId: '00000000-0000-0000-0000-000000000000', productId: p, quantity: 1 })),
        () => inTx((em) => stock.transferIn(em, { fromWarehouseId: w, toWarehouseId: w, productId: p, quantity: 1 })),
      ]);
      return { kind: 'invalid', run: invalid };
    });

    const outcomes: Record<string, Record<string, number>> = {};
    const unexpected: string[] = [];
    let next = 0;
    const worker = async () => {
      while (next < ops.length) {
        const op = ops[next++];
        let result = 'ok';
        try {
          await op.run();
        } catch (e) {
          if (e instanceof DomainError) result = e.code;
          else unexpected.push(`${op.kind}: ${(e as Error).message}`);
        }
        outcomes[op.kind] = { ...outcomes[op.kind], [result]: (outcomes[op.kind]?.[result] ?? 0) + 1 };
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    expect(unexpected).toEqual([]);
    // The run exercised both sides of each rule.
    expect(outcomes.receive.ok).toBeGreaterThan(0);
    expect(outcomes.reserve.ok).toBeGreaterThan(0);
    expect(outcomes.reserve.OUT_OF_STOCK).toBeGreaterThan(0);
    expect(outcomes.issue.ok).toBeGreaterThan(0);
    expect(outcomes.transfer.OUT_OF_STOCK).toBeGreaterThan(0);
    expect(outcomes.invalid).toEqual({ BAD_USER_INPUT: outcomes.invalid.BAD_USER_INPUT });

    const levelRows: Array<{ warehouse_id: string; product_id: string; on_hand: number; reserved: number }> = await ds.query(
      `SELECT warehouse_id, product_id, on_hand, reserved FROM stock_levels WHERE workspace_id = $1`,
      [owner.workspaceId],
    );
    const ledgerRows: Array<{ warehouse_id: string; product_id: string; on_hand: number; reserved: number }> = await ds.query(
      `SELECT warehouse_id, product_id, sum(delta_on_hand)::int AS on_hand, sum(delta_reserved)::int AS reserved
         FROM stock_movements WHERE workspace_id = $1 GROUP BY warehouse_id, product_id`,
      [owner.workspaceId],
    );
    const key = (r: { warehouse_id: string; product_id: string }) => `${r.warehouse_id}/${r.product_id}`;
    const fromLedger = new Map(ledgerRows.map((r) => [key(r), { onHand: r.on_hand, reserved: r.reserved }]));
    const fromLevels = new Map(levelRows.map((r) => [key(r), { onHand: r.on_hand, reserved: r.reserved }]));
    for (const k of new Set([...fromLedger.keys(), ...fromLevels.keys()])) {
      expect({ level: k, ...(fromLevels.get(k) ?? { onHand: 0, reserved: 0 }) }).toEqual({ level: k, ...(fromLedger.get(k) ?? { onHand: 0, reserved: 0 }) });
    }

    const levels: Array<{ on_hand: number; reserved: number }> = await ds.query(`SELECT on_hand, reserved FROM stock_levels WHERE workspace_id = $1`, [owner.workspaceId]);
    expect(levels.length).toBeGreaterThan(0);
    expect(levels.filter((l) => l.on_hand < 0 || l.reserved < 0 || l.reserved > l.on_hand)).toEqual([]);

    // Open reservations account for every reserved unit.
    expect(
      await ds.query(`
        SELECT l.warehouse_id, l.product_id, l.reserved, coalesce(r.q, 0)::int AS open
          FROM stock_levels l LEFT JOIN (SELECT warehouse_id, product_id, sum(quantity) AS q FROM stock_reservations GROUP BY 1, 2) r
            ON r.warehouse_id = l.warehouse_id AND r.product_id = l.product_id
         WHERE l.workspace_id = $1 AND l.reserved <> coalesce(r.q, 0)`, [owner.workspaceId]),
    ).toEqual([]);

    // Availability per product is the sum over its warehouses.
    expect(
      await ds.query(`
        SELECT pa.product_id FROM product_availability pa
          JOIN (SELECT product_id, sum(on_hand)::int AS on_hand, sum(reserved)::int AS reserved FROM stock_levels GROUP BY 1) s ON s.product_id = pa.product_id
         WHERE pa.workspace_id = $1 AND (pa.on_hand <> s.on_hand OR pa.reserved <> s.reserved OR pa.available <> s.on_hand - s.reserved)`, [owner.workspaceId]),
    ).toEqual([]);

    // Every product started unavailable; status events alternate, so (available − unavailable events) is 1 exactly
    // when the product ends with something to sell (order-independent, as events are heard after commit).
    const final: Array<{ product_id: string; available: number }> = await ds.query(
      `SELECT product_id, available FROM product_availability WHERE workspace_id = $1`,
      [owner.workspaceId],
    );
    for (const row of final) {
      const mine = events.filter((e) => e.productId === row.product_id);
      const balance = mine.filter((e) => e.name === InventoryEvents.ProductAvailable).length - mine.filter((e) => e.name === InventoryEvents.ProductUnavailable).length;
      expect({ product: row.product_id, balance }).toEqual({ product: row.product_id, balance: row.available > 0 ? 1 : 0 });
    }
    expect(events.length).toBeGreaterThan(2);
  });

  it('every stock change can update the level and availability rows in place (HOT): no index covers the quantities', async () => {
    const indexes: Array<{ relname: string; def: string }> = await ds.query(
      `SELECT c.relname, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
        WHERE c.relname IN ('product_availability', 'stock_levels')`,
    );
    expect(indexes.length).toBeGreaterThan(3);
    // Key columns and partial-index predicates alike: a changed value in either makes PostgreSQL write a new version elsewhere.
    expect(indexes.filter((i) => /\b(on_hand|reserved|available)\b/.test(i.def))).toEqual([]);
    const options: Array<{ relname: string; reloptions: string[] | null }> = await ds.query(
      `SELECT relname, reloptions FROM pg_class WHERE relname IN ('product_availability', 'stock_levels') ORDER BY relname`,
    );
    expect(options).toEqual([
      { relname: 'product_availability', reloptions: ['fillfactor=90'] },
      { relname: 'stock_levels', reloptions: ['fillfactor=90'] },
    ]);
  });
});
