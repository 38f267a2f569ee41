import { Field, ObjectType, Resolver, Subscription } from '@nestjs/graphql';
import { OnEvent } from '@nestjs/event-emitter';
import { PubSub } from 'graphql-subscriptions';
import { Authenticated } from '../auth/auth.decorators';
import { Principal } from '../auth/principal';
import { ANY_DOMAIN_EVENT, AnyDomainEvent } from './domain-events';

@ObjectType()
export class WorkspaceEvent {
  @Field({ description: 'The domain event name, e.g. workspace.created' }) type: string;
  @Field() occurredAt: Date;
  workspaceId: string;
}

const TOPIC = 'workspace-events';

/**
 * Live domain events of the caller's workspace over graphql-ws (the incoming-call screen pop uses this).
 * In-process: with several API replicas each serves the events raised in its own process.
 */
@Resolver()
export class WorkspaceEventsResolver {
  private readonly pubsub = new PubSub();

  @OnEvent(ANY_DOMAIN_EVENT)
  relay(event: AnyDomainEvent): void {
    void this.pubsub.publish(TOPIC, {
      workspaceEvents: { type: event.name, occurredAt: new Date(), workspaceId: event.payload.workspaceId },
    });
  }

  @Authenticated()
  @Subscription(() => WorkspaceEvent, {
    filter: (payload: { workspaceEvents: WorkspaceEvent }, _args: unknown, context: { principal?: Principal }) =>
      payload.workspaceEvents.workspaceId === context.principal?.workspaceId,
  })
  workspaceEvents() {
    return this.pubsub.asyncIterableIterator(TOPIC);
  }
}
