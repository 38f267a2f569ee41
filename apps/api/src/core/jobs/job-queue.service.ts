import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { grantJobQueueToAppRole } from '../database/app-role';
import PgBoss from 'pg-boss';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { RUNTIME } from '../runtime';
import type { Runtime } from '../runtime';

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

/**
 * pg-boss on the application's own PostgreSQL. Jobs can be enqueued inside a business transaction (pass its
 * EntityManager), which makes the queue an outbox: the job exists if and only if the change committed.
 * Workers only run in processes whose APP_ROLE is `worker` or `all`.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly definitions = new Map<string, JobDefinition<object>>();
  private readonly interceptors = new Map<string, JobInterceptor>();
  private boss?: PgBoss;
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
    this.markStarted();
    if (!this.runsWorkers) return;
    for (const def of this.definitions.values()) {
      for (let i = 0; i < (def.concurrency ?? 1); i++) {
        await this.boss.work<object>(def.name, { pollingIntervalSeconds: 1, batchSize: 1 }, async ([job]) => {
          const intercept = this.interceptors.get(def.name);
          if (intercept) await intercept(() => def.handler(job.data, job), job.data, job);
          else await def.handler(job.data, job);
        });
      }
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

  async onApplicationShutdown(): Promise<void> {
    await this.boss?.stop({ graceful: true, timeout: 10_000, wait: true });
  }
}
