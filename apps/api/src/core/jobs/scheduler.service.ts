import { Injectable, Logger, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { addDays, DEFAULT_TIME_ZONE, formatISODate, parseISODate, zonedDateTime } from '@peyvand/calendar';
import { CronJob } from 'cron';
import { BadInputError, ConflictError } from '../errors/domain-errors';
import { Clock } from './clock';
import { JobQueue } from './job-queue.service';
import { JobRunError, JobRunRecord, JobRunsStore, JobRunTrigger } from './job-runs.store';

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

/** What one run did; a handler may return it (or a plain count) and the run records it. */
export interface JobRunReport {
  items?: number;
  errors?: JobRunError[];
}

/**
 * A job that works one calendar day at a time and must see every day exactly once: the tick of a day (due at `at`,
 * local time in `timeZone`) runs every day since the last one completed, in order, so days missed while the
 * servers were down are caught up (also on start). A day is claimed in job_days, so replicas never run it twice.
 */
export interface DailyJobDefinition {
  job: string;
  /** 'HH:MM', local time at which a day's run is due. */
  at: string;
  timeZone?: string;
  /** How far back a start catches up at most (days); older misses are reported as an error of the run. */
  maxCatchUpDays?: number;
  /** The day's work; `workspaceId` narrows it to one workspace (an admin's "run now"). `day` is 'YYYY-MM-DD'. */
  run: (day: string, scope: { workspaceId?: string }) => Promise<JobRunReport>;
}

export interface ScheduledJobInfo {
  job: string;
  kind: 'SLOT' | 'DAILY';
  cron: string;
  timeZone: string;
  lastCompletedDay: string | null;
}

type DailyJobData = { upTo: string; trigger: JobRunTrigger } | { day: string; workspaceId: string; runId: string };
type SlotJobData = { slot: string; runId?: string };

const DAY_LEASE_SECONDS = 3600;
const BUSY_POLL_MS = 500;

/**
 * Cron ticks only enqueue. Every worker process ticks, and pg-boss's singleton slot (a unique index on
 * queue, slot and key) lets exactly one enqueue per slot succeed, so each scheduled job runs once however
 * many replicas there are. Every run is recorded in job_runs (started, finished, items, errors).
 */
@Injectable()
export class Scheduler implements OnModuleInit, OnApplicationBootstrap {
  private readonly logger = new Logger(Scheduler.name);
  private readonly schedules = new Map<string, ScheduleDefinition>();
  private readonly daily = new Map<string, DailyJobDefinition>();

  constructor(
    private readonly jobs: JobQueue,
    private readonly registry: SchedulerRegistry,
    private readonly clock: Clock,
    private readonly runs: JobRunsStore,
  ) {}

  onModuleInit(): void {
    this.jobs.define<SlotJobData>({ name: PRUNE_RUNS_JOB, retryLimit: 1, handler: () => this.runs.prune() });
    this.define({ job: PRUNE_RUNS_JOB, cron: '41 3 * * *', slotSeconds: 3600 });
  }

  define(schedule: ScheduleDefinition): void {
    this.schedules.set(schedule.job, schedule);
    this.jobs.intercept(schedule.job, (run, data) => this.recordSlotRun(schedule.job, data as SlotJobData, run));
  }

  defineDaily(definition: DailyJobDefinition): void {
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(definition.at)) throw new Error(`Bad time of day for ${definition.job}: ${definition.at}`);
    this.daily.set(definition.job, definition);
    this.jobs.define<DailyJobData>({ name: definition.job, retryLimit: 3, retryDelaySeconds: 60, handler: (data) => this.runDaily(definition, data) });
  }

  onApplicationBootstrap(): void {
    if (!this.jobs.runsWorkers) return;
    for (const schedule of this.schedules.values()) {
      this.addCron(schedule.job, schedule.cron, schedule.timeZone, () => this.tick(schedule.job));
      if (schedule.runAtStart) {
        void this.jobs.started
          .then(() => this.jobs.enqueue(schedule.job, { slot: 'start' }))
          .catch((e) => this.logger.error(e, `start tick of ${schedule.job} failed`));
      }
    }
    for (const def of this.daily.values()) {
      const [hour, minute] = def.at.split(':').map(Number);
      this.addCron(def.job, `${minute} ${hour} * * *`, def.timeZone, () => this.tick(def.job));
      void this.jobs.started.then(() => this.catchUp(def.job)).catch((e) => this.logger.error(e, `catch-up of ${def.job} failed`));
    }
  }

  private addCron(job: string, cronTime: string, timeZone: string | undefined, onTick: () => Promise<unknown>): void {
    const cron = CronJob.from({
      cronTime,
      timeZone: timeZone ?? DEFAULT_TIME_ZONE,
      onTick: () => void onTick().catch((e) => this.logger.error(e, `tick of ${job} failed`)),
      start: true,
    });
    this.registry.addCronJob(`schedule:${job}`, cron as never);
  }

  /** Enqueues the slot (or, for a daily job, the day) containing `at`; returns the job id, or null when another process already did. */
  async tick(job: string, at: Date = this.clock.now()): Promise<string | null> {
    const daily = this.daily.get(job);
    if (daily) {
      // A timer may fire a little before the minute: the tick of 10:00 is the run of that day.
      const upTo = this.dueDay(daily, new Date(at.getTime() + 60_000));
      return this.jobs.enqueue<DailyJobData>(job, { upTo, trigger: 'SCHEDULE' }, { singletonKey: `${job}:${upTo}`, singletonSeconds: 3600 });
    }
    const schedule = this.schedules.get(job);
    if (!schedule) throw new Error(`No schedule for ${job}`);
    const slotStart = Math.floor(at.getTime() / 1000 / schedule.slotSeconds) * schedule.slotSeconds;
    return this.jobs.enqueue<SlotJobData>(job, { slot: new Date(slotStart * 1000).toISOString() }, {
      singletonKey: `${job}:${slotStart}`,
      singletonSeconds: schedule.slotSeconds,
    });
  }

  /** What a start does for a daily job: enqueue every day missed since the last one completed, up to the last one due. */
  catchUp(job: string): Promise<string | null> {
    const def = this.daily.get(job);
    if (!def) throw new Error(`No daily job ${job}`);
    const upTo = this.dueDay(def, this.clock.now());
    return this.jobs.enqueue<DailyJobData>(job, { upTo, trigger: 'START' }, { singletonKey: `${job}:start:${upTo}`, singletonSeconds: 60 });
  }

  /** The last day whose run is due at `at`: today once the local time has passed `at`, else yesterday. */
  dueDay(def: DailyJobDefinition, at: Date): string {
    const local = zonedDateTime(at, def.timeZone ?? DEFAULT_TIME_ZONE);
    const [hour, minute] = def.at.split(':').map(Number);
    const today = { year: local.year, month: local.month, day: local.day };
    const passed = local.hour > hour || (local.hour === hour && local.minute >= minute);
    return formatISODate(passed ? today : addDays(today, -1));
  }

  list(): ScheduledJobInfo[] {
    return [
      ...[...this.schedules.values()].map((s) => ({ job: s.job, kind: 'SLOT' as const, cron: s.cron, timeZone: s.timeZone ?? DEFAULT_TIME_ZONE })),
      ...[...this.daily.values()].map((d) => {
        const [hour, minute] = d.at.split(':').map(Number);
        return { job: d.job, kind: 'DAILY' as const, cron: `${minute} ${hour} * * *`, timeZone: d.timeZone ?? DEFAULT_TIME_ZONE };
      }),
    ]
      .map((j) => ({ ...j, lastCompletedDay: null as string | null }))
      .sort((a, b) => a.job.localeCompare(b.job));
  }

  async listWithState(): Promise<ScheduledJobInfo[]> {
    const days = await this.runs.lastCompletedDays([...this.daily.keys()]);
    return this.list().map((j) => ({ ...j, lastCompletedDay: days.get(j.job) ?? null }));
  }

  isKnown(job: string): boolean {
    return this.schedules.has(job) || this.daily.has(job);
  }

  /**
   * An admin's "run now": a daily job runs the given day for the admin's workspace only (sends already made for that
   * day are not repeated: the jobs' own idempotency keys hold); another scheduled job runs once more for everyone.
   */
  async runNow(job: string, day: string | null | undefined, workspaceId: string, memberId: string | null): Promise<JobRunRecord> {
    if (!this.isKnown(job)) throw BadInputError.field('job', `no scheduled job is called ${job}`);
    if (this.daily.has(job)) {
      if (!day) throw BadInputError.field('day', 'a daily job needs the day to run (YYYY-MM-DD)');
      const parsed = parseISODate(day);
      if (!parsed) throw BadInputError.field('day', 'must be a date YYYY-MM-DD');
      const iso = formatISODate(parsed);
      if (iso > formatISODate(addDays(parseISODate(this.dueDay(this.daily.get(job)!, this.clock.now()))!, 60))) {
        throw BadInputError.field('day', 'is more than 60 days ahead');
      }
      if (await this.runs.hasOpenManualRun(job, iso, workspaceId)) throw new ConflictError('This day is already queued or running for this workspace');
      const run = await this.runs.create({ job, day: iso, slot: null, workspaceId, trigger: 'MANUAL', status: 'QUEUED', memberId });
      await this.jobs.enqueue<DailyJobData>(job, { day: iso, workspaceId, runId: run.id });
      return run;
    }
    const run = await this.runs.create({ job, day: null, slot: 'manual', workspaceId: null, trigger: 'MANUAL', status: 'QUEUED', memberId });
    await this.jobs.enqueue<SlotJobData>(job, { slot: 'manual', runId: run.id });
    return run;
  }

  private async recordSlotRun(job: string, data: SlotJobData, run: () => Promise<unknown>): Promise<void> {
    const trigger: JobRunTrigger = data.slot === 'start' ? 'START' : data.slot === 'manual' ? 'MANUAL' : 'SCHEDULE';
    const runId = data.runId
      ? (await this.runs.markRunning(data.runId), data.runId)
      : (await this.runs.create({ job, slot: data.slot, day: null, workspaceId: null, trigger, status: 'RUNNING', memberId: null })).id;
    try {
      await this.runs.finish(runId, toReport(await run()));
    } catch (e) {
      await this.runs.fail(runId, e);
      throw e;
    }
  }

  private async runDaily(def: DailyJobDefinition, data: DailyJobData): Promise<void> {
    if ('runId' in data) {
      await this.runs.markRunning(data.runId);
      try {
        await this.runs.finish(data.runId, await def.run(data.day, { workspaceId: data.workspaceId }));
      } catch (e) {
        await this.runs.fail(data.runId, e);
      }
      return;
    }
    const last = await this.runs.lastCompletedDay(def.job);
    const upTo = parseISODate(data.upTo)!;
    let from = last ? addDays(parseISODate(last)!, 1) : upTo;
    const max = def.maxCatchUpDays ?? 60;
    const skipped: JobRunError[] = [];
    if (formatISODate(addDays(from, max)) < data.upTo) {
      const newFrom = addDays(upTo, -max);
      skipped.push({ workspaceId: null, message: `days ${formatISODate(from)} to ${formatISODate(addDays(newFrom, -1))} were older than ${max} days and not caught up` });
      from = newFrom;
    }
    for (let day = from; formatISODate(day) <= data.upTo; day = addDays(day, 1)) {
      const iso = formatISODate(day);
      const trigger = iso === data.upTo ? data.trigger : 'CATCH_UP';
      // Another process is running this day: wait for it (its run may end before the days this job is due for).
      let outcome = await this.runDay(def, iso, trigger, skipped.splice(0));
      for (let waited = 0; outcome === 'busy'; waited += BUSY_POLL_MS) {
        if (waited > DAY_LEASE_SECONDS * 1000) throw new Error(`${def.job}: day ${iso} is still held by another process`);
        await new Promise((r) => setTimeout(r, BUSY_POLL_MS));
        outcome = await this.runDay(def, iso, trigger, []);
      }
    }
  }

  private async runDay(def: DailyJobDefinition, day: string, trigger: JobRunTrigger, extraErrors: JobRunError[]): Promise<'done' | 'busy' | 'ran'> {
    const claim = await this.runs.claimDay(def.job, day, DAY_LEASE_SECONDS);
    if (claim !== 'claimed') return claim;
    const run = await this.runs.create({ job: def.job, day, slot: null, workspaceId: null, trigger, status: 'RUNNING', memberId: null });
    try {
      const report = await def.run(day, {});
      await this.runs.finish(run.id, { items: report.items, errors: [...extraErrors, ...(report.errors ?? [])] });
      await this.runs.completeDay(def.job, day, run.id);
      return 'ran';
    } catch (e) {
      await this.runs.fail(run.id, e);
      await this.runs.failDay(def.job, day, run.id);
      throw e;
    }
  }
}

export const PRUNE_RUNS_JOB = 'jobs.prune-runs';

function toReport(result: unknown): JobRunReport {
  if (typeof result === 'number') return { items: result };
  if (result && typeof result === 'object') {
    const r = result as Record<string, unknown>;
    if ('items' in r || 'errors' in r) return r as JobRunReport;
    const counts = Object.values(r).filter((v): v is number => typeof v === 'number');
    if (counts.length) return { items: counts.reduce((a, b) => a + b, 0) };
  }
  return {};
}
