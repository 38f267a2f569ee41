import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql';

/** The messaging outbox: one row per outgoing (later also incoming) message, and its delivery history. */
export class Messaging1764000000003 implements MigrationInterface {
  name = 'Messaging1764000000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        contact_id uuid REFERENCES contacts(id) ON DELETE SET NULL,
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
        direction text NOT NULL DEFAULT 'OUT' CHECK (direction IN ('IN', 'OUT')),
        purpose text NOT NULL CHECK (purpose IN ('TRANSACTIONAL', 'MARKETING')),
        template_id uuid,
        template_key text,
        recipient text NOT NULL CHECK (length(recipient) BETWEEN 1 AND 320),
        subject text,
        body_text text NOT NULL,
        body_html text,
        status text NOT NULL CHECK (status IN ('QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'FAILED', 'BOUNCED', 'SUPPRESSED', 'NOT_SENT', 'RECEIVED')),
        status_reason text,
        provider_message_id text,
        attempts int NOT NULL DEFAULT 0,
        last_error text,
        idempotency_key text CHECK (length(idempotency_key) BETWEEN 1 AND 200),
        created_by_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        sent_at timestamptz(3),
        delivered_at timestamptz(3)
      )`);
    await q.query(`CREATE UNIQUE INDEX messages_idempotency_key ON messages (workspace_id, idempotency_key)`);
    await q.query(`CREATE INDEX messages_created_idx ON messages (workspace_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX messages_status_idx ON messages (workspace_id, status, created_at DESC)`);
    await q.query(`CREATE INDEX messages_contact_idx ON messages (workspace_id, contact_id, created_at DESC)`);
    await q.query(`CREATE INDEX messages_provider_idx ON messages (workspace_id, channel, provider_message_id) WHERE provider_message_id IS NOT NULL`);
    for (const s of tenantTableSql('messages', { audit: false })) await q.query(s);

    await q.query(`
      CREATE TABLE message_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        message_id uuid NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
        status text NOT NULL,
        detail text,
        occurred_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX message_events_message_idx ON message_events (workspace_id, message_id, occurred_at)`);
    for (const s of tenantTableSql('message_events', { audit: false })) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS message_events`);
    await q.query(`DROP TABLE IF EXISTS messages`);
  }
}
