import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql';

/**
 * Returns and refunds storefront plugins report (`recordReturn`, owned by modules/club/store).
 * - club_plugin_returns: one row per (plugin purchase, the shop's return id) — the idempotency key of a report — with
 *   the Rial refunded, the returned lines (matched to the purchase's items) and what the club took back for it.
 * - club_plugin_purchases.returned_amount: the Rial returned so far, never more than the purchase's amount.
 */
export class ClubPluginReturns1764000000022 implements MigrationInterface {
  name = 'ClubPluginReturns1764000000022';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE club_plugin_purchases ADD COLUMN returned_amount bigint NOT NULL DEFAULT 0`);
    await q.query(`ALTER TABLE club_plugin_purchases ADD CONSTRAINT club_plugin_purchases_returned CHECK (returned_amount >= 0 AND returned_amount <= amount)`);
    await q.query(`
      CREATE TABLE club_plugin_returns (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        purchase_id uuid NOT NULL REFERENCES club_plugin_purchases(id) ON DELETE CASCADE,
        external_return_id text NOT NULL CHECK (length(external_return_id) BETWEEN 1 AND 120),
        amount bigint NOT NULL CHECK (amount >= 0),
        items jsonb NOT NULL DEFAULT '[]',
        occurred_at timestamptz(3) NOT NULL,
        points_reversed int NOT NULL DEFAULT 0 CHECK (points_reversed >= 0),
        stamps_reversed int NOT NULL DEFAULT 0 CHECK (stamps_reversed >= 0),
        api_key_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT club_plugin_returns_return UNIQUE (workspace_id, purchase_id, external_return_id)
      )`);
    for (const s of tenantTableSql('club_plugin_returns')) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE club_plugin_returns`);
    await q.query(`ALTER TABLE club_plugin_purchases DROP COLUMN returned_amount`);
  }
}
