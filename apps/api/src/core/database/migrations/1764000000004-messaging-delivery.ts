import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql';

/**
 * Messaging, second part: the outbox becomes its own queue (due time and a claim lease per row, so a batch
 * dispatcher can claim with SKIP LOCKED and a crashed worker's claims expire), staff recipients, templates,
 * per-workspace channel settings with encrypted credentials, the suppression (do-not-contact) list and staff
 * alert preferences.
 */
export class MessagingDelivery1764000000004 implements MigrationInterface {
  name = 'MessagingDelivery1764000000004';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE messages
      ADD COLUMN next_attempt_at timestamptz(3) NOT NULL DEFAULT now(),
      ADD COLUMN lease_until timestamptz(3),
      ADD COLUMN member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
      ADD COLUMN language text NOT NULL DEFAULT 'fa' CHECK (language IN ('fa', 'en'))`);
    // Only rows still to be sent (or claimed by a worker that may have died) are in this index: it stays small.
    await q.query(`CREATE INDEX messages_due_idx ON messages (workspace_id, next_attempt_at) WHERE status IN ('QUEUED', 'SENDING')`);

    await q.query(`
      CREATE TABLE message_templates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        key text NOT NULL CHECK (key ~ '^[a-z0-9][a-z0-9_.-]{0,79}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
        language text NOT NULL CHECK (language IN ('fa', 'en')),
        purpose text NOT NULL CHECK (purpose IN ('TRANSACTIONAL', 'MARKETING')),
        subject text CHECK (length(subject) <= 300),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
        variables text[] NOT NULL DEFAULT '{}',
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (workspace_id, key, channel, language)
      )`);
    for (const s of tenantTableSql('message_templates')) await q.query(s);
    await q.query(`ALTER TABLE messages ADD CONSTRAINT messages_template_fk FOREIGN KEY (template_id) REFERENCES message_templates(id) ON DELETE SET NULL`);

    await q.query(`
      CREATE TABLE messaging_settings (
        workspace_id uuid PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
        email_from_name text CHECK (length(email_from_name) <= 120),
        email_from_address text CHECK (length(email_from_address) <= 320),
        email_reply_to text CHECK (length(email_reply_to) <= 320),
        dkim_domain text CHECK (length(dkim_domain) <= 253),
        dkim_selector text CHECK (length(dkim_selector) <= 63),
        dkim_private_key_enc text,
        sms_provider text NOT NULL DEFAULT 'DEFAULT' CHECK (sms_provider IN ('DEFAULT', 'NONE', 'KAVENEGAR', 'HTTP_GATEWAY')),
        sms_sender text CHECK (length(sms_sender) <= 20),
        sms_config jsonb NOT NULL DEFAULT '{}'::jsonb,
        sms_credentials_enc text,
        email_per_second int NOT NULL DEFAULT 50 CHECK (email_per_second BETWEEN 1 AND 10000),
        sms_per_second int NOT NULL DEFAULT 10 CHECK (sms_per_second BETWEEN 1 AND 10000),
        quiet_hours_start smallint NOT NULL DEFAULT 1320 CHECK (quiet_hours_start BETWEEN 0 AND 1439),
        quiet_hours_end smallint NOT NULL DEFAULT 480 CHECK (quiet_hours_end BETWEEN 0 AND 1439),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    for (const s of tenantTableSql('messaging_settings', { auditExclude: ['dkim_private_key_enc', 'sms_credentials_enc'] })) await q.query(s);

    await q.query(`
      CREATE TABLE suppressions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        channel text NOT NULL CHECK (channel IN ('EMAIL', 'SMS')),
        address text NOT NULL CHECK (length(address) BETWEEN 1 AND 320),
        reason text NOT NULL CHECK (reason IN ('BOUNCED', 'UNSUBSCRIBED', 'COMPLAINED', 'DO_NOT_CONTACT')),
        detail text,
        message_id uuid REFERENCES messages(id) ON DELETE SET NULL,
        created_by_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (workspace_id, channel, address)
      )`);
    for (const s of tenantTableSql('suppressions')) await q.query(s);

    await q.query(`ALTER TABLE users ADD COLUMN phone text CHECK (phone ~ '^\\+[1-9][0-9]{7,14}$')`);
    await q.query(`
      CREATE TABLE staff_alert_preferences (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES workspace_members(id) ON DELETE CASCADE,
        event text NOT NULL CHECK (length(event) BETWEEN 1 AND 80),
        channels text[] NOT NULL CHECK (channels <@ ARRAY['EMAIL', 'SMS']::text[]),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, member_id, event)
      )`);
    for (const s of tenantTableSql('staff_alert_preferences')) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS staff_alert_preferences`);
    await q.query(`ALTER TABLE users DROP COLUMN IF EXISTS phone`);
    await q.query(`DROP TABLE IF EXISTS suppressions`);
    await q.query(`DROP TABLE IF EXISTS messaging_settings`);
    await q.query(`ALTER TABLE messages DROP CONSTRAINT IF EXISTS messages_template_fk`);
    await q.query(`DROP TABLE IF EXISTS message_templates`);
    await q.query(`DROP INDEX IF EXISTS messages_due_idx`);
    await q.query(`ALTER TABLE messages DROP COLUMN next_attempt_at, DROP COLUMN lease_until, DROP COLUMN member_id, DROP COLUMN language`);
  }
}
