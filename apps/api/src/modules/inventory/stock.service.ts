import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequestContext } from '../../core/context/request-context';
import { preparedQuery, TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError, ConflictError, FieldError } from '../../core/errors/domain-errors';
import { DomainEvents } from '../../core/events/domain-events';
import { MAX_QUANTITY } from './dto/inventory.inputs';
import { InventoryEvents, LowStockEvent, ProductAvailabilityChangedEvent } from './inventory.events';
import { OutOfStockError, ShortProduct } from './inventory.errors';
import { StockLevel, StockMovementKind } from './models/inventory.model';
import { ProductRef, ProductRefs } from './product-refs';

export interface StockLine {
  productId: string;
  quantity: number;
  /** Default: the default warehouse, else the first active warehouse with enough available. */
  warehouseId?: string | null;
}

/** What a reservation, release, issue or return moved, per warehouse and product. */
export interface MovedLine {
  warehouseId: string;
  productId: string;
  quantity: number;
}

export interface ReceiveStock {
  warehouseId: string;
  productId: string;
  quantity: number;
  reason?: string | null;
  reference?: string | null;
}

export interface AdjustStock {
  warehouseId: string;
  productId: string;
  /** What a count found; or give `delta`. */
  countedQuantity?: number | null;
  delta?: number | null;
  reason: string;
  reference?: string | null;
}

export interface TransferStock {
  fromWarehouseId: string;
  toWarehouseId: string;
  productId: string;
  quantity: number;
  reason?: string | null;
  reference?: string | null;
}

interface Movement {
  kind: StockMovementKind;
  warehouseId: string;
  productId: string;
  quantity: number;
  dOn: number;
  dRes: number;
  reason: string | null;
  reference: string | null;
}

interface AppliedMovement extends Movement {
  movementId: string;
}

interface AvailabilityRow {
  workspace_id: string;
  product_id: string;
  on_hand: number;
  reserved: number;
  available: number;
}

interface NetChange {
  dOn: number;
  dRes: number;
  first: AppliedMovement;
}

/** An operation's net change per product (its first movement names the cause and reference of the crossings). */
function netByProduct(applied: AppliedMovement[]): Map<string, NetChange> {
  const net = new Map<string, NetChange>();
  for (const m of applied) {
    const n = net.get(m.productId) ?? { dOn: 0, dRes: 0, first: m };
    n.dOn += m.dOn;
    n.dRes += m.dRes;
    net.set(m.productId, n);
  }
  return net;
}

interface LevelRow {
  id: string;
  warehouse_id: string;
  product_id: string;
  on_hand: number;
  reserved: number;
  created_at: Date;
  updated_at: Date;
  movement_id: string | null;
}

const LEVEL_COLUMNS = `s.id, s.warehouse_id, s.product_id, s.on_hand, s.reserved, s.created_at, s.updated_at`;
/** The advisory lock key of a stock reference ($1) in the transaction's workspace. */
const REFERENCE_LOCK_KEY = `hashtextextended('stock-reference:' || app_current_workspace() || ':' || $1, 0)`;
const LEDGER_COLUMNS = `workspace_id, warehouse_id, product_id, kind, quantity, delta_on_hand, delta_reserved, reason, reference, actor_member_id`;

export const toStockLevel = (r: Omit<LevelRow, 'movement_id'>): StockLevel => ({
  id: r.id, warehouseId: r.warehouse_id, productId: r.product_id, onHand: r.on_hand, reserved: r.reserved, available: r.on_hand - r.reserved,
  createdAt: r.created_at, updatedAt: r.updated_at,
});

const clean = (text: string | null | undefined): string | null => text?.trim() || null;

/**
 * The stock API other modules (sales, club) call inside their transactions, and the warehouse screens call through
 * GraphQL. Rules that keep it exact under any concurrency:
 * - every change is a conditional UPDATE (or an upsert that only adds) whose WHERE clause states the invariant
 *   (on_hand ≥ 0, 0 ≤ reserved ≤ on_hand), written together with its ledger row in one statement; the table's CHECKs
 *   are the last line, never reached in practice;
 * - every operation first locks the products' `product_availability` rows in product id order (a per-product lock),
 *   so one product's changes are serialised across warehouses, availability crossings are decided exactly once and
 *   operations on several rows cannot deadlock one another;
 * - `product_availability` (total on hand and reserved per product) is updated in the same transaction, and crossing
 *   0 or the low-stock threshold publishes a domain event in it.
 * Reservations are kept per reference (`stock_reservations`), so releasing or issuing them is a DELETE … RETURNING:
 * two concurrent releases of the same reference release once.
 */
@Injectable()
export class StockService {
  private savepoints = 0;

  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly events: DomainEvents,
    private readonly products: ProductRefs,
  ) {}

  receive(input: ReceiveStock): Promise<StockLevel> {
    return this.db.tx((em) => this.receiveIn(em, input));
  }

  adjust(input: AdjustStock): Promise<StockLevel> {
    return this.db.tx((em) => this.adjustIn(em, input));
  }

  transfer(input: TransferStock): Promise<{ from: StockLevel; to: StockLevel }> {
    return this.db.tx((em) => this.transferIn(em, input));
  }

  /** Goods arrived (purchase, production): on hand grows. */
  async receiveIn(em: EntityManager, input: ReceiveStock): Promise<StockLevel> {
    assertQuantity(input.quantity, 'input.quantity');
    await this.lockWarehouses(em, [{ id: input.warehouseId, field: 'input.warehouseId' }]);
    const locked = await this.lockProductsCreating(em, [{ id: input.productId, field: 'input.productId' }]);
    const applied = await this.apply(em, {
      kind: StockMovementKind.RECEIPT, warehouseId: input.warehouseId, productId: input.productId, quantity: input.quantity,
      dOn: input.quantity, dRes: 0, reason: clean(input.reason), reference: clean(input.reference),
    });
    await this.settle(em, locked, [applied.movement]);
    return applied.level;
  }

  /**
   * A stock count or a correction (damage, loss, found goods): to `countedQuantity` or by `delta`, with a reason.
   * On hand never goes below what is reserved: release those reservations first.
   */
  async adjustIn(em: EntityManager, input: AdjustStock): Promise<StockLevel> {
    const reason = clean(input.reason);
    const errors: FieldError[] = [];
    if (!reason) errors.push({ field: 'input.reason', message: 'is required: say why the stock changed (count, damage, loss …)' });
    const counted = input.countedQuantity ?? null;
    const delta = input.delta ?? null;
    if ((counted === null) === (delta === null)) errors.push({ field: 'input.countedQuantity', message: 'give either countedQuantity or delta' });
    else if (counted !== null && (!Number.isInteger(counted) || counted < 0 || counted > MAX_QUANTITY)) {
      errors.push({ field: 'input.countedQuantity', message: `must be a whole number from 0 to ${MAX_QUANTITY}` });
    } else if (delta !== null && (!Number.isInteger(delta) || delta === 0 || Math.abs(delta) > MAX_QUANTITY)) {
      errors.push({ field: 'input.delta', message: `must be a whole number other than 0, at most ${MAX_QUANTITY} either way` });
    }
    if (errors.length) throw new BadInputError(errors);
    await this.lockWarehouses(em, [{ id: input.warehouseId, field: 'input.warehouseId' }]);
    const locked = await this.lockProductsCreating(em, [{ id: input.productId, field: 'input.productId' }]);
    // The product's lock is held: the level read here cannot change before the update below.
    const [current]: Array<Omit<LevelRow, 'movement_id'>> = await em.query(
      `SELECT s.id, s.warehouse_id, s.product_id, s.on_hand, s.reserved, s.created_at, s.updated_at FROM stock_levels s
        WHERE s.warehouse_id = $1 AND s.product_id = $2`,
      [input.warehouseId, input.productId],
    );
    const change = delta ?? counted! - (current?.on_hand ?? 0);
    if (change === 0) {
      if (current) return toStockLevel(current);
      const [created]: LevelRow[] = await em.query(
        `INSERT INTO stock_levels AS s (workspace_id, warehouse_id, product_id) VALUES (app_current_workspace(), $1, $2) RETURNING ${LEVEL_COLUMNS}`,
        [input.warehouseId, input.productId],
      );
      return toStockLevel(created);
    }
    const field = counted !== null ? 'input.countedQuantity' : 'input.delta';
    if (change < 0 && !current) {
      throw new ConflictError(`${field}: there is no stock of this product in this warehouse to reduce`, { field, onHand: 0, reserved: 0 });
    }
    const applied = await this.tryApply(em, {
      kind: StockMovementKind.ADJUSTMENT, warehouseId: input.warehouseId, productId: input.productId, quantity: Math.abs(change),
      dOn: change, dRes: 0, reason, reference: clean(input.reference),
    });
    if (!applied) {
      const { on_hand: onHand, reserved } = current!;
      throw new ConflictError(
        `${field}: on hand cannot go below the ${reserved} reserved unit(s) (now ${onHand} on hand); release or issue those reservations first`,
        { field, onHand, reserved },
      );
    }
    await this.settle(em, locked, [applied.movement]);
    return applied.level;
  }

  /** Moves available (unreserved) units between two active warehouses; the product's total does not change. */
  async transferIn(em: EntityManager, input: TransferStock): Promise<{ from: StockLevel; to: StockLevel }> {
    assertQuantity(input.quantity, 'input.quantity');
    if (input.fromWarehouseId === input.toWarehouseId) throw BadInputError.field('input.toWarehouseId', 'must differ from fromWarehouseId');
    await this.lockWarehouses(em, [
      { id: input.fromWarehouseId, field: 'input.fromWarehouseId' },
      { id: input.toWarehouseId, field: 'input.toWarehouseId' },
    ]);
    const locked = await this.lockProductsCreating(em, [{ id: input.productId, field: 'input.productId' }]);
    const common = { productId: input.productId, quantity: input.quantity, dRes: 0, reason: clean(input.reason), reference: clean(input.reference) };
    const out = await this.tryApply(em, { ...common, kind: StockMovementKind.TRANSFER_OUT, warehouseId: input.fromWarehouseId, dOn: -input.quantity });
    if (!out) {
      const [level] = await this.levelsIn(em, input.fromWarehouseId, [input.productId]);
      const product = locked.get(input.productId)!;
      throw new OutOfStockError([{ productId: product.id, sku: product.sku, name: product.name, requested: input.quantity, available: level ? level.available : 0 }]);
    }
    const into = await this.apply(em, { ...common, kind: StockMovementKind.TRANSFER_IN, warehouseId: input.toWarehouseId, dOn: input.quantity });
    await this.settle(em, locked, [out.movement, into.movement]);
    return { from: out.level, to: into.level };
  }

  /**
   * Reserves every line for `reference` (e.g. `proforma:<id>`), all or nothing: each line from its warehouse if given,
   * else from the default warehouse, else from the first active warehouse with enough available (a line is never split).
   * When any line lacks stock nothing stays reserved and OutOfStockError (`OUT_OF_STOCK`) names every short product.
   * `products`: the caller's references of the products (e.g. the quote that priced the lines, read in this
   * transaction), so they are not read again; missing ones are looked up.
   */
  async reserveIn(em: EntityManager, input: { reference: string; lines: StockLine[]; products?: ReadonlyMap<string, ProductRef> }): Promise<MovedLine[]> {
    const reference = assertReference(input.reference);
    const lines = mergeLines(input.lines, 'input.lines');
    if (!lines.length) return [];
    // One line per product (every sales document): one statement for all lines. The same product from two warehouses: line by line.
    if (new Set(lines.map((l) => l.productId)).size !== lines.length) return this.reservePerLine(em, reference, lines);
    const locked = await this.lockReferenceAndProducts(em, reference, lines, input.products);
    const wanted = lines.filter((l) => locked.has(l.productId));
    const [result] = await preparedQuery<{
      picked: string[] | null;
      moved: Array<{ id: string; warehouse_id: string; product_id: string; quantity: number }>;
      availability: AvailabilityRow[];
    }>(
      em,
      `WITH req AS (
         SELECT * FROM unnest($1::uuid[], $2::int[], $3::uuid[]) AS r(product_id, quantity, warehouse_id)
       ), pick AS (
         SELECT req.product_id, req.quantity, w.warehouse_id
           FROM req CROSS JOIN LATERAL (
             SELECT sl.warehouse_id FROM stock_levels sl JOIN warehouses w ON w.id = sl.warehouse_id
              WHERE sl.product_id = req.product_id AND w.active AND sl.on_hand - sl.reserved >= req.quantity
                AND (req.warehouse_id IS NULL OR sl.warehouse_id = req.warehouse_id)
              ORDER BY w.is_default DESC, w.created_at, w.id
              LIMIT 1
           ) w
       ), s AS (
         UPDATE stock_levels sl SET reserved = sl.reserved + pick.quantity, updated_at = now()
           FROM pick
          WHERE (SELECT count(*) FROM pick) = $6
            AND sl.warehouse_id = pick.warehouse_id AND sl.product_id = pick.product_id AND sl.on_hand - sl.reserved >= pick.quantity
         RETURNING sl.workspace_id, sl.warehouse_id, sl.product_id, pick.quantity
       ), m AS (
         INSERT INTO stock_movements (${LEDGER_COLUMNS})
         SELECT s.workspace_id, s.warehouse_id, s.product_id, 'RESERVE', s.quantity, 0, s.quantity, NULL, $4, $5 FROM s ORDER BY s.product_id
         RETURNING id, warehouse_id, product_id, quantity
       ), r AS (
         INSERT INTO stock_reservations (workspace_id, reference, warehouse_id, product_id, quantity)
         SELECT s.workspace_id, $4, s.warehouse_id, s.product_id, s.quantity FROM s
         ON CONFLICT (workspace_id, reference, warehouse_id, product_id) DO UPDATE SET quantity = stock_reservations.quantity + EXCLUDED.quantity
       ), a AS (
         UPDATE product_availability pa SET reserved = pa.reserved + s.quantity, updated_at = now()
           FROM s WHERE pa.product_id = s.product_id
         RETURNING pa.workspace_id, pa.product_id, pa.on_hand, pa.reserved, pa.available
       )
       SELECT (SELECT array_agg(product_id) FROM pick) AS picked,
              (SELECT coalesce(json_agg(m ORDER BY m.product_id), '[]') FROM m) AS moved,
              (SELECT coalesce(json_agg(a), '[]') FROM a) AS availability`,
      [
        wanted.map((l) => l.productId), wanted.map((l) => l.quantity), wanted.map((l) => l.warehouseId ?? null),
        reference, this.actorMemberId(), lines.length,
      ],
      { genericPlan: true },
    );
    const picked = new Set(result.picked ?? []);
    if (picked.size < lines.length) throw new OutOfStockError(await this.shortages(em, lines.filter((l) => !picked.has(l.productId))));
    // Under the products' locks every picked level still has the units: anything else is a bug.
    if (result.moved.length !== lines.length || result.availability.length !== lines.length) {
      throw new Error(`the reservation of ${reference} did not apply to every line`);
    }
    const applied: AppliedMovement[] = result.moved.map((m) => ({
      kind: StockMovementKind.RESERVE, warehouseId: m.warehouse_id, productId: m.product_id, quantity: m.quantity, dOn: 0, dRes: m.quantity,
      reason: null, reference, movementId: m.id,
    }));
    await this.publishCrossings(em, locked, netByProduct(applied), result.availability);
    return applied.map((m) => ({ warehouseId: m.warehouseId, productId: m.productId, quantity: m.quantity }));
  }

  /** reserveIn for lines that take one product from several warehouses: one conditional statement per line. */
  private async reservePerLine(em: EntityManager, reference: string, lines: StockLine[]): Promise<MovedLine[]> {
    await this.lockReference(em, reference);
    const locked = await this.products.lockAvailabilityIn(em, lines.map((l) => l.productId));
    const savepoint = `stock_reserve_${++this.savepoints}`;
    await em.query(`SAVEPOINT ${savepoint}`);
    try {
      const applied: AppliedMovement[] = [];
      const short: StockLine[] = [];
      for (const line of lines) {
        const moved = locked.has(line.productId) ? await this.reserveLine(em, reference, line) : null;
        if (moved) applied.push(moved);
        else short.push(line);
      }
      if (short.length) {
        await em.query(`ROLLBACK TO SAVEPOINT ${savepoint}`);
        throw new OutOfStockError(await this.shortages(em, short));
      }
      await em.query(`RELEASE SAVEPOINT ${savepoint}`);
      await this.settle(em, locked, applied);
      return applied.map((m) => ({ warehouseId: m.warehouseId, productId: m.productId, quantity: m.quantity }));
    } catch (e) {
      if (!(e instanceof OutOfStockError)) await em.query(`ROLLBACK TO SAVEPOINT ${savepoint}`).catch(() => undefined);
      throw e;
    }
  }

  /** Cancellation or expiry: releases everything still reserved for the reference (nothing, when already released or issued). */
  releaseIn(em: EntityManager, reference: string, reason?: string | null): Promise<MovedLine[]> {
    return this.consumeReservations(em, assertReference(reference), StockMovementKind.RELEASE, clean(reason));
  }

  /** The warehouse issue (حواله انبار): the reserved goods leave, on hand and reserved both drop. */
  issueIn(em: EntityManager, reference: string, reason?: string | null): Promise<MovedLine[]> {
    return this.consumeReservations(em, assertReference(reference), StockMovementKind.ISSUE, clean(reason));
  }

  /**
   * Goods issued for `reference` come back: each line into its warehouse if given, else the one it was issued from.
   * At most what was issued for the reference and not yet returned.
   */
  async returnIn(em: EntityManager, input: { reference: string; lines: StockLine[]; reason?: string | null }): Promise<MovedLine[]> {
    const reference = assertReference(input.reference);
    const lines = mergeLines(input.lines, 'input.lines');
    if (!lines.length) return [];
    await this.lockReference(em, reference);
    const explicit = lines.flatMap((l, i) => (l.warehouseId ? [{ id: l.warehouseId, field: `input.lines.${i}.warehouseId` }] : []));
    if (explicit.length) await this.lockWarehouses(em, explicit);
    const locked = await this.lockProductsCreating(em, lines.map((l, i) => ({ id: l.productId, field: `input.lines.${i}.productId` })));
    const issued: Array<{ product_id: string; warehouse_id: string; issued: number; returned: number; active: boolean }> = await em.query(
      `SELECT m.product_id, m.warehouse_id, w.active,
              sum(m.quantity) FILTER (WHERE m.kind = 'ISSUE')::int AS issued, coalesce(sum(m.quantity) FILTER (WHERE m.kind = 'RETURN'), 0)::int AS returned
         FROM stock_movements m JOIN warehouses w ON w.id = m.warehouse_id
        WHERE m.reference = $1 AND m.product_id = ANY($2::uuid[]) AND m.kind IN ('ISSUE', 'RETURN')
        GROUP BY m.product_id, m.warehouse_id, w.active`,
      [reference, lines.map((l) => l.productId)],
    );
    const returnable = new Map<string, number>();
    for (const r of issued) returnable.set(r.product_id, (returnable.get(r.product_id) ?? 0) + (r.issued ?? 0) - r.returned);
    const errors: FieldError[] = [];
    const movements: Movement[] = [];
    lines.forEach((line, i) => {
      const left = returnable.get(line.productId) ?? 0;
      const product = locked.get(line.productId)!;
      if (line.quantity > left) {
        errors.push({ field: `input.lines.${i}.quantity`, message: `only ${left} of ${product.name} (${product.sku}) were issued for ${reference} and not yet returned` });
        return;
      }
      returnable.set(line.productId, left - line.quantity);
      const from = issued.filter((r) => r.product_id === line.productId && r.active).sort((a, b) => (b.issued ?? 0) - (a.issued ?? 0))[0];
      const warehouseId = line.warehouseId ?? from?.warehouse_id;
      if (!warehouseId) {
        errors.push({ field: `input.lines.${i}.warehouseId`, message: 'the warehouse it was issued from is inactive: name the warehouse to return it to' });
        return;
      }
      movements.push({ kind: StockMovementKind.RETURN, warehouseId, productId: line.productId, quantity: line.quantity, dOn: line.quantity, dRes: 0, reason: clean(input.reason), reference });
    });
    if (errors.length) throw new BadInputError(errors);
    const applied: AppliedMovement[] = [];
    for (const m of movements) applied.push((await this.apply(em, m)).movement);
    await this.settle(em, locked, applied);
    return applied.map((m) => ({ warehouseId: m.warehouseId, productId: m.productId, quantity: m.quantity }));
  }

  /** Open reservations of a reference (what releaseIn or issueIn would move now). */
  async reservationsIn(em: EntityManager, reference: string): Promise<MovedLine[]> {
    const rows: Array<{ warehouse_id: string; product_id: string; quantity: number }> = await em.query(
      `SELECT warehouse_id, product_id, quantity FROM stock_reservations WHERE reference = $1 ORDER BY product_id, warehouse_id`,
      [reference],
    );
    return rows.map((r) => ({ warehouseId: r.warehouse_id, productId: r.product_id, quantity: r.quantity }));
  }

  private async reserveLine(em: EntityManager, reference: string, line: StockLine): Promise<AppliedMovement | null> {
    const [row]: Array<{ warehouse_id: string; movement_id: string }> = await em.query(
      `WITH pick AS (
         SELECT sl.warehouse_id FROM stock_levels sl JOIN warehouses w ON w.id = sl.warehouse_id
          WHERE sl.product_id = $1 AND w.active AND sl.on_hand - sl.reserved >= $2 AND ($3::uuid IS NULL OR sl.warehouse_id = $3::uuid)
          ORDER BY w.is_default DESC, w.created_at, w.id
          LIMIT 1
       ), s AS (
         UPDATE stock_levels sl SET reserved = sl.reserved + $2, updated_at = now() FROM pick
          WHERE sl.warehouse_id = pick.warehouse_id AND sl.product_id = $1 AND sl.on_hand - sl.reserved >= $2
         RETURNING sl.workspace_id, sl.warehouse_id, sl.product_id
       ), m AS (
         INSERT INTO stock_movements (${LEDGER_COLUMNS})
         SELECT s.workspace_id, s.warehouse_id, s.product_id, 'RESERVE', $2, 0, $2, NULL, $4, $5 FROM s RETURNING id
       ), r AS (
         INSERT INTO stock_reservations (workspace_id, reference, warehouse_id, product_id, quantity)
         SELECT s.workspace_id, $4, s.warehouse_id, s.product_id, $2 FROM s
         ON CONFLICT (workspace_id, reference, warehouse_id, product_id) DO UPDATE SET quantity = stock_reservations.quantity + EXCLUDED.quantity
       )
       SELECT s.warehouse_id, (SELECT id FROM m) AS movement_id FROM s`,
      [line.productId, line.quantity, line.warehouseId ?? null, reference, this.actorMemberId()],
    );
    if (!row) return null;
    return {
      kind: StockMovementKind.RESERVE, warehouseId: row.warehouse_id, productId: line.productId, quantity: line.quantity, dOn: 0, dRes: line.quantity,
      reason: null, reference, movementId: row.movement_id,
    };
  }

  private async consumeReservations(em: EntityManager, reference: string, kind: StockMovementKind.RELEASE | StockMovementKind.ISSUE, reason: string | null): Promise<MovedLine[]> {
    await this.lockReference(em, reference);
    const open: Array<{ product_id: string }> = await em.query(`SELECT DISTINCT product_id FROM stock_reservations WHERE reference = $1`, [reference]);
    if (!open.length) return [];
    const locked = await this.products.lockAvailabilityIn(em, open.map((r) => r.product_id));
    const issue = kind === StockMovementKind.ISSUE ? 1 : 0;
    const [result]: Array<{ reservations: number; moved: Array<{ id: string; warehouse_id: string; product_id: string; quantity: number }> | null }> = await em.query(
      `WITH r AS (
         DELETE FROM stock_reservations WHERE reference = $1 RETURNING workspace_id, warehouse_id, product_id, quantity
       ), s AS (
         UPDATE stock_levels sl SET on_hand = sl.on_hand - $3 * r.quantity, reserved = sl.reserved - r.quantity, updated_at = now() FROM r
          WHERE sl.warehouse_id = r.warehouse_id AND sl.product_id = r.product_id AND sl.reserved >= r.quantity AND sl.on_hand - $3 * r.quantity >= sl.reserved - r.quantity
         RETURNING sl.workspace_id, sl.warehouse_id, sl.product_id, r.quantity
       ), m AS (
         INSERT INTO stock_movements (${LEDGER_COLUMNS})
         SELECT s.workspace_id, s.warehouse_id, s.product_id, $2, s.quantity, -$3 * s.quantity, -s.quantity, $4, $1, $5 FROM s
         RETURNING id, warehouse_id, product_id, quantity
       )
       SELECT (SELECT count(*) FROM r)::int AS reservations, (SELECT json_agg(m ORDER BY m.product_id, m.warehouse_id) FROM m) AS moved`,
      [reference, kind, issue, reason, this.actorMemberId()],
    );
    const moved = result.moved ?? [];
    // Reservations are only ever taken against stock, and on hand never drops below reserved: a mismatch is a bug.
    if (moved.length !== result.reservations) throw new Error(`stock reservations of ${reference} do not match the stock levels`);
    const applied: AppliedMovement[] = moved.map((m) => ({
      kind, warehouseId: m.warehouse_id, productId: m.product_id, quantity: m.quantity, dOn: -issue * m.quantity, dRes: -m.quantity, reason, reference, movementId: m.id,
    }));
    await this.settle(em, locked, applied);
    return applied.map((m) => ({ warehouseId: m.warehouseId, productId: m.productId, quantity: m.quantity }));
  }

  private async apply(em: EntityManager, movement: Movement): Promise<{ level: StockLevel; movement: AppliedMovement }> {
    const applied = await this.tryApply(em, movement);
    if (!applied) throw new Error(`stock movement ${movement.kind} could not be applied`);
    return applied;
  }

  /**
   * One statement: the level changes only if the result keeps on_hand ≥ 0 and 0 ≤ reserved ≤ on_hand, and the ledger row
   * is written from what changed. Pure additions to on hand create the level when missing. Null when the condition fails.
   */
  private async tryApply(em: EntityManager, m: Movement): Promise<{ level: StockLevel; movement: AppliedMovement } | null> {
    const ledger = `m AS (
         INSERT INTO stock_movements (${LEDGER_COLUMNS})
         SELECT s.workspace_id, s.warehouse_id, s.product_id, $5, $6, $3, $4, $7, $8, $9 FROM s RETURNING id
       )
       SELECT ${LEVEL_COLUMNS}, (SELECT id FROM m) AS movement_id FROM s`;
    const params = [m.warehouseId, m.productId, m.dOn, m.dRes, m.kind, m.quantity, m.reason, m.reference, this.actorMemberId()];
    const rows: LevelRow[] =
      m.dOn > 0 && m.dRes === 0
        ? await em.query(
            `WITH s AS (
               INSERT INTO stock_levels AS sl (workspace_id, warehouse_id, product_id, on_hand) VALUES (app_current_workspace(), $1, $2, $3::int)
               ON CONFLICT (warehouse_id, product_id) DO UPDATE SET on_hand = sl.on_hand + EXCLUDED.on_hand, updated_at = now()
               RETURNING sl.*
             ), ${ledger}`,
            params,
          )
        : await em.query(
            `WITH s AS (
               UPDATE stock_levels SET on_hand = on_hand + $3::int, reserved = reserved + $4::int, updated_at = now()
                WHERE warehouse_id = $1 AND product_id = $2
                  AND on_hand + $3::int >= 0 AND reserved + $4::int >= 0 AND on_hand + $3::int >= reserved + $4::int
               RETURNING *
             ), ${ledger}`,
            params,
          );
    const [row] = rows;
    if (!row) return null;
    return { level: toStockLevel(row), movement: { ...m, movementId: row.movement_id! } };
  }

  /**
   * Applies the operation's net change per product to product_availability and publishes the crossings: available
   * reaching 0 (unavailable), leaving 0 (available), dropping to or below the product's low-stock threshold.
   */
  private async settle(em: EntityManager, locked: ReadonlyMap<string, ProductRef>, applied: AppliedMovement[]): Promise<void> {
    const net = netByProduct(applied);
    const changed = [...net.entries()].filter(([, n]) => n.dOn !== 0 || n.dRes !== 0).sort(([a], [b]) => (a < b ? -1 : 1));
    if (!changed.length) return;
    const rows: AvailabilityRow[] = await em.query(
      `WITH u AS (
         UPDATE product_availability pa SET on_hand = pa.on_hand + d.d_on, reserved = pa.reserved + d.d_res, updated_at = now()
           FROM unnest($1::uuid[], $2::int[], $3::int[]) AS d(product_id, d_on, d_res)
          WHERE pa.product_id = d.product_id
         RETURNING pa.workspace_id, pa.product_id, pa.on_hand, pa.reserved, pa.available
       )
       SELECT * FROM u`,
      [changed.map(([id]) => id), changed.map(([, n]) => n.dOn), changed.map(([, n]) => n.dRes)],
    );
    if (rows.length !== changed.length) throw new Error('product availability rows are missing for stocked products');
    await this.publishCrossings(em, locked, net, rows);
  }

  /** Publishes the crossings of the products' new availability rows (`net`: what the operation changed per product). */
  private async publishCrossings(em: EntityManager, locked: ReadonlyMap<string, ProductRef>, net: Map<string, NetChange>, rows: AvailabilityRow[]): Promise<void> {
    const missing = rows.filter((r) => !locked.has(r.product_id)).map((r) => r.product_id);
    const refs = missing.length ? new Map([...locked, ...(await this.products.findIn(em, missing))]) : locked;
    for (const row of rows) {
      const n = net.get(row.product_id)!;
      const before = row.available - (n.dOn - n.dRes);
      const after = row.available;
      const base = { workspaceId: row.workspace_id, productId: row.product_id, available: after, reference: n.first.reference };
      if (before > 0 && after <= 0) {
        await this.events.publish<ProductAvailabilityChangedEvent>(InventoryEvents.ProductUnavailable, { ...base, onHand: row.on_hand, reserved: row.reserved, cause: n.first.kind });
      } else if (before <= 0 && after > 0) {
        await this.events.publish<ProductAvailabilityChangedEvent>(InventoryEvents.ProductAvailable, { ...base, onHand: row.on_hand, reserved: row.reserved, cause: n.first.kind });
      }
      const product = refs.get(row.product_id);
      const threshold = product?.lowStockThreshold;
      if (product && threshold != null && before > threshold && after <= threshold) {
        await this.events.publish<LowStockEvent>(InventoryEvents.LowStock, {
          ...base, sku: product.sku, name: product.name, threshold, movementId: n.first.movementId,
        });
      }
    }
  }

  /** The short products of a failed reservation, with what is available where the line could have been taken from. */
  private async shortages(em: EntityManager, lines: StockLine[]): Promise<ShortProduct[]> {
    const refs = await this.products.findIn(em, lines.map((l) => l.productId));
    const rows: Array<{ product_id: string; warehouse_id: string; available: number }> = await em.query(
      `SELECT sl.product_id, sl.warehouse_id, sl.on_hand - sl.reserved AS available FROM stock_levels sl JOIN warehouses w ON w.id = sl.warehouse_id
        WHERE sl.product_id = ANY($1::uuid[]) AND w.active`,
      [lines.map((l) => l.productId)],
    );
    return lines.map((line) => {
      const candidates = rows.filter((r) => r.product_id === line.productId && (!line.warehouseId || r.warehouse_id === line.warehouseId));
      const ref = refs.get(line.productId);
      return {
        productId: line.productId, sku: ref?.sku ?? null, name: ref?.name ?? null, requested: line.quantity,
        // A line is taken from one warehouse: the most it could get is the best single warehouse.
        available: Math.max(0, ...candidates.map((c) => c.available)),
      };
    });
  }

  async levelsIn(em: EntityManager, warehouseId: string, productIds: string[]): Promise<StockLevel[]> {
    const rows: Array<Omit<LevelRow, 'movement_id'>> = await em.query(
      `SELECT s.id, s.warehouse_id, s.product_id, s.on_hand, s.reserved, s.created_at, s.updated_at FROM stock_levels s
        WHERE s.warehouse_id = $1 AND s.product_id = ANY($2::uuid[])`,
      [warehouseId, productIds],
    );
    return rows.map(toStockLevel);
  }

  /**
   * Serialises the operations on one document's reservations (reserve, release, issue, return of `proforma:<id>`).
   * Taken before any product lock: without it, a release and an issue of the same reference that found different
   * product sets each held one product and waited for the other's reservation rows — a deadlock under load.
   */
  private async lockReference(em: EntityManager, reference: string): Promise<void> {
    await em.query(`SELECT pg_advisory_xact_lock(${REFERENCE_LOCK_KEY})`, [reference]);
  }

  /**
   * lockReference, then the availability rows of the products that still have the units in all (one line per
   * product), in product id order (ProductRefs.lockAvailabilityIn), in one statement: the materialised lock is the
   * outer side of the lateral join, so it is taken before any row lock. A product without the units is neither locked
   * nor waited for — PostgreSQL checks the condition before locking and again on the row it waited for — so in a rush
   * for the last units the orders that come too late are answered OUT_OF_STOCK at once instead of queueing on the
   * product's lock. Returns the references of the locked products (`known` ones as given, the others looked up); the
   * others are the caller's short lines. A product stocked for the first time while this statement waited for the
   * reference lock is not seen (its row is newer than the statement's snapshot): that line is reported short, never
   * oversold.
   */
  private async lockReferenceAndProducts(
    em: EntityManager, reference: string, lines: StockLine[], known?: ReadonlyMap<string, ProductRef>,
  ): Promise<Map<string, ProductRef>> {
    const rows = await preparedQuery<{ id: string }>(
      em,
      `WITH ref AS MATERIALIZED (SELECT 1 AS held FROM pg_advisory_xact_lock(${REFERENCE_LOCK_KEY}))
       SELECT pa.product_id AS id FROM ref CROSS JOIN LATERAL (
         SELECT p.product_id FROM product_availability p JOIN unnest($2::uuid[], $3::int[]) AS l(product_id, quantity) USING (product_id)
          WHERE ref.held = 1 AND p.available >= l.quantity
          ORDER BY p.product_id FOR UPDATE OF p
       ) pa`,
      [reference, lines.map((l) => l.productId), lines.map((l) => l.quantity)],
      { genericPlan: true },
    );
    const ids = rows.map((r) => r.id);
    const unknown = ids.filter((id) => !known?.has(id));
    const found = unknown.length ? await this.products.findIn(em, unknown) : new Map<string, ProductRef>();
    return new Map(ids.flatMap((id) => {
      const ref = known?.get(id) ?? found.get(id);
      return ref ? [[id, ref] as const] : [];
    }));
  }

  /**
   * Checks the warehouses belong to the workspace and are active, and holds a share lock on them for the transaction
   * (deactivating a warehouse, which requires it to be empty, waits for stock coming in).
   */
  private async lockWarehouses(em: EntityManager, wanted: Array<{ id: string; field: string }>): Promise<void> {
    const ids = [...new Set(wanted.map((w) => w.id))];
    const rows: Array<{ id: string; active: boolean }> = await em.query(
      `SELECT id, active FROM warehouses WHERE id = ANY($1::uuid[]) ORDER BY id FOR SHARE`,
      [ids],
    );
    const found = new Map(rows.map((r) => [r.id, r.active]));
    const errors: FieldError[] = [];
    for (const w of wanted) {
      if (!found.has(w.id)) errors.push({ field: w.field, message: 'is not a warehouse of this workspace' });
      else if (!found.get(w.id)) errors.push({ field: w.field, message: 'is an inactive warehouse' });
    }
    if (errors.length) throw new BadInputError(errors);
  }

  /** For operations that may bring a product into stock: checks the products, creates their availability rows and locks them. */
  private async lockProductsCreating(em: EntityManager, wanted: Array<{ id: string; field: string }>): Promise<Map<string, ProductRef>> {
    const refs = await this.products.findIn(em, wanted.map((w) => w.id));
    const errors = wanted.filter((w) => !refs.has(w.id)).map((w) => ({ field: w.field, message: 'is not a product of this workspace' }));
    if (errors.length) throw new BadInputError(errors);
    const ids = [...refs.keys()].sort();
    await em.query(
      `INSERT INTO product_availability (workspace_id, product_id)
       SELECT app_current_workspace(), id FROM unnest($1::uuid[]) AS id ORDER BY id
       ON CONFLICT (product_id) DO NOTHING`,
      [ids],
    );
    const locked = await this.products.lockAvailabilityIn(em, ids);
    if (locked.size !== ids.length) throw new Error('product availability rows could not be locked');
    return locked;
  }

  private actorMemberId(): string | null {
    const p = this.context.principal();
    return p?.kind === 'staff' ? p.memberId : null;
  }
}

function assertQuantity(quantity: number, field: string): void {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) throw BadInputError.field(field, `must be a whole number from 1 to ${MAX_QUANTITY}`);
}

function assertReference(reference: string): string {
  const value = reference?.trim();
  if (!value || value.length > 200) throw BadInputError.field('reference', 'is required (at most 200 characters), e.g. proforma:<id>');
  return value;
}

/** Validates lines and merges repeats of the same product and warehouse, in product id order. */
function mergeLines(lines: StockLine[], path: string): StockLine[] {
  const errors: FieldError[] = [];
  const merged = new Map<string, StockLine>();
  lines.forEach((line, i) => {
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > MAX_QUANTITY) {
      errors.push({ field: `${path}.${i}.quantity`, message: `must be a whole number from 1 to ${MAX_QUANTITY}` });
      return;
    }
    const key = `${line.productId}|${line.warehouseId ?? ''}`;
    const seen = merged.get(key);
    merged.set(key, { productId: line.productId, warehouseId: line.warehouseId ?? null, quantity: (seen?.quantity ?? 0) + line.quantity });
  });
  if (errors.length) throw new BadInputError(errors);
  return [...merged.values()].sort((a, b) => (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0));
}
