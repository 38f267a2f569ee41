import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { EntityManager } from 'typeorm';
import { TenantDb } from '../database/tenant-db.service';

/** Emitted alongside every domain event, for consumers of all of them (live subscriptions). */
export const ANY_DOMAIN_EVENT = 'domain-event';
export interface AnyDomainEvent {
  name: string;
  payload: { workspaceId: string };
}

export interface DomainEventPayload {
  workspaceId: string;
}

type TransactionalHandler = (payload: DomainEventPayload, em: EntityManager) => Promise<void>;

/**
 * The in-process domain event bus.
 * - `subscribeInTransaction` handlers run inside the publisher's transaction, before it commits: what they
 *   write (e.g. the contact timeline) commits or rolls back with the change that caused it.
 * - Everything else listens with @OnEvent and hears the event only after commit, so it never acts on a change
 *   that was rolled back. Durable follow-up work belongs in a pg-boss job enqueued inside the transaction.
 */
@Injectable()
export class DomainEvents {
  private readonly transactional = new Map<string, TransactionalHandler[]>();

  constructor(
    private readonly emitter: EventEmitter2,
    private readonly db: TenantDb,
  ) {}

  subscribeInTransaction<T extends DomainEventPayload>(name: string, handler: (payload: T, em: EntityManager) => Promise<void>): void {
    const list = this.transactional.get(name) ?? [];
    list.push(handler as TransactionalHandler);
    this.transactional.set(name, list);
  }

  async publish<T extends DomainEventPayload>(name: string, payload: T): Promise<void> {
    const handlers = this.transactional.get(name);
    if (handlers?.length) {
      const em = this.db.currentManager();
      if (!em) throw new Error(`${name} has transactional subscribers and must be published inside a transaction`);
      for (const handler of handlers) await handler(payload, em);
    }
    this.db.afterCommit(() => {
      this.emitter.emit(name, payload);
      this.emitter.emit(ANY_DOMAIN_EVENT, { name, payload } satisfies AnyDomainEvent);
    });
  }
}
