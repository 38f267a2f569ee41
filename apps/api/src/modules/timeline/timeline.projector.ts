import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainEvents } from '../../core/events/domain-events';
import {
  ContactConsentChangedEvent, ContactCreatedEvent, ContactEvents, ContactMergedEvent, ContactsImportedEvent, ContactStageChangedEvent,
  LifecycleInputEvents, OrderCompletedEvent,
} from '../contacts/contacts.events';
import { MessageItem, MessageReceivedEvent, MessagesSentEvent, MessagingEvents } from '../messaging/messaging.events';
import {
  InvoiceCancelledEvent, InvoiceIssuedEvent, PaymentRecordedEvent, ProformaClosedEvent, ProformaConfirmedEvent, ProformaCreatedEvent, SalesEvents,
  WarehouseIssueEvent,
} from '../sales/sales.events';
import { OpportunityEvent, OpportunityLostEvent, OpportunityMovedEvent, PipelineEvents } from '../pipeline/pipeline.events';
import { TaskCompletedEvent, TaskEvents } from '../tasks/tasks.events';
import { TicketCreatedEvent, TicketEvents, TicketRatedEvent, TicketRepliedEvent, TicketStatusChangedEvent } from '../ticketing/ticketing.events';
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
    this.subscribeSales();
    this.subscribePipeline();
    this.subscribeTicketing();
  }

  /** Every step of a sale on the customer's timeline: pro-forma and warehouse steps as ORDER, invoice and payments as INVOICE. */
  private subscribeSales(): void {
    const on = <T extends { workspaceId: string; contactId: string; actorMemberId: string | null }>(
      name: string,
      kind: TimelineKind,
      /** Events that need no item of their own answer null. */
      item: (e: T) => { summary: string; body?: string | null; data: Record<string, unknown>; dedupeKey?: string } | null,
    ) =>
      this.events.subscribeInTransaction<T>(name, async (e, em) => {
        const fields = item(e);
        if (fields) await this.timeline.record(em, { workspaceId: e.workspaceId, contactId: e.contactId, kind, actorMemberId: e.actorMemberId, ...fields });
      });
    // An order confirmed as it is created is one item (placed), written with its confirmation.
    on<ProformaCreatedEvent>(SalesEvents.ProformaCreated, TimelineKind.ORDER, (e) => e.confirmed ? null : ({
      summary: `Pro-forma #${e.number} created`, data: { step: 'proforma_created', proformaId: e.proformaId, number: e.number, source: e.source, total: e.total },
      dedupeKey: `proforma:${e.proformaId}:created`,
    }));
    on<ProformaConfirmedEvent>(SalesEvents.ProformaConfirmed, TimelineKind.ORDER, (e) => ({
      summary: e.atCreation ? `Pro-forma #${e.number} placed and confirmed` : `Pro-forma #${e.number} confirmed`,
      data: {
        step: e.atCreation ? 'proforma_placed' : 'proforma_confirmed', proformaId: e.proformaId, number: e.number, total: e.total, couponCode: e.couponCode,
        expiresAt: e.expiresAt, ...(e.atCreation ? { source: e.source } : {}),
      },
      dedupeKey: `proforma:${e.proformaId}:confirmed`,
    }));
    on<ProformaClosedEvent>(SalesEvents.ProformaCancelled, TimelineKind.ORDER, (e) => ({
      summary: `Pro-forma #${e.number} cancelled`, body: e.reason, data: { step: 'proforma_cancelled', proformaId: e.proformaId, number: e.number },
      dedupeKey: `proforma:${e.proformaId}:cancelled`,
    }));
    on<ProformaClosedEvent>(SalesEvents.ProformaExpired, TimelineKind.ORDER, (e) => ({
      summary: `Pro-forma #${e.number} expired`, data: { step: 'proforma_expired', proformaId: e.proformaId, number: e.number },
      dedupeKey: `proforma:${e.proformaId}:expired`,
    }));
    on<InvoiceIssuedEvent>(SalesEvents.InvoiceIssued, TimelineKind.INVOICE, (e) => ({
      summary: `Invoice ${e.numberDisplay} issued`,
      data: { step: 'invoice_issued', invoiceId: e.invoiceId, proformaId: e.proformaId, number: e.numberDisplay, total: e.total },
      dedupeKey: `invoice:${e.invoiceId}:issued`,
    }));
    on<PaymentRecordedEvent>(SalesEvents.PaymentRecorded, TimelineKind.INVOICE, (e) => ({
      summary: `Payment on invoice ${e.numberDisplay}`,
      data: { step: 'payment_recorded', invoiceId: e.invoiceId, paymentId: e.paymentId, amount: e.amount, method: e.method, paidTotal: e.paidTotal, paymentStatus: e.paymentStatus },
      dedupeKey: `payment:${e.paymentId}`,
    }));
    on<InvoiceCancelledEvent>(SalesEvents.InvoiceCancelled, TimelineKind.INVOICE, (e) => ({
      summary: `Invoice ${e.numberDisplay} cancelled`, body: e.reason, data: { step: 'invoice_cancelled', invoiceId: e.invoiceId },
      dedupeKey: `invoice:${e.invoiceId}:cancelled`,
    }));
    const issueStep = (name: string, step: string, verb: string, once: boolean) =>
      on<WarehouseIssueEvent>(name, TimelineKind.ORDER, (e) => ({
        summary: `Order ${verb} (warehouse issue #${e.number})`,
        data: { step, issueId: e.issueId, invoiceId: e.invoiceId, number: e.number, trackingCode: e.trackingCode, ...(e.lines ? { lines: e.lines } : {}) },
        // Returns may come in several parts: each is an entry of its own.
        dedupeKey: once ? `warehouse_issue:${e.issueId}:${step}` : undefined,
      }));
    issueStep(SalesEvents.OrderIssued, 'issued', 'issued from the warehouse', true);
    issueStep(SalesEvents.OrderShipped, 'shipped', 'shipped', true);
    issueStep(SalesEvents.OrderDelivered, 'delivered', 'delivered', true);
    issueStep(SalesEvents.OrderReturned, 'returned', 'returned', false);
    this.events.subscribeInTransaction<OrderCompletedEvent>(LifecycleInputEvents.OrderCompleted, (e, em) =>
      this.timeline.record(em, {
        workspaceId: e.workspaceId, contactId: e.contactId, kind: TimelineKind.ORDER, summary: 'Order completed (paid and delivered)',
        occurredAt: new Date(e.completedAt), data: { step: 'order_completed', invoiceId: e.orderId }, dedupeKey: `order:${e.orderId}:completed`,
      }).then(() => undefined),
    );
  }

  /** Opportunities on the contact's timeline: created, moved between stages, won, lost (with the reason). */
  private subscribePipeline(): void {
    const item = (e: OpportunityEvent, step: string, summary: string, extra: Record<string, unknown> = {}, body: string | null = null) => ({
      workspaceId: e.workspaceId, contactId: e.contactId, kind: TimelineKind.OPPORTUNITY, summary, body, actorMemberId: e.actorMemberId,
      data: { step, opportunityId: e.opportunityId, title: e.title, amount: e.amount, stage: e.stage, ...extra },
    });
    this.events.subscribeInTransaction<OpportunityEvent>(PipelineEvents.OpportunityCreated, (e, em) =>
      this.timeline.record(em, item(e, 'created', `Opportunity “${e.title}” opened in ${e.stage.nameEn}`)).then(() => undefined),
    );
    this.events.subscribeInTransaction<OpportunityMovedEvent>(PipelineEvents.OpportunityMoved, (e, em) =>
      this.timeline.record(em, item(e, 'moved', `Opportunity “${e.title}”: ${e.from.nameEn} → ${e.stage.nameEn}`, { from: e.from })).then(() => undefined),
    );
    this.events.subscribeInTransaction<OpportunityEvent>(PipelineEvents.OpportunityWon, (e, em) =>
      this.timeline.record(em, { ...item(e, 'won', `Opportunity “${e.title}” won`), dedupeKey: `opportunity:${e.opportunityId}:won` }).then(() => undefined),
    );
    this.events.subscribeInTransaction<OpportunityLostEvent>(PipelineEvents.OpportunityLost, (e, em) =>
      this.timeline.record(em, { ...item(e, 'lost', `Opportunity “${e.title}” lost`, {}, e.reason), dedupeKey: `opportunity:${e.opportunityId}:lost` }).then(() => undefined),
    );
  }

  /** Tickets on the customer's timeline: created, public replies and customer messages (never internal notes), resolved, reopened, closed, rated. */
  private subscribeTicketing(): void {
    const record = (em: EntityManager, e: { workspaceId: string; contactId: string; actorMemberId: string | null; ticketId: string; number: number }, item: {
      summary: string; body?: string | null; step: string; data?: Record<string, unknown>; direction?: Direction; dedupeKey?: string;
    }) =>
      this.timeline.record(em, {
        workspaceId: e.workspaceId, contactId: e.contactId, kind: TimelineKind.TICKET, actorMemberId: e.actorMemberId, summary: item.summary, body: item.body ?? null,
        direction: item.direction, data: { step: item.step, ticketId: e.ticketId, number: e.number, ...item.data }, dedupeKey: item.dedupeKey,
      }).then(() => undefined);
    this.events.subscribeInTransaction<TicketCreatedEvent>(TicketEvents.Created, (e, em) =>
      record(em, e, { summary: `Ticket #${e.number} opened: ${e.subject}`, step: 'created', data: { type: e.type, priority: e.priority, channel: e.channel }, dedupeKey: `ticket:${e.ticketId}:created` }),
    );
    this.events.subscribeInTransaction<TicketRepliedEvent>(TicketEvents.Replied, (e, em) =>
      record(em, e, {
        summary: e.kind === 'PUBLIC_REPLY' ? `Reply on ticket #${e.number}` : `Customer wrote on ticket #${e.number}`, body: e.body,
        direction: e.kind === 'PUBLIC_REPLY' ? Direction.OUT : Direction.IN, step: e.kind === 'PUBLIC_REPLY' ? 'replied' : 'customer_message',
        data: { messageId: e.messageId, channel: e.channel }, dedupeKey: `ticket-message:${e.messageId}`,
      }),
    );
    const status = (name: string, step: string, verb: string) =>
      this.events.subscribeInTransaction<TicketStatusChangedEvent>(name, (e, em) => record(em, e, { summary: `Ticket #${e.number} ${verb}`, step }));
    status(TicketEvents.Resolved, 'resolved', 'resolved');
    status(TicketEvents.Reopened, 'reopened', 'reopened');
    status(TicketEvents.Closed, 'closed', 'closed');
    this.events.subscribeInTransaction<TicketRatedEvent>(TicketEvents.Rated, (e, em) =>
      record(em, e, { summary: `Ticket #${e.number} rated ${e.score}/5`, body: e.comment, direction: Direction.IN, step: 'rated', data: { score: e.score } }),
    );
  }
}
