import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql';

/**
 * The sales pipeline (stages and opportunities on a kanban), sales teams, quotas per Jalali month/quarter, tiered
 * commission rules, and the pipeline's own projection of paid amounts (`sales_credit`, fed by sales events — the
 * pipeline never reads the sales module's tables). Money is integer Rial; probabilities are whole percents.
 */
export class Pipeline1764000000009 implements MigrationInterface {
  name = 'Pipeline1764000000009';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE pipeline_stages (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name_fa text NOT NULL CHECK (length(btrim(name_fa)) BETWEEN 1 AND 100),
        name_en text NOT NULL CHECK (length(btrim(name_en)) BETWEEN 1 AND 100),
        position int NOT NULL CHECK (position >= 0),
        probability int NOT NULL CHECK (probability BETWEEN 0 AND 100),
        kind text NOT NULL DEFAULT 'OPEN' CHECK (kind IN ('OPEN', 'WON', 'LOST')),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK (kind <> 'WON' OR probability = 100),
        CHECK (kind <> 'LOST' OR probability = 0),
        UNIQUE (workspace_id, id),
        CONSTRAINT pipeline_stages_position_key UNIQUE (workspace_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);
    // One WON and one LOST column per workspace: winOpportunity / loseOpportunity put the deal there.
    await q.query(`CREATE UNIQUE INDEX pipeline_stages_one_won ON pipeline_stages (workspace_id) WHERE kind = 'WON'`);
    await q.query(`CREATE UNIQUE INDEX pipeline_stages_one_lost ON pipeline_stages (workspace_id) WHERE kind = 'LOST'`);
    for (const s of tenantTableSql('pipeline_stages')) await q.query(s);

    await q.query(`
      CREATE TABLE opportunities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(btrim(title)) BETWEEN 1 AND 200),
        contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        organization_id uuid REFERENCES organizations(id) ON DELETE SET NULL,
        stage_id uuid NOT NULL,
        amount bigint NOT NULL CHECK (amount >= 0),
        probability int NOT NULL CHECK (probability BETWEEN 0 AND 100),
        probability_overridden boolean NOT NULL DEFAULT false,
        expected_close_date date,
        owner_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'WON', 'LOST')),
        lost_reason text CHECK (length(lost_reason) <= 1000),
        won_at timestamptz(3),
        lost_at timestamptz(3),
        proforma_id uuid,
        position int NOT NULL CHECK (position >= 0),
        notes text CHECK (length(notes) <= 5000),
        created_by_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        FOREIGN KEY (workspace_id, stage_id) REFERENCES pipeline_stages (workspace_id, id),
        CHECK ((status = 'WON') = (won_at IS NOT NULL)),
        CHECK ((status = 'LOST') = (lost_at IS NOT NULL)),
        CHECK (status <> 'LOST' OR length(btrim(lost_reason)) > 0),
        CHECK (status = 'WON' OR proforma_id IS NULL),
        CONSTRAINT opportunities_position_key UNIQUE (workspace_id, stage_id, position) DEFERRABLE INITIALLY DEFERRED
      )`);
    await q.query(`CREATE INDEX opportunities_contact_idx ON opportunities (workspace_id, contact_id, created_at DESC)`);
    await q.query(`CREATE INDEX opportunities_owner_idx ON opportunities (workspace_id, owner_member_id, status)`);
    await q.query(`CREATE INDEX opportunities_created_idx ON opportunities (workspace_id, created_at DESC, id DESC)`);
    await q.query(`CREATE UNIQUE INDEX opportunities_proforma_key ON opportunities (workspace_id, proforma_id) WHERE proforma_id IS NOT NULL`);
    for (const s of tenantTableSql('opportunities')) await q.query(s);

    await q.query(`
      CREATE TABLE sales_teams (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
        lead_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        UNIQUE (workspace_id, name)
      )`);
    for (const s of tenantTableSql('sales_teams')) await q.query(s);
    await q.query(`
      CREATE TABLE sales_team_members (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        team_id uuid NOT NULL REFERENCES sales_teams(id) ON DELETE CASCADE,
        member_id uuid NOT NULL REFERENCES workspace_members(id) ON DELETE CASCADE,
        PRIMARY KEY (workspace_id, team_id, member_id)
      )`);
    await q.query(`CREATE INDEX sales_team_members_member_idx ON sales_team_members (workspace_id, member_id)`);
    for (const s of tenantTableSql('sales_team_members')) await q.query(s);

    await q.query(`
      CREATE TABLE sales_quotas (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        member_id uuid REFERENCES workspace_members(id) ON DELETE CASCADE,
        team_id uuid REFERENCES sales_teams(id) ON DELETE CASCADE,
        period_kind text NOT NULL CHECK (period_kind IN ('MONTH', 'QUARTER')),
        jalali_year int NOT NULL CHECK (jalali_year BETWEEN 1300 AND 1600),
        period_index int NOT NULL,
        target bigint NOT NULL CHECK (target >= 0),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK ((member_id IS NULL) <> (team_id IS NULL)),
        CHECK ((period_kind = 'MONTH' AND period_index BETWEEN 1 AND 12) OR (period_kind = 'QUARTER' AND period_index BETWEEN 1 AND 4)),
        CONSTRAINT sales_quotas_subject_period_key UNIQUE NULLS NOT DISTINCT (workspace_id, member_id, team_id, period_kind, jalali_year, period_index)
      )`);
    for (const s of tenantTableSql('sales_quotas')) await q.query(s);

    await q.query(`
      CREATE TABLE commission_rules (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
        applies_to text NOT NULL CHECK (applies_to IN ('ALL', 'MEMBER', 'TEAM')),
        member_id uuid REFERENCES workspace_members(id) ON DELETE CASCADE,
        team_id uuid REFERENCES sales_teams(id) ON DELETE CASCADE,
        basis text NOT NULL CHECK (basis IN ('AMOUNT', 'ATTAINMENT')),
        tiers jsonb NOT NULL CHECK (jsonb_typeof(tiers) = 'array' AND jsonb_array_length(tiers) BETWEEN 1 AND 10),
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CHECK ((applies_to = 'ALL' AND member_id IS NULL AND team_id IS NULL)
            OR (applies_to = 'MEMBER' AND member_id IS NOT NULL AND team_id IS NULL)
            OR (applies_to = 'TEAM' AND team_id IS NOT NULL AND member_id IS NULL)),
        CONSTRAINT commission_rules_target_key UNIQUE NULLS NOT DISTINCT (workspace_id, applies_to, member_id, team_id)
      )`);
    for (const s of tenantTableSql('commission_rules')) await q.query(s);

    // Who sold what (from sales.proforma_created / sales.invoice_issued), so that a payment can be credited to its rep.
    await q.query(`
      CREATE TABLE sales_credit_documents (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        document_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('PROFORMA', 'INVOICE')),
        member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        PRIMARY KEY (workspace_id, document_id)
      )`);
    for (const s of tenantTableSql('sales_credit_documents', { audit: false })) await q.query(s);
    // One row per recorded payment (sales.payment_recorded): what attainment and commissions are computed from.
    await q.query(`
      CREATE TABLE sales_credit (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        payment_id uuid NOT NULL,
        invoice_id uuid NOT NULL,
        member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        amount bigint NOT NULL CHECK (amount > 0),
        paid_at timestamptz(3) NOT NULL,
        PRIMARY KEY (workspace_id, payment_id)
      )`);
    await q.query(`CREATE INDEX sales_credit_member_idx ON sales_credit (workspace_id, member_id, paid_at)`);
    await q.query(`CREATE INDEX sales_credit_invoice_idx ON sales_credit (workspace_id, invoice_id)`);
    for (const s of tenantTableSql('sales_credit', { audit: false })) await q.query(s);

    // Workspaces created before this migration get the default stages (new ones get them on workspace.created).
    await q.query(`
      INSERT INTO pipeline_stages (workspace_id, name_fa, name_en, position, probability, kind)
      SELECT w.id, d.name_fa, d.name_en, d.position, d.probability, d.kind
        FROM workspaces w
        CROSS JOIN (VALUES ('سرنخ', 'Lead', 0, 10, 'OPEN'), ('نیازسنجی', 'Qualification', 1, 25, 'OPEN'), ('پیشنهاد', 'Proposal', 2, 50, 'OPEN'),
                           ('مذاکره', 'Negotiation', 3, 75, 'OPEN'), ('برنده', 'Won', 4, 100, 'WON'), ('از دست رفته', 'Lost', 5, 0, 'LOST'))
             AS d (name_fa, name_en, position, probability, kind)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['sales_credit', 'sales_credit_documents', 'commission_rules', 'sales_quotas', 'sales_team_members', 'sales_teams', 'opportunities', 'pipeline_stages']) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
  }
}
