import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every reservation updates its products' product_availability rows, and none of those updates was HOT: the in-stock
 * index's predicate (`available > 0`) names a column every reservation changes, so each update wrote a new row
 * version elsewhere and an entry in both indexes (bench/sales: 0 of 6,530 updates HOT). The predicate is now a stored
 * flag that changes only when a product runs out or comes back, and both hot tables leave room on their pages for
 * the new versions (owned by modules/inventory).
 */
export class AvailabilityHotUpdates1764000000023 implements MigrationInterface {
  name = 'AvailabilityHotUpdates1764000000023';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE product_availability SET (fillfactor = 90)`);
    await q.query(`ALTER TABLE stock_levels SET (fillfactor = 90)`);
    // Rewrites the table (with the new fillfactor).
    await q.query(`ALTER TABLE product_availability ADD COLUMN in_stock boolean GENERATED ALWAYS AS (on_hand - reserved > 0) STORED`);
    await q.query(`CREATE INDEX product_availability_in_stock_idx ON product_availability (workspace_id, product_id) WHERE in_stock`);
    await q.query(`DROP INDEX product_availability_in_stock`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX product_availability_in_stock ON product_availability (workspace_id, product_id) WHERE available > 0`);
    await q.query(`DROP INDEX product_availability_in_stock_idx`);
    await q.query(`ALTER TABLE product_availability DROP COLUMN in_stock`);
    await q.query(`ALTER TABLE stock_levels RESET (fillfactor)`);
    await q.query(`ALTER TABLE product_availability RESET (fillfactor)`);
  }
}
