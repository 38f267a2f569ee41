import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantTableSql } from '../tenant-table.sql';

/** Scheduled jobs: job runs, follow-up plans, important-date sends, win-back (owned by modules/automation and core/jobs). */
export class Automation1764000000014 implements MigrationInterface {
  name = 'Automation1764000000014';

  async up(q: QueryRunner): Promise<void> {
    // Job runs span workspaces (a run of the SLA check serves them all): system tables without RLS, read only through
    // the scheduler, which shows a workspace its own errors and the runs scoped to it or to everyone.
    await q.query(`
      CREATE TABLE job_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        job text NOT NULL,
        slot text,
        day date,
        workspace_id uuid REFERENCES workspaces(id) ON DELETE CASCADE,
        trigger text NOT NULL CHECK (trigger IN ('SCHEDULE', 'START', 'CATCH_UP', 'MANUAL')),
        status text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
        queued_at timestamptz(3) NOT NULL DEFAULT now(),
        started_at timestamptz(3),
        finished_at timestamptz(3),
        items int,
        error_count int NOT NULL DEFAULT 0,
        errors jsonb NOT NULL DEFAULT '[]',
        requested_by_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL
      )`);
    await q.query(`CREATE INDEX job_runs_job_idx ON job_runs (job, queued_at DESC)`);
    await q.query(`CREATE INDEX job_runs_queued_idx ON job_runs (queued_at)`);
    // Read and written by the owner connection (core/jobs/job-runs.store.ts); under the app role a workspace sees its own
    // runs and the system-wide ones (workspace_id null), never another workspace's.
    for (const s of [
      `ALTER TABLE job_runs ENABLE ROW LEVEL SECURITY`,
      `ALTER TABLE job_runs FORCE ROW LEVEL SECURITY`,
      `CREATE POLICY tenant_isolation ON job_runs USING (workspace_id IS NULL OR workspace_id = app_current_workspace()) WITH CHECK (workspace_id = app_current_workspace())`,
      `CREATE POLICY system_access ON job_runs TO CURRENT_USER USING (true) WITH CHECK (true)`,
    ]) await q.query(s);
    // One row per daily job and day: the claim that makes a day run once across replicas, and the catch-up memory.
    await q.query(`
      CREATE TABLE job_days (
        job text NOT NULL,
        day date NOT NULL,
        status text NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
        attempts int NOT NULL DEFAULT 1,
        lease_until timestamptz(3) NOT NULL,
        run_id uuid,
        finished_at timestamptz(3),
        PRIMARY KEY (job, day)
      )`);

    await q.query(`
      CREATE TABLE followup_plans (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        description text,
        trigger text NOT NULL DEFAULT 'MANUAL' CHECK (trigger IN ('MANUAL', 'FIRST_TIME_CUSTOMER', 'ORDER_DELIVERED', 'BECAME_INACTIVE', 'BECAME_LOST')),
        active boolean NOT NULL DEFAULT true,
        team_member_ids uuid[] NOT NULL DEFAULT '{}',
        round_robin_cursor int NOT NULL DEFAULT 0,
        created_by_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX followup_plans_name ON followup_plans (workspace_id, lower(name))`);
    await q.query(`CREATE INDEX followup_plans_trigger_idx ON followup_plans (workspace_id, trigger) WHERE active`);
    for (const s of tenantTableSql('followup_plans')) await q.query(s);

    await q.query(`
      CREATE TABLE followup_steps (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        plan_id uuid NOT NULL REFERENCES followup_plans(id) ON DELETE CASCADE,
        position int NOT NULL CHECK (position >= 0),
        kind text NOT NULL CHECK (kind IN ('SMS', 'EMAIL', 'CALL')),
        delay_days int NOT NULL CHECK (delay_days BETWEEN 0 AND 365),
        template_key text,
        body text,
        subject text,
        call_script text,
        max_attempts int NOT NULL DEFAULT 3 CHECK (max_attempts BETWEEN 1 AND 10),
        skip_if_purchased boolean NOT NULL DEFAULT true,
        skip_if_replied boolean NOT NULL DEFAULT true,
        UNIQUE (plan_id, position),
        CHECK (kind = 'CALL' OR num_nonnulls(template_key, body) = 1)
      )`);
    await q.query(`CREATE INDEX followup_steps_plan_idx ON followup_steps (workspace_id, plan_id, position)`);
    for (const s of tenantTableSql('followup_steps')) await q.query(s);

    await q.query(`
      CREATE TABLE followup_enrolments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        plan_id uuid NOT NULL REFERENCES followup_plans(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('ACTIVE', 'WAITING_CALL', 'COMPLETED', 'CANCELLED')),
        source text NOT NULL,
        source_ref text,
        next_position int NOT NULL DEFAULT 0,
        next_due_at timestamptz(3),
        last_step_at timestamptz(3),
        last_purchase_at timestamptz(3),
        last_reply_at timestamptz(3),
        enrolled_at timestamptz(3) NOT NULL,
        enrolled_by_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        finished_at timestamptz(3),
        cancel_reason text
      )`);
    await q.query(`CREATE UNIQUE INDEX followup_enrolments_one_live ON followup_enrolments (workspace_id, plan_id, contact_id) WHERE status IN ('ACTIVE', 'WAITING_CALL')`);
    await q.query(`CREATE UNIQUE INDEX followup_enrolments_source ON followup_enrolments (workspace_id, plan_id, source_ref) WHERE source_ref IS NOT NULL`);
    await q.query(`CREATE INDEX followup_enrolments_due_idx ON followup_enrolments (workspace_id, next_due_at) WHERE status = 'ACTIVE'`);
    await q.query(`CREATE INDEX followup_enrolments_contact_idx ON followup_enrolments (workspace_id, contact_id)`);
    await q.query(`CREATE INDEX followup_enrolments_list_idx ON followup_enrolments (workspace_id, enrolled_at DESC, id DESC)`);
    for (const s of tenantTableSql('followup_enrolments', { auditExclude: ['next_due_at', 'last_step_at', 'last_purchase_at', 'last_reply_at'] })) await q.query(s);

    await q.query(`
      CREATE TABLE followup_step_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        enrolment_id uuid NOT NULL REFERENCES followup_enrolments(id) ON DELETE CASCADE,
        position int NOT NULL,
        kind text NOT NULL,
        status text NOT NULL CHECK (status IN ('SENT', 'CALLING', 'DONE', 'SKIPPED', 'FAILED', 'GAVE_UP')),
        reason text,
        message_id uuid,
        executed_at timestamptz(3) NOT NULL,
        UNIQUE (enrolment_id, position)
      )`);
    await q.query(`CREATE INDEX followup_step_runs_enrolment_idx ON followup_step_runs (workspace_id, enrolment_id, position)`);
    for (const s of tenantTableSql('followup_step_runs', { audit: false })) await q.query(s);

    await q.query(`
      CREATE TABLE followup_calls (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        step_run_id uuid NOT NULL REFERENCES followup_step_runs(id) ON DELETE CASCADE,
        enrolment_id uuid NOT NULL REFERENCES followup_enrolments(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
        task_id uuid NOT NULL,
        attempt int NOT NULL CHECK (attempt >= 1),
        assignee_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        call_script text,
        due_at timestamptz(3) NOT NULL,
        outcome text CHECK (outcome IN ('ANSWERED', 'NO_ANSWER', 'BUSY', 'WRONG_NUMBER', 'NOT_INTERESTED')),
        note text,
        recorded_by_member_id uuid REFERENCES workspace_members(id) ON DELETE SET NULL,
        recorded_at timestamptz(3),
        UNIQUE (step_run_id, attempt)
      )`);
    await q.query(`CREATE UNIQUE INDEX followup_calls_task ON followup_calls (workspace_id, task_id)`);
    await q.query(`CREATE INDEX followup_calls_open_idx ON followup_calls (workspace_id, assignee_member_id, due_at) WHERE outcome IS NULL`);
    for (const s of tenantTableSql('followup_calls')) await q.query(s);

    // One row per important date and occurrence: the ledger that makes a greeting go out once, however often the
    // day is run (catch-up, a manual re-run, two replicas).
    await q.query(`
      CREATE TABLE important_date_sends (
        workspace_id uuid NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
        important_date_id uuid NOT NULL,
        occurrence date NOT NULL,
        run_day date NOT NULL,
        contact_ids uuid[] NOT NULL DEFAULT '{}',
        message_ids uuid[] NOT NULL DEFAULT '{}',
        task_id uuid,
        error text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        PRIMARY KEY (workspace_id, important_date_id, occurrence)
      )`);
    await q.query(`CREATE INDEX important_date_sends_day_idx ON important_date_sends (workspace_id, run_day)`);
    for (const s of tenantTableSql('important_date_sends', { audit: false })) await q.query(s);
  }

  async down(): Promise<void> {
    throw new Error('Forward-only migration');
  }
}
