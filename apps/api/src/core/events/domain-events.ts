import { Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { TenantDb } from '../database/tenant-db.service';

/** Emitted alongside every domain event, for consumers of all of them (live subscriptions). */
export const ANY_DOMAIN_EVENT = 'domain-event';
export interface AnyDomainEvent {
  name: string;
  payload: { workspaceId: string };
}

/**
 * The in-process domain event bus. Events raised inside a transaction are delivered only after it commits,
 * so listeners never see (or act on) a change that was rolled back. Durable follow-up work belongs in a
 * pg-boss job enqueued inside the transaction (JobQueue.enqueue), not in a listener.
 */
@Injectable()
export class DomainEvents {
  constructor(
    private readonly emitter: EventEmitter2,
    private readonly db: TenantDb,
  ) {}

  publish<T extends { workspaceId: string }>(name: string, payload: T): void {
    this.db.afterCommit(() => {
      this.emitter.emit(name, payload);
      this.emitter.emit(ANY_DOMAIN_EVENT, { name, payload } satisfies AnyDomainEvent);
    });
  }
}
