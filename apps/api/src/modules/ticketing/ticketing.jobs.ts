import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { TenantDb } from '../../core/database/tenant-db.service';
import { JobQueue } from '../../core/jobs/job-queue.service';
import { Scheduler } from '../../core/jobs/scheduler.service';
import { PENDING_DUE_SQL } from './models/ticket.enums';
import { TicketsService } from './tickets.service';
import { AttachmentsService } from './attachments/attachments.service';

export const SLA_CHECK_JOB = 'ticketing.sla-check';
export const AUTO_CLOSE_JOB = 'ticketing.auto-close';
export const UPLOAD_CLEANUP_JOB = 'ticketing.upload-cleanup';

/**
 * Every 5 minutes: SLA warnings and breaches (TicketsService.checkSla). Every hour: tickets resolved more than
 * their workspace's auto-close days ago (ticket_settings, default 7; 0 = never) are closed, and uploads nobody
 * attached within a day are deleted. Both find the workspaces with work as the system, then act per workspace.
 */
@Injectable()
export class TicketingJobs implements OnModuleInit {
  private readonly logger = new Logger(TicketingJobs.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly scheduler: Scheduler,
    private readonly db: TenantDb,
    private readonly tickets: TicketsService,
    private readonly attachments: AttachmentsService,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ slot: string }>({ name: SLA_CHECK_JOB, retryLimit: 2, handler: async () => void (await this.checkSla()) });
    this.scheduler.define({ job: SLA_CHECK_JOB, cron: '*/5 * * * *', slotSeconds: 300, runAtStart: true });
    this.jobs.define<{ slot: string }>({ name: AUTO_CLOSE_JOB, retryLimit: 2, handler: async () => void (await this.autoClose()) });
    this.scheduler.define({ job: AUTO_CLOSE_JOB, cron: '17 * * * *', slotSeconds: 3600 });
    this.jobs.define<{ slot: string }>({ name: UPLOAD_CLEANUP_JOB, retryLimit: 2, handler: async () => void (await this.attachments.deleteAbandoned()) });
    this.scheduler.define({ job: UPLOAD_CLEANUP_JOB, cron: '43 * * * *', slotSeconds: 3600 });
  }

  /** The SLA job's handler. */
  async checkSla(now = new Date()): Promise<{ warned: number; breached: number }> {
    // 1440 minutes: the longest warning window a policy may set.
    const rows: Array<{ workspace_id: string }> = await this.db.system((em) =>
      em.query(
        `SELECT DISTINCT workspace_id FROM tickets
         WHERE status IN ('NEW', 'OPEN', 'WAITING_ON_CUSTOMER') AND sla_breached_at IS NULL AND resolution_due_at IS NOT NULL
           AND ${PENDING_DUE_SQL('tickets')} <= $1::timestamptz + interval '1440 minutes'`,
        [now],
      ),
    );
    const total = { warned: 0, breached: 0 };
    for (const { workspace_id } of rows) {
      try {
        const r = await this.tickets.checkSla(workspace_id, now);
        total.warned += r.warned;
        total.breached += r.breached;
      } catch (e) {
        this.logger.error(e, `SLA check of workspace ${workspace_id} failed`);
      }
    }
    return total;
  }

  /** The auto-close job's handler. */
  async autoClose(now = new Date()): Promise<number> {
    const rows: Array<{ workspace_id: string }> = await this.db.system((em) =>
      em.query(
        `SELECT DISTINCT t.workspace_id FROM tickets t LEFT JOIN ticket_settings s ON s.workspace_id = t.workspace_id
         WHERE t.status = 'RESOLVED' AND coalesce(s.auto_close_days, 7) > 0 AND t.resolved_at <= $1::timestamptz - make_interval(days => coalesce(s.auto_close_days, 7))`,
        [now],
      ),
    );
    let closed = 0;
    for (const { workspace_id } of rows) {
      try {
        closed += await this.tickets.autoClose(workspace_id, now);
      } catch (e) {
        this.logger.error(e, `auto-close of workspace ${workspace_id} failed`);
      }
    }
    return closed;
  }
}
