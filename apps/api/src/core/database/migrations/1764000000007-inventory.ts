import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql';

const KINDS = ['RECEIPT', 'RESERVE', 'RELEASE', 'ISSUE', 'RETURN', 'ADJUSTMENT', 'TRANSFER_OUT', 'TRANSFER_IN'];

/**
 * Stock that never oversells (issue 5): warehouses, stock per warehouse and product, the movement ledger, open
 * reservations per reference and the per-product availability the storefront reads.
 *
 * Invariants live in the database as the last line of defence: on_hand ≥ 0, reserved ≥ 0, reserved ≤ on_hand (the
 * conditional UPDATEs of StockService are the first), and each ledger row's deltas must match its kind.
 *
 * Why `product_availability` is a table of its own, maintained in the same transaction as every stock change, rather
 * than a sum over stock_levels at read time or a column on `products`:
 * - storefront and catalog lists read one indexed row per product (no GROUP BY over warehouses per page);
 * - `products` belongs to the catalog module: inventory does not write other modules' tables;
 * - its row is the per-product lock every stock operation takes first (in product id order), which serialises the
 *   changes of one product across warehouses, so "available crossed 0" and low-stock crossings are decided exactly
 *   once, and operations touching several warehouses of a product cannot deadlock on stock_levels rows.
 */
export class Inventory1764000000007 implements MigrationInterface {
  name = 'Inventory1764000000007';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE warehouses (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        code text NOT NULL CHECK (length(code) BETWEEN 1 AND 40),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        address text,
        active boolean NOT NULL DEFAULT true,
        is_default boolean NOT NULL DEFAULT false,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT warehouses_default_is_active CHECK (NOT is_default OR active)
      )`);
    await q.query(`CREATE UNIQUE INDEX warehouses_code ON warehouses (workspace_id, lower(code))`);
    await q.query(`CREATE UNIQUE INDEX warehouses_one_default ON warehouses (workspace_id) WHERE is_default`);
    await q.query(`CREATE INDEX warehouses_created_idx ON warehouses (workspace_id, created_at DESC, id DESC)`);
    for (const s of tenantTableSql('warehouses')) await q.query(s);

    await q.query(`
      CREATE TABLE stock_levels (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        warehouse_id uuid NOT NULL REFERENCES warehouses(id),
        product_id uuid NOT NULL REFERENCES products(id),
        id uuid NOT NULL DEFAULT gen_random_uuid() UNIQUE,
        on_hand int NOT NULL DEFAULT 0 CONSTRAINT stock_levels_on_hand_not_negative CHECK (on_hand >= 0),
        reserved int NOT NULL DEFAULT 0 CONSTRAINT stock_levels_reserved_not_negative CHECK (reserved >= 0),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT stock_levels_reserved_within_on_hand CHECK (reserved <= on_hand),
        PRIMARY KEY (warehouse_id, product_id)
      )`);
    await q.query(`CREATE INDEX stock_levels_product_idx ON stock_levels (workspace_id, product_id)`);
    await q.query(`CREATE INDEX stock_levels_created_idx ON stock_levels (workspace_id, created_at DESC, id DESC)`);
    for (const s of tenantTableSql('stock_levels', { audit: false })) await q.query(s);

    await q.query(`
      CREATE TABLE product_availability (
        product_id uuid PRIMARY KEY REFERENCES products(id),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        on_hand int NOT NULL DEFAULT 0 CONSTRAINT product_availability_on_hand_not_negative CHECK (on_hand >= 0),
        reserved int NOT NULL DEFAULT 0 CONSTRAINT product_availability_reserved_not_negative CHECK (reserved >= 0),
        available int GENERATED ALWAYS AS (on_hand - reserved) STORED,
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT product_availability_reserved_within_on_hand CHECK (reserved <= on_hand)
      )`);
    await q.query(`CREATE INDEX product_availability_in_stock ON product_availability (workspace_id, product_id) WHERE available > 0`);
    for (const s of tenantTableSql('product_availability', { audit: false })) await q.query(s);

    await q.query(`
      CREATE TABLE stock_reservations (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        reference text NOT NULL CHECK (length(reference) BETWEEN 1 AND 200),
        warehouse_id uuid NOT NULL REFERENCES warehouses(id),
        product_id uuid NOT NULL REFERENCES products(id),
        quantity int NOT NULL CHECK (quantity > 0),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, reference, warehouse_id, product_id)
      )`);
    await q.query(`CREATE INDEX stock_reservations_level_idx ON stock_reservations (workspace_id, warehouse_id, product_id)`);
    for (const s of tenantTableSql('stock_reservations', { audit: false })) await q.query(s);

    const kinds = KINDS.map((k) => `'${k}'`).join(', ');
    await q.query(`
      CREATE TABLE stock_movements (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        warehouse_id uuid NOT NULL REFERENCES warehouses(id),
        product_id uuid NOT NULL REFERENCES products(id),
        kind text NOT NULL CHECK (kind IN (${kinds})),
        quantity int NOT NULL CHECK (quantity > 0),
        delta_on_hand int NOT NULL,
        delta_reserved int NOT NULL,
        reason text CHECK (length(reason) <= 500),
        reference text CHECK (length(reference) <= 200),
        actor_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT stock_movements_deltas_match_kind CHECK (
          (kind = 'RECEIPT' AND delta_on_hand = quantity AND delta_reserved = 0) OR
          (kind = 'RESERVE' AND delta_on_hand = 0 AND delta_reserved = quantity) OR
          (kind = 'RELEASE' AND delta_on_hand = 0 AND delta_reserved = -quantity) OR
          (kind = 'ISSUE' AND delta_on_hand = -quantity AND delta_reserved = -quantity) OR
          (kind = 'RETURN' AND delta_on_hand = quantity AND delta_reserved = 0) OR
          (kind = 'ADJUSTMENT' AND abs(delta_on_hand) = quantity AND delta_reserved = 0 AND reason IS NOT NULL) OR
          (kind = 'TRANSFER_OUT' AND delta_on_hand = -quantity AND delta_reserved = 0) OR
          (kind = 'TRANSFER_IN' AND delta_on_hand = quantity AND delta_reserved = 0))
      )`);
    await q.query(`CREATE INDEX stock_movements_created_idx ON stock_movements (workspace_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX stock_movements_product_idx ON stock_movements (workspace_id, product_id, created_at DESC)`);
    await q.query(`CREATE INDEX stock_movements_warehouse_idx ON stock_movements (workspace_id, warehouse_id, created_at DESC)`);
    await q.query(`CREATE INDEX stock_movements_reference_idx ON stock_movements (workspace_id, reference, product_id) WHERE reference IS NOT NULL`);
    for (const s of tenantTableSql('stock_movements', { audit: false })) await q.query(s);
    // The ledger is append-only: corrections are new ADJUSTMENT rows, never edits.
    await q.query(`
      CREATE FUNCTION stock_movements_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'stock_movements is append-only'; END $$`);
    await q.query(`CREATE TRIGGER stock_movements_append_only BEFORE UPDATE ON stock_movements FOR EACH ROW EXECUTE FUNCTION stock_movements_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS stock_movements`);
    await q.query(`DROP FUNCTION IF EXISTS stock_movements_append_only()`);
    await q.query(`DROP TABLE IF EXISTS stock_reservations`);
    await q.query(`DROP TABLE IF EXISTS product_availability`);
    await q.query(`DROP TABLE IF EXISTS stock_levels`);
    await q.query(`DROP TABLE IF EXISTS warehouses`);
  }
}
