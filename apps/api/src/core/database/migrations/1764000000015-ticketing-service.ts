import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql';

/**
 * Ticketing service (issue 7, second part): attachments (files live on disk under ATTACHMENTS_DIR; the row holds the
 * sniffed type, size, hash and a server-chosen storage key — never the uploaded name as a path), canned replies
 * (macros), per-workspace ticket settings (auto-close days, inbound SMS keywords), the CSAT cycle (asked at resolve,
 * answered once per resolution) and the SLA pause while waiting on the customer (paused_at + total paused minutes).
 */
export class TicketingService1764000000015 implements MigrationInterface {
  name = 'TicketingService1764000000015';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE tickets
        ADD COLUMN csat_requested_at timestamptz(3),
        ADD COLUMN csat_rated_at timestamptz(3),
        ADD COLUMN resolution_warned_at timestamptz(3),
        -- Set while WAITING_ON_CUSTOMER: the resolution clock is stopped from then.
        ADD COLUMN sla_paused_at timestamptz(3),
        -- Business minutes the resolution clock stood still in total (resolution_due_at already moved by them).
        ADD COLUMN sla_paused_minutes int NOT NULL DEFAULT 0 CHECK (sla_paused_minutes >= 0),
        ADD CONSTRAINT tickets_csat_rated_check CHECK ((csat_rated_at IS NULL) = (csat_score IS NULL)),
        ADD CONSTRAINT tickets_sla_paused_check CHECK (sla_paused_at IS NULL OR status = 'WAITING_ON_CUSTOMER')`);
    // ticketMetrics reads the tickets created in a period.
    await q.query(`CREATE INDEX tickets_metrics_idx ON tickets (workspace_id, created_at, category_id)`);

    await q.query(`ALTER TABLE ticket_events DROP CONSTRAINT ticket_events_kind_check`);
    await q.query(`
      ALTER TABLE ticket_events ADD CONSTRAINT ticket_events_kind_check
        CHECK (kind IN ('CREATED', 'ASSIGNED', 'STATUS_CHANGED', 'REOPENED', 'SLA_WARNED', 'SLA_BREACHED', 'SLA_PAUSED', 'SLA_RESUMED', 'CSAT_RATED'))`);

    await q.query(`
      CREATE TABLE ticket_attachments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        -- Null until a ticket or message takes it (an upload is attached at most once).
        ticket_id uuid,
        message_id uuid,
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
        content_type text NOT NULL CHECK (length(content_type) BETWEEN 3 AND 200),
        size_bytes int NOT NULL CHECK (size_bytes > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        storage_key text NOT NULL CHECK (storage_key ~ '^[0-9a-f-]{36}/[0-9a-f-]{36}$'),
        uploaded_by_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        uploaded_by_contact_id uuid REFERENCES contacts(id),
        -- An upload through an API key (storefront plugins); only the same key may attach it.
        uploaded_by_api_key_id uuid,
        source text NOT NULL CHECK (source IN ('STAFF', 'MEMBER', 'EMAIL')),
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (workspace_id, id),
        UNIQUE (storage_key),
        FOREIGN KEY (workspace_id, ticket_id) REFERENCES tickets (workspace_id, id) ON DELETE CASCADE,
        CHECK (message_id IS NULL OR ticket_id IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX ticket_attachments_ticket_idx ON ticket_attachments (workspace_id, ticket_id, created_at) WHERE ticket_id IS NOT NULL`);
    await q.query(`CREATE INDEX ticket_attachments_message_idx ON ticket_attachments (workspace_id, message_id) WHERE message_id IS NOT NULL`);
    for (const s of tenantTableSql('ticket_attachments')) await q.query(s);

    await q.query(`
      CREATE TABLE ticket_macros (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (workspace_id, id),
        UNIQUE (workspace_id, name)
      )`);
    for (const s of tenantTableSql('ticket_macros')) await q.query(s);

    await q.query(`
      CREATE TABLE ticket_settings (
        workspace_id uuid PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
        -- 0: never close automatically.
        auto_close_days int NOT NULL DEFAULT 7 CHECK (auto_close_days BETWEEN 0 AND 365),
        sms_keywords text[] NOT NULL DEFAULT '{پشتیبانی,support,تیکت,ticket}' CHECK (cardinality(sms_keywords) BETWEEN 0 AND 20),
        csat_enabled boolean NOT NULL DEFAULT true,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    for (const s of tenantTableSql('ticket_settings')) await q.query(s);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
