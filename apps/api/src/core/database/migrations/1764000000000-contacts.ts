import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSqlV1 as tenantTableSql } from '../tenant-table.sql';

const STAGES = `'SUSPECT','PROSPECT','DISQUALIFIED','FIRST_TIME_CUSTOMER','REPEAT_CUSTOMER','CLIENT','ADVOCATE','PARTNER','INACTIVE','LOST'`;

export class Contacts1764000000000 implements MigrationInterface {
  name = 'Contacts1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`ALTER TABLE workspace_members ADD COLUMN phone_extension text CHECK (phone_extension ~ '^[0-9*#]{1,10}$')`);
    await q.query(`CREATE UNIQUE INDEX workspace_members_extension_key ON workspace_members (workspace_id, phone_extension) WHERE phone_extension IS NOT NULL`);

    await q.query(`
      CREATE TABLE contacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        first_name text NOT NULL CHECK (length(first_name) BETWEEN 1 AND 100),
        last_name text NOT NULL DEFAULT '' CHECK (length(last_name) <= 100),
        gender text CHECK (gender IN ('FEMALE', 'MALE', 'OTHER')),
        birth_calendar text CHECK (birth_calendar IN ('JALALI', 'GREGORIAN')),
        birth_year int, birth_month int CHECK (birth_month BETWEEN 1 AND 12), birth_day int CHECK (birth_day BETWEEN 1 AND 31),
        email text,
        primary_phone text,
        province text, city text, address text,
        source text NOT NULL DEFAULT 'OTHER',
        tags text[] NOT NULL DEFAULT '{}',
        owner_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        notes text,
        stage text NOT NULL DEFAULT 'SUSPECT' CHECK (stage IN (${STAGES})),
        consents jsonb NOT NULL DEFAULT '{}'::jsonb,
        custom_fields jsonb NOT NULL DEFAULT '{}'::jsonb,
        search_text text NOT NULL DEFAULT '',
        order_count int NOT NULL DEFAULT 0,
        recent_orders timestamptz[] NOT NULL DEFAULT '{}',
        last_order_at timestamptz,
        referral_count int NOT NULL DEFAULT 0,
        merged_into_id uuid REFERENCES contacts(id) ON DELETE SET NULL,
        deleted_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX contacts_list_idx ON contacts (workspace_id, created_at DESC, id DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX contacts_search_idx ON contacts USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX contacts_email_idx ON contacts (workspace_id, lower(email)) WHERE deleted_at IS NULL AND email IS NOT NULL`);
    await q.query(`CREATE INDEX contacts_tags_idx ON contacts USING gin (tags) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX contacts_stage_idx ON contacts (workspace_id, stage) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX contacts_owner_idx ON contacts (workspace_id, owner_member_id) WHERE deleted_at IS NULL`);
    for (const s of tenantTableSql('contacts', { auditExclude: ['search_text'] })) await q.query(s);

    await q.query(`
      CREATE TABLE contact_phones (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        e164 text NOT NULL CHECK (e164 ~ '^\\+[1-9][0-9]{7,14}$'),
        kind text NOT NULL CHECK (kind IN ('MOBILE', 'LANDLINE', 'FOREIGN')),
        label text,
        is_primary boolean NOT NULL DEFAULT false,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (contact_id, e164)
      )`);
    await q.query(`CREATE INDEX contact_phones_lookup_idx ON contact_phones (workspace_id, e164)`);
    await q.query(`CREATE UNIQUE INDEX contact_phones_one_primary ON contact_phones (contact_id) WHERE is_primary`);
    for (const s of tenantTableSql('contact_phones')) await q.query(s);

    await q.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        email text, phone_e164 text, industry text, city text, address text,
        tags text[] NOT NULL DEFAULT '{}',
        search_text text NOT NULL DEFAULT '',
        deleted_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX organizations_list_idx ON organizations (workspace_id, created_at DESC, id DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX organizations_search_idx ON organizations USING gin (search_text gin_trgm_ops) WHERE deleted_at IS NULL`);
    for (const s of tenantTableSql('organizations', { auditExclude: ['search_text'] })) await q.query(s);

    await q.query(`
      CREATE TABLE contact_organizations (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        title text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, contact_id, organization_id)
      )`);
    await q.query(`CREATE INDEX contact_organizations_org_idx ON contact_organizations (workspace_id, organization_id)`);
    for (const s of tenantTableSql('contact_organizations', { audit: false })) await q.query(s);

    await q.query(`
      CREATE TABLE related_people (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        relation text NOT NULL CHECK (relation IN ('SPOUSE', 'CHILD', 'PARENT', 'SIBLING', 'COLLEAGUE', 'FRIEND', 'OTHER')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        related_contact_id uuid REFERENCES contacts(id) ON DELETE SET NULL,
        birth_calendar text CHECK (birth_calendar IN ('JALALI', 'GREGORIAN')),
        birth_year int, birth_month int, birth_day int,
        preferences text, notes text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX related_people_contact_idx ON related_people (workspace_id, contact_id)`);
    for (const s of tenantTableSql('related_people')) await q.query(s);

    await q.query(`
      CREATE TABLE important_dates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        contact_id uuid REFERENCES contacts(id) ON DELETE CASCADE,
        related_person_id uuid REFERENCES related_people(id) ON DELETE CASCADE,
        organization_id uuid REFERENCES organizations(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('BIRTHDAY', 'ANNIVERSARY', 'CHILD_BIRTHDAY', 'CONFERENCE', 'CUSTOM')),
        title text,
        calendar text NOT NULL CHECK (calendar IN ('JALALI', 'GREGORIAN')),
        year int, month int NOT NULL CHECK (month BETWEEN 1 AND 12), day int NOT NULL CHECK (day BETWEEN 1 AND 31),
        recurrence text NOT NULL DEFAULT 'YEARLY' CHECK (recurrence IN ('YEARLY', 'ONCE')),
        reminder_days_before int NOT NULL DEFAULT 0 CHECK (reminder_days_before BETWEEN 0 AND 60),
        channel text NOT NULL DEFAULT 'SMS' CHECK (channel IN ('SMS', 'EMAIL', 'CALL', 'NONE')),
        message_template text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (num_nonnulls(contact_id, related_person_id, organization_id) = 1),
        CHECK (recurrence = 'YEARLY' OR year IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX important_dates_contact_idx ON important_dates (workspace_id, contact_id)`);
    await q.query(`CREATE INDEX important_dates_related_idx ON important_dates (workspace_id, related_person_id)`);
    await q.query(`CREATE INDEX important_dates_org_idx ON important_dates (workspace_id, organization_id)`);
    await q.query(`CREATE INDEX important_dates_month_day_idx ON important_dates (workspace_id, calendar, month, day)`);
    for (const s of tenantTableSql('important_dates')) await q.query(s);

    await q.query(`
      CREATE TABLE custom_field_definitions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        key text NOT NULL CHECK (key ~ '^[a-z][a-z0-9_]{0,39}$'),
        label text NOT NULL,
        type text NOT NULL CHECK (type IN ('TEXT', 'NUMBER', 'DATE', 'SELECT', 'MULTI_SELECT')),
        options text[] NOT NULL DEFAULT '{}',
        required boolean NOT NULL DEFAULT false,
        position int NOT NULL DEFAULT 0,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (workspace_id, key)
      )`);
    for (const s of tenantTableSql('custom_field_definitions')) await q.query(s);

    await q.query(`
      CREATE TABLE stage_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        from_stage text, to_stage text NOT NULL, reason text NOT NULL, automatic boolean NOT NULL,
        changed_by_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        changed_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX stage_changes_contact_idx ON stage_changes (workspace_id, contact_id, changed_at DESC)`);
    for (const s of tenantTableSql('stage_changes', { audit: false })) await q.query(s);

    await q.query(`
      CREATE TABLE contact_settings (
        workspace_id uuid PRIMARY KEY REFERENCES workspaces(id) ON DELETE CASCADE,
        lifecycle jsonb NOT NULL DEFAULT '{}'::jsonb,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    for (const s of tenantTableSql('contact_settings')) await q.query(s);

    await q.query(`
      CREATE TABLE timeline_items (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        kind text NOT NULL,
        direction text NOT NULL DEFAULT 'NONE' CHECK (direction IN ('IN', 'OUT', 'NONE')),
        occurred_at timestamptz(3) NOT NULL DEFAULT now(),
        summary text NOT NULL,
        body text,
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        actor_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        dedupe_key text,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX timeline_contact_idx ON timeline_items (workspace_id, contact_id, occurred_at DESC, id DESC)`);
    await q.query(`CREATE UNIQUE INDEX timeline_dedupe_key ON timeline_items (workspace_id, dedupe_key) WHERE dedupe_key IS NOT NULL`);
    for (const s of tenantTableSql('timeline_items', { audit: false })) await q.query(s);

    await q.query(`
      CREATE TABLE tasks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('CALL', 'MEETING', 'EMAIL', 'TODO')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
        notes text,
        due_at timestamptz,
        assignee_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        contact_id uuid REFERENCES contacts(id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'DONE', 'CANCELLED')),
        outcome text,
        completed_at timestamptz,
        created_by_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX tasks_assignee_idx ON tasks (workspace_id, assignee_member_id, status, due_at)`);
    await q.query(`CREATE INDEX tasks_contact_idx ON tasks (workspace_id, contact_id, status)`);
    for (const s of tenantTableSql('tasks')) await q.query(s);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['tasks', 'timeline_items', 'contact_settings', 'stage_changes', 'custom_field_definitions', 'important_dates', 'related_people', 'contact_organizations', 'organizations', 'contact_phones', 'contacts']) {
      await q.query(`DROP TABLE IF EXISTS "${t}" CASCADE`);
    }
    await q.query(`ALTER TABLE workspace_members DROP COLUMN IF EXISTS phone_extension`);
  }
}
