import { Injectable, OnModuleInit } from '@nestjs/common';
import { JobQueue } from '../jobs/job-queue.service';
import { MailMessage, Mailer } from './mailer.service';

export const SEND_MAIL_JOB = 'mail.send';

/** Transactional staff email (invitations) goes through a durable job so a failed SMTP hop is retried. */
@Injectable()
export class MailJobs implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
  ) {}

  onModuleInit(): void {
    this.jobs.define<MailMessage>({
      name: SEND_MAIL_JOB,
      retryLimit: 8,
      retryDelaySeconds: 10,
      handler: async (message) => {
        await this.mailer.send(message);
      },
    });
  }
}
