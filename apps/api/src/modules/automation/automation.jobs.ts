import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { parseISODate, zonedDateTimeToInstant } from '@peyvand/calendar';
import { TenantDb } from '../../core/database/tenant-db.service';
import { Clock } from '../../core/jobs/clock';
import { JobQueue } from '../../core/jobs/job-queue.service';
import { JobRunError } from '../../core/jobs/job-runs.store';
import { JobRunReport, Scheduler } from '../../core/jobs/scheduler.service';
import { LifecycleService } from '../contacts/lifecycle.service';
import { AutomationWorkspaces } from './automation-workspaces';
import { FollowUpsService } from './followups.service';

export const FOLLOWUPS_JOB = 'automation.followups';
export const WIN_BACK_JOB = 'automation.win-back';

/**
 * Every 10 minutes: due follow-up steps of every workspace. Every day at 03:00 (caught up after downtime): the
 * ladder's inactivity check (LifecycleService.evaluateInactivity, thresholds in the lifecycle settings), whose stage
 * changes enrol the contacts in the workspace's "became inactive" / "became lost" plans (FollowUpsService).
 */
@Injectable()
export class AutomationJobs implements OnModuleInit {
  private readonly logger = new Logger(AutomationJobs.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly scheduler: Scheduler,
    private readonly db: TenantDb,
    private readonly clock: Clock,
    private readonly followUps: FollowUpsService,
    private readonly lifecycle: LifecycleService,
    private readonly workspaces: AutomationWorkspaces,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ slot: string }>({ name: FOLLOWUPS_JOB, retryLimit: 2, handler: () => this.runFollowUps() });
    this.scheduler.define({ job: FOLLOWUPS_JOB, cron: '*/10 * * * *', slotSeconds: 600, runAtStart: true });
    this.scheduler.defineDaily({ job: WIN_BACK_JOB, at: '03:00', run: (day, scope) => this.runWinBack(day, scope.workspaceId) });
  }

  async runFollowUps(now = this.clock.now()): Promise<JobRunReport> {
    const rows: Array<{ workspace_id: string }> = await this.db.system((em) =>
      em.query(`SELECT DISTINCT workspace_id FROM followup_enrolments WHERE status = 'ACTIVE' AND next_due_at <= $1`, [now]),
    );
    const errors: JobRunError[] = [];
    let items = 0;
    for (const { workspace_id } of rows) {
      try {
        // Batches of 200 until nothing is due (a step's next step is never due in the same instant unless delay 0).
        for (let n = -1; n !== 0; ) items += n = await this.followUps.processDue(workspace_id, now);
      } catch (e) {
        this.logger.error(e, `follow-ups of workspace ${workspace_id} failed`);
        errors.push({ workspaceId: workspace_id, message: (e as Error).message });
      }
    }
    return { items, errors };
  }

  async runWinBack(day: string, workspaceId?: string): Promise<JobRunReport> {
    const errors: JobRunError[] = [];
    let items = 0;
    for (const ws of await this.workspaces.list(workspaceId)) {
      try {
        items += await this.lifecycle.evaluateInactivity(ws.id, zonedDateTimeToInstant(parseISODate(day)!, '03:00', ws.timezone));
      } catch (e) {
        errors.push({ workspaceId: ws.id, message: (e as Error).message });
      }
    }
    return { items, errors };
  }
}
