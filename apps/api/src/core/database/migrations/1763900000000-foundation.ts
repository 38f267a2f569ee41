import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSqlV1 as tenantTableSql } from '../tenant-table.sql';

export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);

    // The workspace of the current transaction, set by TenantDb with set_config(..., true).
    await q.query(`
      CREATE FUNCTION app_current_workspace() RETURNS uuid LANGUAGE sql STABLE AS $$
        SELECT NULLIF(current_setting('app.workspace_id', true), '')::uuid
      $$`);

    await q.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY,
        workspace_id uuid NOT NULL,
        occurred_at timestamptz(3) NOT NULL DEFAULT now(),
        actor_type text NOT NULL,
        actor_id text,
        actor_label text,
        request_id text,
        action text NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE')),
        entity text NOT NULL,
        entity_id text,
        changes jsonb NOT NULL,
        PRIMARY KEY (workspace_id, id)
      )`);
    await q.query(`CREATE INDEX audit_log_entity_idx ON audit_log (workspace_id, entity, entity_id, id DESC)`);

    // One audit mechanism for every module: a row trigger recording who (from the transaction's
    // app.actor settings), what and the changed fields before/after. Trigger arguments name columns to leave out.
    await q.query(`
      CREATE FUNCTION audit_row_change() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;
        new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;
        excluded text[] := TG_ARGV;
        diff jsonb;
        ws uuid;
        actor text := COALESCE(NULLIF(current_setting('app.actor', true), ''), 'system');
      BEGIN
        old_row := old_row - excluded;
        new_row := new_row - excluded;
        IF TG_OP = 'INSERT' THEN
          diff := (SELECT jsonb_object_agg(key, jsonb_build_object('after', value)) FROM jsonb_each(new_row));
        ELSIF TG_OP = 'DELETE' THEN
          diff := (SELECT jsonb_object_agg(key, jsonb_build_object('before', value)) FROM jsonb_each(old_row));
        ELSE
          diff := (SELECT jsonb_object_agg(n.key, jsonb_build_object('before', old_row -> n.key, 'after', n.value))
                   FROM jsonb_each(new_row) n WHERE (old_row -> n.key) IS DISTINCT FROM n.value);
          IF diff IS NULL THEN RETURN NULL; END IF;
        END IF;
        ws := COALESCE((COALESCE(new_row, old_row) ->> 'workspace_id')::uuid,
                       CASE WHEN TG_TABLE_NAME = 'workspaces' THEN (COALESCE(new_row, old_row) ->> 'id')::uuid END);
        INSERT INTO audit_log (workspace_id, actor_type, actor_id, actor_label, request_id, action, entity, entity_id, changes)
        VALUES (ws, split_part(actor, ':', 1), NULLIF(split_part(actor, ':', 2), ''),
                NULLIF(current_setting('app.actor_label', true), ''), NULLIF(current_setting('app.request_id', true), ''),
                TG_OP, TG_TABLE_NAME, COALESCE(new_row, old_row) ->> 'id', diff);
        RETURN NULL;
      END $$`);

    await q.query(`
      CREATE TABLE workspaces (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$'),
        timezone text NOT NULL DEFAULT 'Asia/Tehran',
        default_locale text NOT NULL DEFAULT 'fa' CHECK (default_locale IN ('fa', 'en')),
        display_currency text NOT NULL DEFAULT 'IRT' CHECK (display_currency IN ('IRR', 'IRT')),
        branding jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    for (const s of tenantTableSql('workspaces', { keyColumn: 'id' })) await q.query(s);

    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        full_name text NOT NULL,
        locale text NOT NULL DEFAULT 'fa' CHECK (locale IN ('fa', 'en')),
        failed_login_count int NOT NULL DEFAULT 0,
        locked_until timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);

    await q.query(`
      CREATE TABLE workspace_members (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('OWNER', 'ADMIN', 'SALES', 'SUPPORT', 'MARKETING', 'WAREHOUSE')),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'DISABLED')),
        last_login_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (workspace_id, user_id)
      )`);
    await q.query(`CREATE INDEX workspace_members_user_idx ON workspace_members (user_id)`);
    for (const s of tenantTableSql('workspace_members')) await q.query(s);

    // Users are global (one login, possibly several workspaces); a workspace sees only its members.
    await q.query(`ALTER TABLE users ENABLE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE users FORCE ROW LEVEL SECURITY`);
    await q.query(`CREATE POLICY member_of_current_workspace ON users USING (EXISTS (SELECT 1 FROM workspace_members m WHERE m.user_id = users.id))`);
    await q.query(`CREATE POLICY system_access ON users TO CURRENT_USER USING (true) WITH CHECK (true)`);

    await q.query(`
      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        revoked_reason text,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (workspace_id, family_id)`);
    for (const s of tenantTableSql('refresh_tokens', { audit: false })) await q.query(s);

    await q.query(`
      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        email text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN', 'SALES', 'SUPPORT', 'MARKETING', 'WAREHOUSE')),
        token_hash text NOT NULL UNIQUE,
        invited_by_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX invitations_workspace_idx ON invitations (workspace_id, created_at DESC)`);
    for (const s of tenantTableSql('invitations', { auditExclude: ['token_hash'] })) await q.query(s);

    await q.query(`
      CREATE TABLE api_keys (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        prefix text NOT NULL UNIQUE,
        secret_hash text NOT NULL,
        scopes text[] NOT NULL,
        created_by_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        last_used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX api_keys_workspace_idx ON api_keys (workspace_id, created_at DESC, id DESC)`);
    for (const s of tenantTableSql('api_keys', { auditExclude: ['secret_hash', 'last_used_at'] })) await q.query(s);

    await q.query(`
      CREATE TABLE idempotency_keys (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        key text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
        operation text NOT NULL,
        request_hash text NOT NULL,
        response jsonb NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, key)
      )`);
    for (const s of tenantTableSql('idempotency_keys', { audit: false })) await q.query(s);

    for (const s of tenantTableSql('audit_log', { audit: false })) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['idempotency_keys', 'api_keys', 'invitations', 'refresh_tokens', 'workspace_members', 'users', 'workspaces', 'audit_log']) {
      await q.query(`DROP TABLE IF EXISTS "${t}" CASCADE`);
    }
    await q.query(`DROP FUNCTION IF EXISTS audit_row_change()`);
    await q.query(`DROP FUNCTION IF EXISTS app_current_workspace()`);
  }
}
