import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export type JobRunTrigger = 'SCHEDULE' | 'START' | 'CATCH_UP' | 'MANUAL';
export type JobRunStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';

export interface JobRunError {
  /** The workspace the error happened in; null for the run as a whole. */
  workspaceId: string | null;
  message: string;
}

export interface JobRunRecord {
  id: string;
  job: string;
  slot: string | null;
  day: string | null;
  workspaceId: string | null;
  trigger: JobRunTrigger;
  status: JobRunStatus;
  queuedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  items: number | null;
  errorCount: number;
  errors: JobRunError[];
  requestedByMemberId: string | null;
}

const MAX_ERRORS_KEPT = 50;
const KEEP_RUNS_DAYS = 30;

const COLUMNS = `id, job, slot, to_char(day, 'YYYY-MM-DD') AS day, workspace_id, trigger, status, queued_at, started_at, finished_at, items,
                 error_count, errors, requested_by_member_id`;

const toRecord = (r: Record<string, any>): JobRunRecord => ({
  id: r.id, job: r.job, slot: r.slot, day: r.day, workspaceId: r.workspace_id, trigger: r.trigger, status: r.status, queuedAt: r.queued_at,
  startedAt: r.started_at, finishedAt: r.finished_at, items: r.items, errorCount: r.error_count, errors: r.errors, requestedByMemberId: r.requested_by_member_id,
});

/**
 * job_runs and job_days: system tables spanning workspaces (queried with the owner connection, never inside a
 * workspace transaction). A workspace sees the runs for everyone and its own, and only its own errors.
 */
@Injectable()
export class JobRunsStore {
  constructor(private readonly ds: DataSource) {}

  async create(run: { job: string; slot: string | null; day: string | null; workspaceId: string | null; trigger: JobRunTrigger; status: 'QUEUED' | 'RUNNING'; memberId: string | null }): Promise<JobRunRecord> {
    const [row] = await this.ds.query(
      `INSERT INTO job_runs (job, slot, day, workspace_id, trigger, status, started_at, requested_by_member_id)
       VALUES ($1, $2, $3, $4, $5, $6, CASE WHEN $6 = 'RUNNING' THEN now() END, $7) RETURNING ${COLUMNS}`,
      [run.job, run.slot, run.day, run.workspaceId, run.trigger, run.status, run.memberId],
    );
    return toRecord(row);
  }

  async markRunning(id: string): Promise<void> {
    await this.ds.query(`UPDATE job_runs SET status = 'RUNNING', started_at = now(), finished_at = NULL WHERE id = $1`, [id]);
  }

  async finish(id: string, report: { items?: number; errors?: JobRunError[] }): Promise<void> {
    const errors = report.errors ?? [];
    await this.ds.query(
      `UPDATE job_runs SET status = 'SUCCEEDED', finished_at = now(), items = $2, error_count = $3, errors = $4::jsonb WHERE id = $1`,
      [id, report.items ?? null, errors.length, JSON.stringify(errors.slice(0, MAX_ERRORS_KEPT))],
    );
  }

  async fail(id: string, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    await this.ds.query(
      `UPDATE job_runs SET status = 'FAILED', finished_at = now(), error_count = error_count + 1, errors = errors || $2::jsonb WHERE id = $1`,
      [id, JSON.stringify([{ workspaceId: null, message: message.slice(0, 1000) }])],
    );
  }

  /**
   * Claims a day of a daily job: 'claimed' when this process may run it (new, failed before, or its runner's lease
   * ran out), 'done' when it already ran, 'busy' while another process runs it.
   */
  async claimDay(job: string, day: string, leaseSeconds: number): Promise<'claimed' | 'done' | 'busy'> {
    const claimed = await this.ds.query(
      `INSERT INTO job_days (job, day, status, lease_until) VALUES ($1, $2, 'RUNNING', now() + make_interval(secs => $3))
       ON CONFLICT (job, day) DO UPDATE SET status = 'RUNNING', attempts = job_days.attempts + 1, lease_until = EXCLUDED.lease_until
         WHERE job_days.status = 'FAILED' OR (job_days.status = 'RUNNING' AND job_days.lease_until < now())
       RETURNING job`,
      [job, day, leaseSeconds],
    );
    if (claimed.length) return 'claimed';
    const [row] = await this.ds.query(`SELECT status FROM job_days WHERE job = $1 AND day = $2`, [job, day]);
    return row?.status === 'DONE' ? 'done' : 'busy';
  }

  async completeDay(job: string, day: string, runId: string): Promise<void> {
    await this.ds.query(`UPDATE job_days SET status = 'DONE', run_id = $3, finished_at = now() WHERE job = $1 AND day = $2`, [job, day, runId]);
  }

  async failDay(job: string, day: string, runId: string): Promise<void> {
    await this.ds.query(`UPDATE job_days SET status = 'FAILED', run_id = $3, finished_at = now() WHERE job = $1 AND day = $2`, [job, day, runId]);
  }

  async lastCompletedDay(job: string): Promise<string | null> {
    return (await this.lastCompletedDays([job])).get(job) ?? null;
  }

  async lastCompletedDays(jobs: string[]): Promise<Map<string, string>> {
    if (!jobs.length) return new Map();
    const rows: Array<{ job: string; day: string }> = await this.ds.query(
      `SELECT job, to_char(max(day), 'YYYY-MM-DD') AS day FROM job_days WHERE job = ANY($1) AND status = 'DONE' GROUP BY job`,
      [jobs],
    );
    return new Map(rows.map((r) => [r.job, r.day]));
  }

  async hasOpenManualRun(job: string, day: string, workspaceId: string): Promise<boolean> {
    const rows = await this.ds.query(
      `SELECT 1 FROM job_runs WHERE job = $1 AND day = $2 AND workspace_id = $3 AND trigger = 'MANUAL' AND status IN ('QUEUED', 'RUNNING')
         AND queued_at > now() - interval '1 hour'`,
      [job, day, workspaceId],
    );
    return rows.length > 0;
  }

  /** Runs a workspace may see (for everyone, or its own), newest first, with only its own errors. */
  async list(workspaceId: string, filter: { job?: string | null; status?: JobRunStatus | null }, first: number): Promise<JobRunRecord[]> {
    const rows = await this.ds.query(
      `SELECT ${COLUMNS} FROM job_runs
       WHERE (workspace_id IS NULL OR workspace_id = $1) AND ($2::text IS NULL OR job = $2) AND ($3::text IS NULL OR status = $3)
       ORDER BY queued_at DESC, id DESC LIMIT $4`,
      [workspaceId, filter.job ?? null, filter.status ?? null, first],
    );
    return rows.map((r: Record<string, any>) => visibleTo(toRecord(r), workspaceId));
  }

  /** The latest run of each job a workspace may see. */
  async latest(workspaceId: string, jobs: string[]): Promise<Map<string, JobRunRecord>> {
    const rows = await this.ds.query(
      `SELECT r.* FROM unnest($2::text[]) AS j(job)
       CROSS JOIN LATERAL (SELECT ${COLUMNS} FROM job_runs WHERE job = j.job AND (workspace_id IS NULL OR workspace_id = $1) ORDER BY queued_at DESC LIMIT 1) r`,
      [workspaceId, jobs],
    );
    return new Map(rows.map((r: Record<string, any>) => [r.job, visibleTo(toRecord(r), workspaceId)]));
  }

  async prune(): Promise<number> {
    const result = await this.ds.query(`DELETE FROM job_runs WHERE queued_at < now() - make_interval(days => $1)`, [KEEP_RUNS_DAYS]);
    return result[1] ?? 0;
  }
}

/** Another workspace's errors are counted but not shown. */
function visibleTo(run: JobRunRecord, workspaceId: string): JobRunRecord {
  return { ...run, errors: run.errors.filter((e) => e.workspaceId === null || e.workspaceId === workspaceId) };
}
