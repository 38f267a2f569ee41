import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainEvents } from '../../core/events/domain-events';
import {
  ContactConsentChangedEvent, ContactCreatedEvent, ContactEvents, ContactMergedEvent, ContactsImportedEvent, ContactStageChangedEvent,
} from '../contacts/contacts.events';
import { MessageItem, MessageReceivedEvent, MessagesSentEvent, MessagingEvents } from '../messaging/messaging.events';
import { TaskCompletedEvent, TaskEvents } from '../tasks/tasks.events';
import { CallLoggedEvent, TelephonyEvents } from '../telephony/telephony.events';
import { Direction, TimelineKind } from './timeline.model';
import { NewTimelineItem, TimelineService } from './timeline.service';

/**
 * The timeline's one way in: it subscribes to other modules' domain events (inside their transactions) and
 * writes the matching items. A module that wants its events on the 360 timeline adds a subscription here.
 */
@Injectable()
export class TimelineProjector implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly timeline: TimelineService,
  ) {}

  onModuleInit(): void {
    this.events.subscribeInTransaction<ContactCreatedEvent>(ContactEvents.Created, (e, em) =>
      this.timeline.record(em, {
        workspaceId: e.workspaceId, contactId: e.contactId, kind: TimelineKind.CONTACT_CREATED, summary: 'Contact created',
        data: { source: e.source }, actorMemberId: e.actorMemberId,
      }).then(() => undefined),
    );
    this.events.subscribeInTransaction<ContactsImportedEvent>(ContactEvents.Imported, (e, em) =>
      this.timeline.recordMany(
        em,
        e.contactIds.map((contactId) => ({
          workspaceId: e.workspaceId, contactId, kind: TimelineKind.CONTACT_CREATED, summary: 'Contact imported', data: { source: 'IMPORT' }, actorMemberId: e.actorMemberId,
        })),
      ),
    );
    this.events.subscribeInTransaction<ContactStageChangedEvent>(ContactEvents.StageChanged, (e, em) =>
      this.timeline.record(em, {
        workspaceId: e.workspaceId, contactId: e.contactId, kind: TimelineKind.STAGE_CHANGE, summary: `${e.from ?? '—'} → ${e.to}`,
        body: e.reason, data: { from: e.from, to: e.to, automatic: e.automatic }, actorMemberId: e.actorMemberId,
      }).then(() => undefined),
    );
    this.events.subscribeInTransaction<ContactConsentChangedEvent>(ContactEvents.ConsentChanged, (e, em) =>
      this.timeline.record(em, {
        workspaceId: e.workspaceId, contactId: e.contactId, kind: TimelineKind.CONSENT, summary: `${e.channel} consent ${e.status.toLowerCase()}`,
        data: { channel: e.channel, status: e.status, source: e.source }, actorMemberId: e.actorMemberId,
      }).then(() => undefined),
    );
    this.events.subscribeInTransaction<ContactMergedEvent>(ContactEvents.Merged, async (e, em) => {
      await this.timeline.reassign(em, e.mergedId, e.survivorId);
      await this.timeline.record(em, {
        workspaceId: e.workspaceId, contactId: e.survivorId, kind: TimelineKind.CONTACT_MERGED, summary: `Merged with ${e.mergedName}`,
        data: { mergedId: e.mergedId }, actorMemberId: e.actorMemberId,
      });
    });
    this.events.subscribeInTransaction<TaskCompletedEvent>(TaskEvents.Completed, (e, em) =>
      this.timeline.record(em, {
        workspaceId: e.workspaceId, contactId: e.contactId, kind: TimelineKind.TASK, summary: e.title, body: e.outcome,
        data: { taskId: e.taskId, taskKind: e.kind }, actorMemberId: e.actorMemberId, dedupeKey: `task:${e.taskId}`,
      }).then(() => undefined),
    );
    this.events.subscribeInTransaction<CallLoggedEvent>(TelephonyEvents.CallLogged, (e, em) =>
      this.timeline.record(em, {
        workspaceId: e.workspaceId, contactId: e.contactId, kind: TimelineKind.CALL,
        direction: e.direction === 'in' ? Direction.IN : Direction.OUT,
        occurredAt: new Date(e.startedAt), summary: e.summary, data: e.data, actorMemberId: e.actorMemberId, dedupeKey: `call:${e.callId}`,
      }).then(() => undefined),
    );
    const message = (workspaceId: string, e: MessageItem): NewTimelineItem => ({
      workspaceId, contactId: e.contactId, kind: e.channel === 'EMAIL' ? TimelineKind.EMAIL : TimelineKind.SMS,
      direction: e.direction === 'IN' ? Direction.IN : Direction.OUT,
      summary: e.channel === 'EMAIL' ? (e.subject ?? 'Email') : e.bodyText.slice(0, 120), body: e.bodyText,
      data: { messageId: e.messageId, purpose: e.purpose, recipient: e.recipient }, actorMemberId: e.actorMemberId, dedupeKey: `message:${e.messageId}`,
    });
    this.events.subscribeInTransaction<MessagesSentEvent>(MessagingEvents.Sent, (e, em) =>
      this.timeline.recordMany(em, e.messages.map((m) => message(e.workspaceId, m))),
    );
    this.events.subscribeInTransaction<MessageReceivedEvent>(MessagingEvents.Received, (e, em) =>
      this.timeline.record(em, message(e.workspaceId, e)).then(() => undefined),
    );
  }
}
