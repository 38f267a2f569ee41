import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql';

/**
 * Club members (owned by modules/club/members): the club's settings per workspace, one membership per contact, the
 * one-time codes sent by SMS (only an HMAC of the code is stored; the SMS text in the outbox is masked once the code is
 * used or expired) and the members' rotating refresh tokens.
 */
export class ClubMembers1764000000012 implements MigrationInterface {
  name = 'ClubMembers1764000000012';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE club_settings (
        workspace_id uuid PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
        enabled boolean NOT NULL DEFAULT true,
        approach text NOT NULL DEFAULT 'BOTH' CHECK (approach IN ('OPEN', 'AFTER_PURCHASE', 'BOTH')),
        after_sales_panel boolean NOT NULL DEFAULT true,
        display_name_fa text CHECK (length(display_name_fa) BETWEEN 1 AND 120),
        display_name_en text CHECK (length(display_name_en) BETWEEN 1 AND 120),
        logo_url text CHECK (length(logo_url) <= 1000),
        primary_color text CHECK (primary_color ~ '^#[0-9a-f]{6}$'),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    for (const s of tenantTableSql('club_settings')) await q.query(s);

    await q.query(`
      CREATE TABLE club_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts(id),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'BLOCKED')),
        joined_via text NOT NULL CHECK (joined_via IN ('SIGN_UP', 'PURCHASE', 'PLUGIN', 'STAFF')),
        joined_at timestamptz(3) NOT NULL DEFAULT now(),
        password_hash text,
        password_set_at timestamptz,
        failed_password_count int NOT NULL DEFAULT 0 CHECK (failed_password_count >= 0),
        password_locked_until timestamptz,
        last_sign_in_at timestamptz,
        blocked_at timestamptz,
        blocked_reason text CHECK (length(blocked_reason) <= 500),
        welcome_sent_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (workspace_id, contact_id),
        UNIQUE (workspace_id, id),
        CHECK ((status = 'BLOCKED') = (blocked_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX club_members_joined_idx ON club_members (workspace_id, joined_at DESC, id DESC)`);
    await q.query(`CREATE INDEX club_members_status_idx ON club_members (workspace_id, status, joined_at DESC)`);
    for (const s of tenantTableSql('club_members', {
      auditExclude: ['password_hash', 'failed_password_count', 'password_locked_until', 'last_sign_in_at', 'welcome_sent_at'],
    })) await q.query(s);

    await q.query(`
      CREATE TABLE club_codes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        phone text NOT NULL CHECK (phone ~ '^\\+98[0-9]{10}$'),
        purpose text NOT NULL CHECK (purpose IN ('SIGN_UP', 'LOGIN', 'CHECKOUT')),
        code_hash text NOT NULL,
        ip text,
        attempts int NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        expires_at timestamptz NOT NULL,
        consumed_at timestamptz,
        locked_at timestamptz,
        superseded_at timestamptz,
        message_id uuid,
        redacted_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX club_codes_phone_idx ON club_codes (workspace_id, phone, created_at DESC)`);
    for (const s of tenantTableSql('club_codes', { audit: false })) await q.query(s);

    await q.query(`
      CREATE TABLE club_refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        club_member_id uuid NOT NULL,
        family_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        revoked_reason text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        FOREIGN KEY (workspace_id, club_member_id) REFERENCES club_members (workspace_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX club_refresh_tokens_family_idx ON club_refresh_tokens (workspace_id, family_id)`);
    await q.query(`CREATE INDEX club_refresh_tokens_member_idx ON club_refresh_tokens (workspace_id, club_member_id) WHERE revoked_at IS NULL`);
    for (const s of tenantTableSql('club_refresh_tokens', { audit: false })) await q.query(s);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
