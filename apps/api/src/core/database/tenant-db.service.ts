import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import { escapeLiteral } from 'pg';
import type { ClientBase } from 'pg';
import { DataSource, EntityManager, QueryFailedError, QueryRunner } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { RequestContext } from '../context/request-context';
import { UnauthenticatedError } from '../errors/domain-errors';
import type { CountRunner } from '../graphql/connection';

export interface TxOptions {
  /** Named statements use their generic plans (plan_cache_mode set with BEGIN; see preparedQuery). */
  genericPlans?: boolean;
}

/** One transaction shared by all reads of a GraphQL query request (see enableSharedRead). */
interface SharedRead {
  workspaceId: string;
  opened?: Promise<QueryRunner>;
  broken?: boolean;
}

const SHARED_READ = 'tenantDb.sharedRead';

interface TxScope {
  em: EntityManager;
  workspaceId: string | null;
  afterCommit: Array<() => void>;
}

/**
 * The one way modules reach the database. `tx` runs a function in a transaction scoped to the caller's
 * workspace: the role is switched to the non-owner application role and `app.workspace_id` is set locally,
 * so PostgreSQL row-level security filters every query, even one that forgets its WHERE clause.
 * Nested calls join the outer transaction, so one mutation is one transaction.
 * `system` is for work that precedes or spans workspaces (sign-up, login, token lookups, jobs).
 */
@Injectable()
export class TenantDb {
  private readonly scope = new AsyncLocalStorage<TxScope>();

  constructor(
    @InjectDataSource() readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly context: RequestContext,
    private readonly cls: ClsService,
  ) {}

  /**
   * For a GraphQL query (reads only): every tx() of this request joins one READ ONLY transaction, opened on first
   * use and closed by finishSharedRead() when the response is ready — instead of one transaction per resolver and
   * DataLoader batch (each BEGIN, set_config, COMMIT and a pool checkout). A failed statement aborts the shared
   * transaction, so later reads of the request fall back to transactions of their own.
   */
  enableSharedRead(): void {
    const ws = this.context.workspaceId();
    if (ws && this.cls.isActive()) this.cls.set(SHARED_READ, { workspaceId: ws } satisfies SharedRead);
  }

  async finishSharedRead(): Promise<void> {
    if (!this.cls.isActive()) return;
    const shared = this.cls.get(SHARED_READ) as SharedRead | undefined;
    if (!shared?.opened) return;
    this.cls.set(SHARED_READ, undefined);
    const runner = await shared.opened.catch(() => undefined);
    if (!runner) return;
    try {
      if (runner.isTransactionActive) await (shared.broken ? runner.rollbackTransaction() : runner.commitTransaction());
    } finally {
      await runner.release();
    }
  }

  private async inSharedRead<T>(shared: SharedRead, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    shared.opened ??= (async () => {
      const runner = this.dataSource.createQueryRunner();
      try {
        await begin(runner, 'READ ONLY', { role: this.config.DATABASE_APP_ROLE, 'app.workspace_id': shared.workspaceId });
      } catch (e) {
        await runner.release();
        throw e;
      }
      serialise(runner);
      return runner;
    })();
    const runner = await shared.opened;
    try {
      return await this.scope.run({ em: runner.manager, workspaceId: shared.workspaceId, afterCommit: [] }, () => fn(runner.manager));
    } catch (e) {
      shared.broken = true;
      throw e;
    }
  }

  /**
   * A workspace transaction (joined when one of the same workspace is open). `genericPlans`: its named statements use
   * their generic plans (see preparedQuery), set with BEGIN in the same round trip — for the order path.
   */
  async tx<T>(fn: (em: EntityManager) => Promise<T>, workspaceId?: string, options: TxOptions = {}): Promise<T> {
    const current = this.scope.getStore();
    // Inside an open transaction (a worker's, which has no signed-in principal) nested calls join it.
    const ws = workspaceId ?? this.context.workspaceId() ?? current?.workspaceId;
    if (!ws) throw new UnauthenticatedError('Sign in to use this operation');
    if (current && current.workspaceId === ws) return fn(current.em);
    const shared = this.cls.isActive() ? (this.cls.get(SHARED_READ) as SharedRead | undefined) : undefined;
    if (shared && !shared.broken && shared.workspaceId === ws) return this.inSharedRead(shared, fn);
    const plans: Record<string, string> = options.genericPlans ? { plan_cache_mode: 'force_generic_plan' } : {};
    return this.inTransaction(ws, { role: this.config.DATABASE_APP_ROLE, 'app.workspace_id': ws, ...this.actorSettings(), ...plans }, fn);
  }

  async system<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const current = this.scope.getStore();
    if (current && current.workspaceId === null) return fn(current.em);
    return this.inTransaction(null, this.actorSettings(), fn);
  }

  private actorSettings(): Record<string, string> {
    return { 'app.actor': this.context.actor(), 'app.actor_label': this.context.actorLabel(), 'app.request_id': this.context.requestId() ?? '' };
  }

  /** A transaction of its own on a pooled connection: BEGIN and the settings in one round trip, then fn, then COMMIT. */
  private async inTransaction<T>(workspaceId: string | null, settings: Record<string, string>, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const afterCommit: Array<() => void> = [];
    const runner = this.dataSource.createQueryRunner();
    let result: T;
    try {
      await begin(runner, null, settings);
      if (settings.plan_cache_mode === 'force_generic_plan') genericPlanRunners.add(runner);
      result = await this.scope.run({ em: runner.manager, workspaceId, afterCommit }, () => fn(runner.manager));
      await runner.commitTransaction();
    } catch (e) {
      if (runner.isTransactionActive) await runner.rollbackTransaction().catch(() => undefined);
      throw e;
    } finally {
      await runner.release();
    }
    afterCommit.forEach((cb) => cb());
    return result;
  }

  /** Runs cb once the open transaction commits (at once when none is open); dropped on rollback. */
  afterCommit(cb: () => void): void {
    const current = this.scope.getStore();
    if (current) current.afterCommit.push(cb);
    else cb();
  }

  /** Sets the audit actor for the rest of the open transaction (e.g. the user a sign-up just created). */
  async setActor(em: EntityManager, actor: string, label: string): Promise<void> {
    await em.query(`SELECT set_config('app.actor', $1, true), set_config('app.actor_label', $2, true)`, [actor, label]);
  }

  /** Runs a deferred count statement (paginate's lazy totalCount) in a workspace transaction of its own. */
  readonly count: CountRunner = (sql, parameters) => this.tx(async (em) => (await em.query(sql, parameters))[0].n);

  /** The workspace-scoped transaction currently open, if any (used by code that must join it). */
  /** The workspace of the open transaction, if any. */
  currentWorkspaceId(): string | undefined {
    return this.scope.getStore()?.workspaceId ?? undefined;
  }

  currentManager(): EntityManager | undefined {
    return this.scope.getStore()?.em;
  }
}

/**
 * Opens a transaction on the runner with its settings (transaction-local set_config) in ONE round trip: the simple
 * query protocol takes several statements but no parameters, so the values are sent as escaped literals. The runner is
 * then marked as TypeORM's startTransaction would mark it, so commitTransaction / rollbackTransaction work as usual.
 */
async function begin(runner: QueryRunner, mode: 'READ ONLY' | null, settings: Record<string, string>): Promise<void> {
  await runner.connect();
  const configs = Object.entries(settings).map(([name, value]) => `set_config(${escapeLiteral(name)}, ${escapeLiteral(value)}, true)`);
  Object.assign(runner as unknown as { isTransactionActive: boolean; transactionDepth: number }, { isTransactionActive: true, transactionDepth: 1 });
  try {
    await runner.query(`START TRANSACTION${mode ? ` ${mode}` : ''}; SELECT ${configs.join(', ')}`);
  } catch (e) {
    await runner.rollbackTransaction().catch(() => undefined);
    throw e;
  }
}

/**
 * Resolvers and DataLoader batches of one request read concurrently through the shared connection: its statements
 * are queued here, one after the other, instead of handing pg a query while another runs (deprecated in pg 8,
 * an error in pg 9).
 */
const queues = new WeakMap<QueryRunner, { tail: Promise<unknown> }>();

function serialise(runner: QueryRunner): void {
  const queue = { tail: Promise.resolve() as Promise<unknown> };
  queues.set(runner, queue);
  const query = runner.query.bind(runner) as (...args: unknown[]) => Promise<unknown>;
  (runner as { query: unknown }).query = (...args: unknown[]) => inTurn(runner, () => query(...args));
}

function inTurn<T>(runner: QueryRunner, run: () => Promise<T>): Promise<T> {
  const queue = queues.get(runner);
  if (!queue) return run();
  const turn = queue.tail.then(run);
  queue.tail = turn.catch(() => undefined);
  return turn;
}

const statementNames = new Map<string, string>();
/** Transactions (their query runners) whose plan cache mode preparedQuery has set. */
const genericPlanRunners = new WeakSet<QueryRunner>();

/**
 * em.query through a named prepared statement: PostgreSQL parses and plans it once per connection instead of on every
 * call (for the hot path's CTEs, planning costs more than running them). For fixed SQL texts only (the name is the
 * text's hash), whose result columns are listed explicitly (a `*` would break cached plans when a migration adds a
 * column while this process runs). Outside a transaction it runs on a free pooled connection. Counted by the query
 * logger like any.
 *
 * Left to itself PostgreSQL re-plans such a statement on every call whenever its generic plan's estimate is not
 * below the custom plans' (it never was for the pricing and reservation CTEs: row security, arrays of ids;
 * pg_stat_statements counted one plan per call, ~0.65 ms each). `genericPlan: true` sets plan_cache_mode to
 * force_generic_plan for the rest of the transaction (SET LOCAL, one round trip, once): for statements that look
 * rows up by key, in transactions whose other statements do too (the order path's).
 */
export async function preparedQuery<T = Record<string, unknown>>(
  em: EntityManager,
  text: string,
  values: unknown[],
  options: { genericPlan?: boolean } = {},
): Promise<T[]> {
  const runner = em.queryRunner;
  let name = statementNames.get(text);
  if (!name) {
    name = `pv_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    statementNames.set(text, name);
  }
  if (!runner || runner.isReleased) {
    // No transaction (authentication, before any workspace is known): on whichever pooled connection is free.
    const pool = (em.connection.driver as unknown as { master: { query: (config: object) => Promise<{ rows: T[] }> } }).master;
    em.connection.logger.logQuery(text, values);
    try {
      return (await pool.query({ name, text, values })).rows;
    } catch (e) {
      em.connection.logger.logQueryError(e as Error, text, values);
      throw new QueryFailedError(text, values, e as Error);
    }
  }
  const client = (await runner.connect()) as ClientBase;
  return inTurn(runner, async () => {
    if (options.genericPlan && runner.isTransactionActive && !genericPlanRunners.has(runner)) {
      const set = `SET LOCAL plan_cache_mode = force_generic_plan`;
      em.connection.logger.logQuery(set, [], runner);
      await client.query(set);
      genericPlanRunners.add(runner);
    }
    em.connection.logger.logQuery(text, values, runner);
    try {
      return (await client.query({ name, text, values })).rows as T[];
    } catch (e) {
      em.connection.logger.logQueryError(e as Error, text, values, runner);
      throw new QueryFailedError(text, values, e as Error);
    }
  });
}
