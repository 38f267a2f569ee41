import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { setMaxListeners } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { grantJobQueueToAppRole } from '../database/app-role';
import PgBoss from 'pg-boss';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { RUNTIME } from '../runtime';
import type { Runtime } from '../runtime';

const JOB_QUEUE_SETUP_LOCK = 727_002; // any constant (727_001 serialises the migrations)

export interface JobDefinition<T extends object> {
  name: string;
  /** Retries with exponential backoff before the job is failed. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  /** Jobs of this queue one process runs at the same time (default 1). */
  concurrency?: number;
  /** May report what it did (a count, or items and errors); scheduled jobs' runs record it. */
  handler: (data: T, job: PgBoss.Job<T>) => Promise<unknown>;
}

/** Wraps every run of one queue's handler (the Scheduler records scheduled jobs' runs this way). */
export type JobInterceptor = (run: () => Promise<unknown>, data: object, job: PgBoss.Job<object>) => Promise<unknown>;

const POLL_INTERVAL_MS = 1000;
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * pg-boss on the application's own PostgreSQL. Jobs can be enqueued inside a business transaction (pass its
 * EntityManager), which makes the queue an outbox: the job exists if and only if the change committed.
 * Workers only run in processes whose APP_ROLE is `worker` or `all`.
 *
 * The worker loops are ours (fetch → handler → complete/fail), not pg-boss's `work()`: its `stop()` resolves
 * while its worker-stop loops still sleep, and a fetch in flight at stop can start a handler after the pool
 * closed. Ours are awaited on shutdown, so nothing of the queue runs once the application has closed.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly definitions = new Map<string, JobDefinition<object>>();
  private readonly interceptors = new Map<string, JobInterceptor>();
  private boss?: PgBoss;
  private readonly workerLoops: Promise<void>[] = [];
  private readonly inFlight = new Map<string, string>();
  private readonly stopping = new AbortController();
  private markStarted!: () => void;
  /** Resolves once the queue exists and accepts jobs (Nest runs the bootstrap hooks of one module concurrently). */
  readonly started = new Promise<void>((resolve) => (this.markStarted = resolve));

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(RUNTIME) private readonly runtime: Runtime,
    private readonly dataSource: DataSource,
  ) {}

  /** Modules define their jobs in onModuleInit; the queue starts once all are known. */
  async onApplicationBootstrap(): Promise<void> {
    await this.start();
  }

  define<T extends object>(definition: JobDefinition<T>): void {
    this.definitions.set(definition.name, definition as JobDefinition<object>);
  }

  intercept(name: string, interceptor: JobInterceptor): void {
    this.interceptors.set(name, interceptor);
  }

  isDefined(name: string): boolean {
    return this.definitions.has(name);
  }

  get runsWorkers(): boolean {
    return this.config.APP_ROLE !== 'api';
  }

  async start(): Promise<void> {
    this.boss = new PgBoss({
      connectionString: this.runtime.databaseUrl,
      max: 4,
      application_name: 'peyvand-jobs',
      schedule: false,
      supervise: this.runsWorkers,
    });
    this.boss.on('error', (error) => this.logger.error(error));
    // Replicas starting together on a new database deadlocked creating the same queues (and raced on the grants):
    // the set-up runs one process at a time.
    const lock = this.dataSource.createQueryRunner();
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock($1)', [JOB_QUEUE_SETUP_LOCK]);
      await this.boss.start();
      await grantJobQueueToAppRole(this.dataSource, this.config.DATABASE_APP_ROLE);
      for (const def of this.definitions.values()) {
        await this.boss.createQueue(def.name, {
          name: def.name,
          retryLimit: def.retryLimit ?? 5,
          retryDelay: def.retryDelaySeconds ?? 5,
          retryBackoff: true,
        });
      }
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [JOB_QUEUE_SETUP_LOCK]).catch(() => undefined);
      await lock.release();
    }
    this.markStarted();
    if (!this.runsWorkers) return;
    for (const def of this.definitions.values()) {
      for (let i = 0; i < (def.concurrency ?? 1); i++) this.workerLoops.push(this.workLoop(def));
    }
    // Every idle loop listens on the stop signal.
    setMaxListeners(this.workerLoops.length + 10, this.stopping.signal);
  }

  private async workLoop(def: JobDefinition<object>): Promise<void> {
    const boss = this.boss!;
    while (!this.stopping.signal.aborted) {
      const [job] = await boss.fetch<object>(def.name, { batchSize: 1 }).catch((error: Error) => {
        this.logger.error(`Fetching ${def.name} failed: ${error.message}`);
        return [];
      });
      if (job) await this.runJob(def, job);
      else await sleep(POLL_INTERVAL_MS, undefined, { signal: this.stopping.signal }).catch(() => undefined);
    }
  }

  private async runJob(def: JobDefinition<object>, job: PgBoss.Job<object>): Promise<void> {
    const boss = this.boss!;
    this.inFlight.set(job.id, def.name);
    try {
      const intercept = this.interceptors.get(def.name);
      if (intercept) await intercept(() => def.handler(job.data, job), job.data, job);
      else await def.handler(job.data, job);
      await boss.complete(def.name, job.id);
    } catch (error) {
      // pg-boss stores the error serialised (message, stack) as the job's output.
      await boss.fail(def.name, job.id, error as object).catch((e: Error) => this.logger.error(`Failing job ${job.id} failed: ${e.message}`));
    } finally {
      this.inFlight.delete(job.id);
    }
  }

  /**
   * Enqueue; with `em`, inside that transaction. `singletonKey` + `singletonSeconds` dedupe per time slot;
   * `singletonNextSlot` puts a duplicate into the next slot instead of dropping it (debounce).
   */
  async enqueue<T extends object>(
    name: string,
    data: T,
    options: { em?: EntityManager; singletonKey?: string; singletonSeconds?: number; singletonNextSlot?: boolean; startAfter?: Date } = {},
  ): Promise<string | null> {
    if (!this.boss) throw new Error('Job queue is not started');
    if (!this.definitions.has(name)) throw new Error(`Unknown job ${name}`);
    const { em, ...sendOptions } = options;
    const db = em ? { executeSql: async (text: string, values: unknown[]) => ({ rows: await em.query(text, values) }) } : undefined;
    return this.boss.send(name, data, { ...sendOptions, ...(db ? { db } : {}) });
  }

  /** Waits until no job of these queues is queued or running (tests and graceful drains). */
  async drain(names: string[], timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const sizes = await Promise.all(names.map((n) => this.boss!.getQueueSize(n, { before: 'completed' })));
      if (sizes.every((s) => s === 0)) return;
      if (Date.now() > deadline) throw new Error(`Jobs still pending in ${names.join(', ')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /**
   * Stops fetching and lets running jobs finish (up to a grace period; the rest are failed, so they retry). Before
   * the application shutdown, while the database and the modules the handlers use are still open.
   */
  async beforeApplicationShutdown(): Promise<void> {
    if (!this.boss) return;
    this.stopping.abort();
    const finished = Promise.all(this.workerLoops).then(() => true);
    const graceOver = sleep(SHUTDOWN_GRACE_MS, false, { ref: false });
    if (!(await Promise.race([finished, graceOver]))) {
      for (const [id, name] of this.inFlight) {
        await this.boss.fail(name, id, { message: 'The process shut down while the job ran' }).catch(() => undefined);
      }
      this.logger.warn(`${this.inFlight.size} job(s) still running at shutdown were failed for a retry`);
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: false, wait: true });
  }
}
