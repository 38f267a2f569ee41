import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { TenantDb } from '../../core/database/tenant-db.service';
import { JobQueue } from '../../core/jobs/job-queue.service';
import { Scheduler } from '../../core/jobs/scheduler.service';
import { SalesService } from './sales.service';

export const EXPIRE_PROFORMAS_JOB = 'sales.expire-proformas';

/**
 * Every 10 minutes (one job per slot across replicas, see Scheduler): confirmed pro-formas past expires_at become
 * EXPIRED and give their reserved stock and coupons back.
 */
@Injectable()
export class SalesJobs implements OnModuleInit {
  private readonly logger = new Logger(SalesJobs.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly scheduler: Scheduler,
    private readonly db: TenantDb,
    private readonly sales: SalesService,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ slot: string }>({
      name: EXPIRE_PROFORMAS_JOB,
      retryLimit: 3,
      handler: async () => {
        await this.expireProformas();
      },
    });
    this.scheduler.define({ job: EXPIRE_PROFORMAS_JOB, cron: '*/10 * * * *', slotSeconds: 600, runAtStart: true });
  }

  /** The job's handler: finds the workspaces with something due (as the system), then expires per workspace. */
  async expireProformas(now = new Date()): Promise<number> {
    const rows: Array<{ workspace_id: string }> = await this.db.system((em) =>
      em.query(`SELECT DISTINCT workspace_id FROM proformas WHERE status = 'CONFIRMED' AND expires_at <= $1`, [now]),
    );
    let expired = 0;
    for (const { workspace_id } of rows) {
      try {
        expired += await this.sales.expireDue(workspace_id, now);
      } catch (e) {
        // One workspace's failure must not hold the others' stock; the next slot retries it.
        this.logger.error(e, `expiring pro-formas of workspace ${workspace_id} failed`);
      }
    }
    return expired;
  }
}
