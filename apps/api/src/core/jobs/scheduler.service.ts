import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { JobQueue } from './job-queue.service';

export interface ScheduleDefinition {
  /** The job (defined on JobQueue) the tick enqueues. */
  job: string;
  cron: string;
  /** Length of one slot in seconds: at most one job per slot, however many processes tick. */
  slotSeconds: number;
  timeZone?: string;
  /** Also tick once when the worker starts (recovery work that should not wait for the first slot). */
  runAtStart?: boolean;
}

/**
 * Cron ticks only enqueue. Every worker process ticks, and pg-boss's singleton slot (a unique index on
 * queue, slot and key) lets exactly one enqueue per slot succeed, so each scheduled job runs once however
 * many replicas there are.
 */
@Injectable()
export class Scheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(Scheduler.name);
  private readonly schedules = new Map<string, ScheduleDefinition>();

  constructor(
    private readonly jobs: JobQueue,
    private readonly registry: SchedulerRegistry,
  ) {}

  define(schedule: ScheduleDefinition): void {
    this.schedules.set(schedule.job, schedule);
  }

  onApplicationBootstrap(): void {
    if (!this.jobs.runsWorkers) return;
    for (const schedule of this.schedules.values()) {
      const cron = CronJob.from({
        cronTime: schedule.cron,
        timeZone: schedule.timeZone ?? 'Asia/Tehran',
        onTick: () => void this.tick(schedule.job).catch((e) => this.logger.error(e, `tick of ${schedule.job} failed`)),
        start: true,
      });
      this.registry.addCronJob(`schedule:${schedule.job}`, cron as never);
      if (schedule.runAtStart) {
        void this.jobs.started
          .then(() => this.jobs.enqueue(schedule.job, { slot: 'start' }))
          .catch((e) => this.logger.error(e, `start tick of ${schedule.job} failed`));
      }
    }
  }

  /** Enqueues the slot containing `at`; returns the job id, or null when another process already did. */
  async tick(job: string, at: Date = new Date()): Promise<string | null> {
    const schedule = this.schedules.get(job);
    if (!schedule) throw new Error(`No schedule for ${job}`);
    const slotStart = Math.floor(at.getTime() / 1000 / schedule.slotSeconds) * schedule.slotSeconds;
    return this.jobs.enqueue(job, { slot: new Date(slotStart * 1000).toISOString() }, {
      singletonKey: `${job}:${slotStart}`,
      singletonSeconds: schedule.slotSeconds,
    });
  }
}
