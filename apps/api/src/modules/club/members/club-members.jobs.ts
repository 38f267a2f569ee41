import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../../../core/jobs/job-queue.service';
import { Scheduler } from '../../../core/jobs/scheduler.service';
import { ClubAuthService } from './club-auth.service';

export const PURGE_CLUB_CODES_JOB = 'club.purge-codes-and-sessions';

/** Housekeeping: one-time codes older than a day (past every limit's window) and long-expired member sessions. */
@Injectable()
export class ClubMembersJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly scheduler: Scheduler,
    private readonly auth: ClubAuthService,
  ) {}

  onModuleInit(): void {
    this.jobs.define({
      name: PURGE_CLUB_CODES_JOB,
      retryLimit: 3,
      handler: async () => {
        await this.auth.purgeExpired();
      },
    });
    this.scheduler.define({ job: PURGE_CLUB_CODES_JOB, cron: '17 * * * *', slotSeconds: 3600 });
  }
}
