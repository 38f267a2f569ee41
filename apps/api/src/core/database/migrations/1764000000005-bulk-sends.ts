import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql';

/** One message to every contact matching a filter, queued page by page by a job that resumes where it stopped. */
export class BulkSends1764000000005 implements MigrationInterface {
  name = 'BulkSends1764000000005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE bulk_sends (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
        purpose text NOT NULL CHECK (purpose IN ('TRANSACTIONAL', 'MARKETING')),
        template_id uuid REFERENCES message_templates(id) ON DELETE SET NULL,
        template_key text,
        language text CHECK (language IN ('fa', 'en')),
        subject text,
        body text,
        params jsonb NOT NULL DEFAULT '{}'::jsonb,
        filter jsonb NOT NULL DEFAULT '{}'::jsonb,
        search text,
        status text NOT NULL DEFAULT 'RUNNING' CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
        queued int NOT NULL DEFAULT 0,
        skipped int NOT NULL DEFAULT 0,
        cursor uuid,
        error text,
        idempotency_key text CHECK (length(idempotency_key) BETWEEN 1 AND 200),
        created_by_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        finished_at timestamptz(3)
      )`);
    await q.query(`CREATE UNIQUE INDEX bulk_sends_idempotency_key ON bulk_sends (workspace_id, idempotency_key)`);
    await q.query(`CREATE INDEX bulk_sends_created_idx ON bulk_sends (workspace_id, created_at DESC)`);
    for (const s of tenantTableSql('bulk_sends', { audit: false })) await q.query(s);
    await q.query(`ALTER TABLE messages ADD COLUMN bulk_send_id uuid REFERENCES bulk_sends(id) ON DELETE SET NULL`);
    await q.query(`CREATE INDEX messages_bulk_send_idx ON messages (workspace_id, bulk_send_id, created_at DESC) WHERE bulk_send_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE messages DROP COLUMN IF EXISTS bulk_send_id`);
    await q.query(`DROP TABLE IF EXISTS bulk_sends`);
  }
}
