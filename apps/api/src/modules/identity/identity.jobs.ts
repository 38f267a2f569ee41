import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../../core/jobs/job-queue.service';
import { Scheduler } from '../../core/jobs/scheduler.service';
import { AuthService } from './auth.service';

export const PURGE_EXPIRED_TOKENS_JOB = 'identity.purge-expired-tokens';

@Injectable()
export class IdentityJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly scheduler: Scheduler,
    private readonly auth: AuthService,
  ) {}

  onModuleInit(): void {
    this.jobs.define({
      name: PURGE_EXPIRED_TOKENS_JOB,
      retryLimit: 3,
      handler: async () => {
        await this.auth.purgeExpiredRefreshTokens();
      },
    });
    this.scheduler.define({ job: PURGE_EXPIRED_TOKENS_JOB, cron: '7 * * * *', slotSeconds: 3600 });
  }
}
