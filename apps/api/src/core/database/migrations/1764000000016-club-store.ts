import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql';

/**
 * Club store and storefront plugin API (owned by modules/club/store).
 * - club_orders: what the customer gave at checkout besides the lines (delivery address and phone, note); the order
 *   itself is the pro-forma (source CLUB) of the sales module.
 * - club_plugin_purchases: purchases reported by external shops, one per (source, external order id) — the unique key
 *   that makes recordPurchase idempotent.
 */
export class ClubStore1764000000016 implements MigrationInterface {
  name = 'ClubStore1764000000016';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE club_orders (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        proforma_id uuid NOT NULL REFERENCES proformas(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        delivery_name text CHECK (length(delivery_name) BETWEEN 1 AND 200),
        delivery_phone text CHECK (length(delivery_phone) BETWEEN 4 AND 20),
        delivery_address text CHECK (length(delivery_address) BETWEEN 1 AND 1000),
        postal_code text CHECK (length(postal_code) BETWEEN 1 AND 20),
        note text CHECK (length(note) BETWEEN 1 AND 2000),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, proforma_id)
      )`);
    await q.query(`CREATE INDEX club_orders_contact_idx ON club_orders (workspace_id, contact_id, created_at DESC)`);
    for (const s of tenantTableSql('club_orders')) await q.query(s);

    await q.query(`
      CREATE TABLE club_plugin_purchases (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        source text NOT NULL CHECK (length(source) BETWEEN 1 AND 60),
        external_order_id text NOT NULL CHECK (length(external_order_id) BETWEEN 1 AND 120),
        contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        amount bigint NOT NULL CHECK (amount >= 0),
        items jsonb NOT NULL DEFAULT '[]',
        occurred_at timestamptz(3) NOT NULL,
        points_earned int NOT NULL DEFAULT 0,
        api_key_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT club_plugin_purchases_order UNIQUE (workspace_id, source, external_order_id)
      )`);
    await q.query(`CREATE INDEX club_plugin_purchases_contact_idx ON club_plugin_purchases (workspace_id, contact_id, occurred_at DESC)`);
    for (const s of tenantTableSql('club_plugin_purchases')) await q.query(s);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
