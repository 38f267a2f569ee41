import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql';

/**
 * Ticketing (after-sales service): queues of experts, categories mapped to queues, SLA targets per priority, tickets
 * with the timestamps the metrics need (first response, resolution, close, reopen count, SLA due/warned/breached),
 * the conversation (public replies, internal notes, customer messages) and an append-only history of assignments and
 * status changes. Ticket numbers are per workspace (counter row incremented in the ticket's transaction). Related
 * invoice and product ids are plain uuids: ticketing never reaches into the sales or catalog tables.
 */
export class Ticketing1764000000011 implements MigrationInterface {
  name = 'Ticketing1764000000011';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ticket_counters (
        workspace_id uuid PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
        last_number int NOT NULL CHECK (last_number > 0)
      )`);
    for (const s of tenantTableSql('ticket_counters', { audit: false })) await q.query(s);

    await q.query(`
      CREATE TABLE ticket_queues (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        member_ids uuid[] NOT NULL DEFAULT '{}' CHECK (cardinality(member_ids) <= 200),
        assignment_mode text NOT NULL DEFAULT 'ROUND_ROBIN' CHECK (assignment_mode IN ('FIXED', 'ROUND_ROBIN', 'LEAST_OPEN')),
        fixed_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        supervisor_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        round_robin_cursor bigint NOT NULL DEFAULT 0 CHECK (round_robin_cursor >= 0),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (workspace_id, id),
        UNIQUE (workspace_id, name)
      )`);
    for (const s of tenantTableSql('ticket_queues', { auditExclude: ['round_robin_cursor'] })) await q.query(s);

    await q.query(`
      CREATE TABLE ticket_categories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name_fa text NOT NULL CHECK (length(name_fa) BETWEEN 1 AND 100),
        name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 100),
        queue_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (workspace_id, id),
        UNIQUE (workspace_id, name_fa),
        FOREIGN KEY (workspace_id, queue_id) REFERENCES ticket_queues (workspace_id, id)
      )`);
    for (const s of tenantTableSql('ticket_categories')) await q.query(s);

    await q.query(`
      CREATE TABLE sla_policies (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        priority text NOT NULL CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
        first_response_minutes int NOT NULL CHECK (first_response_minutes BETWEEN 1 AND 525600),
        resolution_minutes int NOT NULL CHECK (resolution_minutes BETWEEN 1 AND 525600),
        warn_before_minutes int NOT NULL CHECK (warn_before_minutes BETWEEN 0 AND 1440),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, priority),
        CHECK (first_response_minutes <= resolution_minutes)
      )`);
    for (const s of tenantTableSql('sla_policies')) await q.query(s);

    await q.query(`
      CREATE TABLE tickets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        number int NOT NULL CHECK (number > 0),
        contact_id uuid NOT NULL REFERENCES contacts(id),
        category_id uuid,
        queue_id uuid,
        type text NOT NULL CHECK (type IN ('QUESTION', 'PROBLEM', 'COMPLAINT', 'REQUEST')),
        priority text NOT NULL CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
        channel text NOT NULL CHECK (channel IN ('DASHBOARD', 'CLUB', 'SMS', 'EMAIL', 'API', 'PHONE')),
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 300),
        status text NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'OPEN', 'WAITING_ON_CUSTOMER', 'RESOLVED', 'CLOSED')),
        assignee_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        related_invoice_id uuid,
        related_product_id uuid,
        tags text[] NOT NULL DEFAULT '{}' CHECK (cardinality(tags) <= 30),
        created_by_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        first_response_at timestamptz(3),
        resolved_at timestamptz(3),
        closed_at timestamptz(3),
        reopened_count int NOT NULL DEFAULT 0 CHECK (reopened_count >= 0),
        first_response_due_at timestamptz(3),
        resolution_due_at timestamptz(3),
        sla_warned_at timestamptz(3),
        sla_breached_at timestamptz(3),
        csat_score smallint CHECK (csat_score BETWEEN 1 AND 5),
        csat_comment text CHECK (length(csat_comment) <= 2000),
        UNIQUE (workspace_id, id),
        UNIQUE (workspace_id, number),
        FOREIGN KEY (workspace_id, category_id) REFERENCES ticket_categories (workspace_id, id),
        FOREIGN KEY (workspace_id, queue_id) REFERENCES ticket_queues (workspace_id, id),
        CHECK (status <> 'RESOLVED' OR resolved_at IS NOT NULL),
        CHECK (status NOT IN ('NEW', 'OPEN', 'WAITING_ON_CUSTOMER') OR resolved_at IS NULL),
        CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL)),
        CHECK (first_response_at IS NULL OR first_response_at >= created_at),
        CHECK (resolution_due_at IS NULL OR first_response_due_at IS NULL OR first_response_due_at <= resolution_due_at),
        CHECK (csat_comment IS NULL OR csat_score IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX tickets_created_idx ON tickets (workspace_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX tickets_contact_idx ON tickets (workspace_id, contact_id, created_at DESC)`);
    await q.query(`CREATE INDEX tickets_assignee_idx ON tickets (workspace_id, assignee_member_id, status)`);
    await q.query(`CREATE INDEX tickets_queue_idx ON tickets (workspace_id, queue_id, status)`);
    // The SLA job's scan across workspaces: live tickets not yet breached.
    await q.query(`CREATE INDEX tickets_sla_idx ON tickets (resolution_due_at) WHERE sla_breached_at IS NULL AND status IN ('NEW', 'OPEN', 'WAITING_ON_CUSTOMER')`);
    // The auto-close job's scan.
    await q.query(`CREATE INDEX tickets_resolved_idx ON tickets (resolved_at) WHERE status = 'RESOLVED'`);
    for (const s of tenantTableSql('tickets')) await q.query(s);

    await q.query(`
      CREATE TABLE ticket_messages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        ticket_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('PUBLIC_REPLY', 'INTERNAL_NOTE', 'CUSTOMER_MESSAGE')),
        author_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        author_contact_id uuid REFERENCES contacts(id),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
        channel text NOT NULL CHECK (channel IN ('DASHBOARD', 'CLUB', 'SMS', 'EMAIL', 'API', 'PHONE')),
        -- The provider's id of an inbound SMS or email (sms:<id>, email:<Message-ID>): a repeated webhook is stored once.
        external_id text CHECK (length(external_id) <= 500),
        -- The outbox message that carried a public reply to the customer, if it could be sent.
        outbound_message_id uuid,
        -- clock_timestamp: entries written in one transaction keep their order.
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (workspace_id, external_id),
        FOREIGN KEY (workspace_id, ticket_id) REFERENCES tickets (workspace_id, id) ON DELETE CASCADE,
        CHECK (kind <> 'CUSTOMER_MESSAGE' OR (author_contact_id IS NOT NULL AND author_member_id IS NULL)),
        CHECK (kind = 'CUSTOMER_MESSAGE' OR author_contact_id IS NULL),
        CHECK (kind <> 'INTERNAL_NOTE' OR outbound_message_id IS NULL)
      )`);
    await q.query(`CREATE INDEX ticket_messages_ticket_idx ON ticket_messages (workspace_id, ticket_id, created_at)`);
    for (const s of tenantTableSql('ticket_messages')) await q.query(s);

    await q.query(`
      CREATE TABLE ticket_events (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        ticket_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('CREATED', 'ASSIGNED', 'STATUS_CHANGED', 'REOPENED', 'SLA_WARNED', 'SLA_BREACHED')),
        from_value text,
        to_value text,
        actor_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        data jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        FOREIGN KEY (workspace_id, ticket_id) REFERENCES tickets (workspace_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ticket_events_ticket_idx ON ticket_events (workspace_id, ticket_id, created_at)`);
    for (const s of tenantTableSql('ticket_events')) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['ticket_events', 'ticket_messages', 'tickets', 'sla_policies', 'ticket_categories', 'ticket_queues', 'ticket_counters']) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
  }
}
