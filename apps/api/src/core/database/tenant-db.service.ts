import { AsyncLocalStorage } from 'node:async_hooks';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { RequestContext } from '../context/request-context';
import { UnauthenticatedError } from '../errors/domain-errors';

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
  ) {}

  async tx<T>(fn: (em: EntityManager) => Promise<T>, workspaceId?: string): Promise<T> {
    const ws = workspaceId ?? this.context.workspaceId();
    if (!ws) throw new UnauthenticatedError('Sign in to use this operation');
    const current = this.scope.getStore();
    if (current && current.workspaceId === ws) return fn(current.em);
    const afterCommit: Array<() => void> = [];
    const result = await this.dataSource.transaction(async (em) => {
      await em.query(
        `SELECT set_config('role', $1, true), set_config('app.workspace_id', $2, true),
                set_config('app.actor', $3, true), set_config('app.actor_label', $4, true), set_config('app.request_id', $5, true)`,
        [this.config.DATABASE_APP_ROLE, ws, this.context.actor(), this.context.actorLabel(), this.context.requestId() ?? ''],
      );
      return this.scope.run({ em, workspaceId: ws, afterCommit }, () => fn(em));
    });
    afterCommit.forEach((cb) => cb());
    return result;
  }

  async system<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const current = this.scope.getStore();
    if (current && current.workspaceId === null) return fn(current.em);
    const afterCommit: Array<() => void> = [];
    const result = await this.dataSource.transaction(async (em) => {
      await em.query(
        `SELECT set_config('app.actor', $1, true), set_config('app.actor_label', $2, true), set_config('app.request_id', $3, true)`,
        [this.context.actor(), this.context.actorLabel(), this.context.requestId() ?? ''],
      );
      return this.scope.run({ em, workspaceId: null, afterCommit }, () => fn(em));
    });
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

  /** The workspace-scoped transaction currently open, if any (used by code that must join it). */
  currentManager(): EntityManager | undefined {
    return this.scope.getStore()?.em;
  }
}
