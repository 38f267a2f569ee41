import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { addBusinessMinutes, businessMinutesBetween } from '@peyvand/calendar';
import { toLatinDigits, toPersianDigits } from '@peyvand/text';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError, ConflictError, NotFoundError } from '../../core/errors/domain-errors';
import { DomainEvents } from '../../core/events/domain-events';
import { Idempotency } from '../../core/idempotency/idempotency.service';
import { StaffRole } from '../../core/auth/permissions';
import { ContactEvents, ContactMergedEvent } from '../contacts/contacts.events';
import { ContactsService } from '../contacts/contacts.service';
import { CreateContactInput } from '../contacts/dto/contact.inputs';
import { ContactEntity } from '../contacts/entities/contact.entity';
import { ContactSource } from '../contacts/models/contact.enums';
import { StaffService } from '../identity/staff.service';
import { MessageChannel } from '../messaging/message.model';
import { MessageReceivedEvent, MessagingEvents } from '../messaging/messaging.events';
import { MessagingService, SMS_OPT_OUT_KEYWORDS } from '../messaging/messaging.service';
import { StaffAlertsService } from '../messaging/staff-alerts/staff-alerts.service';
import { BusinessCalendarService } from '../workspaces/business-calendar.service';
import { WorkspacesService } from '../workspaces/workspaces.service';
import { CreateTicketInput, ReplyToTicketInput, UpdateTicketInput } from './dto/ticket.inputs';
import { LIVE_STATUSES, PENDING_DUE_SQL, TicketAssignmentMode, TicketChannel, TicketEventKind, TicketMessageKind, TicketPriority, TicketStatus, TicketType } from './models/ticket.enums';
import { TICKET_ALERTS, TICKET_ASSIGNED_ALERT, TICKET_SLA_BREACHED_ALERT, TICKET_SLA_WARNING_ALERT } from './ticket-alerts';
import { AttachmentsService, InboundFile } from './attachments/attachments.service';
import { TicketSettingsService } from './ticket-settings.service';
import { TicketCategoryEntity, TicketEntity, TicketEventEntity, TicketMessageEntity, TicketQueueEntity } from './ticket.entities';
import { TicketAssignedEvent, TicketCreatedEvent, TicketEventBase, TicketEvents, TicketRepliedEvent, TicketSlaEvent, TicketStatusChangedEvent } from './ticketing.events';

const MINUTE_MS = 60_000;

/** Which transitions setTicketStatus allows (RESOLVED → OPEN is a reopen). CLOSED is final. Exposed as Ticket.allowedTransitions. */
export const TRANSITIONS: Record<TicketStatus, TicketStatus[]> = {
  [TicketStatus.NEW]: [TicketStatus.OPEN, TicketStatus.WAITING_ON_CUSTOMER, TicketStatus.RESOLVED, TicketStatus.CLOSED],
  [TicketStatus.OPEN]: [TicketStatus.WAITING_ON_CUSTOMER, TicketStatus.RESOLVED, TicketStatus.CLOSED],
  [TicketStatus.WAITING_ON_CUSTOMER]: [TicketStatus.OPEN, TicketStatus.RESOLVED, TicketStatus.CLOSED],
  [TicketStatus.RESOLVED]: [TicketStatus.OPEN, TicketStatus.CLOSED],
  [TicketStatus.CLOSED]: [],
};

export interface NewTicket {
  contactId: string;
  subject: string;
  body?: string | null;
  type?: TicketType;
  priority?: TicketPriority;
  channel: TicketChannel;
  categoryId?: string | null;
  queueId?: string | null;
  assigneeId?: string | null;
  relatedInvoiceId?: string | null;
  relatedProductId?: string | null;
  tags?: string[] | null;
  /** Provider id of the inbound SMS/email that opened it (stored on its first message, once). */
  externalId?: string | null;
  /** The caller's uploads: on the first message when there is a body, else on the ticket. */
  attachmentIds?: string[] | null;
}

export interface InboundEmail {
  from: string;
  to?: string;
  subject?: string;
  text: string;
  messageId: string;
  inReplyTo?: string;
  attachments?: InboundFile[];
}

export interface InboundResult {
  ticketId: string;
  number: number;
  created: boolean;
  duplicate: boolean;
}

/**
 * The help desk's rules: a ticket is numbered per workspace, routed category → queue → expert (fixed, round-robin on
 * an atomic cursor, or least-open), given SLA due times from its priority's policy, and the expert is alerted (SMS at
 * once by default) in the same transaction, while the customer gets an acknowledgement with the number. Public replies
 * go to the customer through the messaging outbox; internal notes never leave. Every step locks the ticket row,
 * refuses impossible transitions with CONFLICT naming the status, writes the history (ticket_events, audited) and
 * publishes its event in the transaction.
 */
@Injectable()
export class TicketsService implements OnModuleInit {
  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly events: DomainEvents,
    private readonly idempotency: Idempotency,
    private readonly contacts: ContactsService,
    private readonly staff: StaffService,
    private readonly messaging: MessagingService,
    private readonly alerts: StaffAlertsService,
    private readonly settings: TicketSettingsService,
    private readonly workspaces: WorkspacesService,
    private readonly calendar: BusinessCalendarService,
    private readonly attachments: AttachmentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    for (const alert of TICKET_ALERTS) this.alerts.register(alert);
    // An SMS from a known contact: a reply to their ticket, or a keyword that opens one.
    this.events.subscribeInTransaction<MessageReceivedEvent>(MessagingEvents.Received, async (e, em) => {
      if (e.channel === 'SMS' && e.direction === 'IN') await this.receiveSmsIn(em, e);
    });
    // A merged duplicate's tickets follow it to the surviving contact.
    this.events.subscribeInTransaction<ContactMergedEvent>(ContactEvents.Merged, async (e, em) => {
      await em.query(`UPDATE tickets SET contact_id = $2, updated_at = now() WHERE contact_id = $1`, [e.mergedId, e.survivorId]);
      await em.query(`UPDATE ticket_messages SET author_contact_id = $2 WHERE author_contact_id = $1`, [e.mergedId, e.survivorId]);
    });
  }

  private actorMemberId(): string | null {
    const p = this.context.principal();
    return p?.kind === 'staff' ? p.memberId : null;
  }

  // ─── Create ────────────────────────────────────────────────────────────────────────────────────────────────

  create(input: CreateTicketInput, idempotencyKey?: string | null): Promise<string> {
    const principal = this.context.principal();
    const channel = input.channel ?? (principal?.kind === 'apiKey' ? TicketChannel.API : TicketChannel.DASHBOARD);
    return this.idempotency.run(idempotencyKey, 'createTicket', input, async (em) => (await this.createIn(em, { ...input, channel }, 'input')).id, {
      serialize: (id) => id,
      deserialize: (stored) => stored as string,
    });
  }

  /** Inside an open transaction (inbound SMS/email and, later, the club reuse it). */
  async createIn(em: EntityManager, input: NewTicket, path = 'input'): Promise<TicketEntity> {
    const contact = await this.contacts.loadForInput(em, input.contactId, `${path}.contactId`);
    let queueId = input.queueId ?? null;
    if (input.categoryId) {
      const category = await em.findOne(TicketCategoryEntity, { where: { id: input.categoryId } });
      if (!category) throw BadInputError.field(`${path}.categoryId`, 'is not a ticket category of this workspace');
      queueId ??= category.queueId;
    }
    const queue = queueId ? await em.findOne(TicketQueueEntity, { where: { id: queueId } }) : null;
    if (queueId && !queue) throw BadInputError.field(`${path}.queueId`, 'is not a ticket queue of this workspace');
    if (input.assigneeId) await this.staff.assertMember(input.assigneeId, `${path}.assigneeId`);
    const subject = input.subject.trim().slice(0, 300);
    if (!subject) throw BadInputError.field(`${path}.subject`, 'must not be empty');
    const priority = input.priority ?? TicketPriority.NORMAL;
    const policy = await this.settings.policyIn(em, priority);
    // SLA targets count business time of the workspace's calendar (hours, weekends, Jalali holidays).
    const businessCalendar = await this.calendar.forWorkspace(em);
    const now = new Date();
    const workspaceId = contact.workspaceId;
    const actor = this.actorMemberId();
    // Last statement before the insert: the counter row stays locked only for the rest of this short transaction.
    const [{ last_number: number }] = await em.query(
      `INSERT INTO ticket_counters (workspace_id, last_number) VALUES (app_current_workspace(), 1)
       ON CONFLICT (workspace_id) DO UPDATE SET last_number = ticket_counters.last_number + 1 RETURNING last_number`,
    );
    const ticket = await em.save(
      em.create(TicketEntity, {
        workspaceId, number, contactId: contact.id, categoryId: input.categoryId ?? null, queueId, type: input.type ?? TicketType.QUESTION, priority,
        channel: input.channel, subject, status: TicketStatus.NEW, assigneeMemberId: null, relatedInvoiceId: input.relatedInvoiceId ?? null,
        relatedProductId: input.relatedProductId ?? null, tags: [...new Set((input.tags ?? []).map((t) => t.trim()).filter(Boolean))],
        createdByMemberId: actor, createdAt: now, reopenedCount: 0,
        firstResponseDueAt: addBusinessMinutes(now, policy.firstResponseMinutes, businessCalendar),
        resolutionDueAt: addBusinessMinutes(now, policy.resolutionMinutes, businessCalendar),
      }),
    );
    await this.addEvent(em, ticket, TicketEventKind.CREATED, null, TicketStatus.NEW, { channel: ticket.channel, priority, queueId });
    let firstMessageId: string | null = null;
    if (input.body?.trim()) {
      const first = await em.save(em.create(TicketMessageEntity, {
        workspaceId, ticketId: ticket.id, kind: TicketMessageKind.CUSTOMER_MESSAGE, authorContactId: contact.id, body: input.body.trim(),
        channel: ticket.channel, externalId: input.externalId ?? null,
      }));
      firstMessageId = first.id;
    }
    await this.attachments.attachIn(em, input.attachmentIds, ticket.id, firstMessageId, `${path}.attachmentIds`);
    const assignee = input.assigneeId ?? (queue ? await this.pickAssignee(em, queue) : null);
    await this.events.publish<TicketCreatedEvent>(TicketEvents.Created, {
      ...this.base(ticket, actor), type: ticket.type, priority, channel: ticket.channel, queueId, assigneeMemberId: assignee,
    });
    if (assignee) await this.assignIn(em, ticket, contact, assignee, actor, input.assigneeId ? 'manual' : (queue!.assignmentMode as string));
    await this.acknowledgeIn(em, ticket, contact);
    return ticket;
  }

  /**
   * The expert of the queue who gets the next ticket: FIXED → the fixed member; ROUND_ROBIN → the next active member
   * after an atomic increment of the queue's cursor (concurrent creators queue on the row, none get the same turn);
   * LEAST_OPEN → the active member with the fewest live tickets (queue row locked while counting).
   */
  private async pickAssignee(em: EntityManager, queue: TicketQueueEntity): Promise<string | null> {
    if (queue.assignmentMode === TicketAssignmentMode.FIXED) return queue.fixedMemberId;
    const active = await this.staff.alertAddressesIn(em, queue.memberIds);
    const members = queue.memberIds.filter((id) => active.has(id));
    if (!members.length) return null;
    if (queue.assignmentMode === TicketAssignmentMode.ROUND_ROBIN) {
      const [[{ round_robin_cursor }]] = await em.query(
        `UPDATE ticket_queues SET round_robin_cursor = round_robin_cursor + 1 WHERE id = $1 RETURNING round_robin_cursor`,
        [queue.id],
      );
      return members[(Number(round_robin_cursor) - 1) % members.length];
    }
    await em.query(`SELECT 1 FROM ticket_queues WHERE id = $1 FOR UPDATE`, [queue.id]);
    const rows: Array<{ member: string; open: number }> = await em.query(
      `SELECT assignee_member_id AS member, count(*)::int AS open FROM tickets
       WHERE assignee_member_id = ANY($1) AND status = ANY($2) GROUP BY assignee_member_id`,
      [members, LIVE_STATUSES],
    );
    const open = new Map(rows.map((r) => [r.member, r.open]));
    return members.reduce((best, m) => ((open.get(m) ?? 0) < (open.get(best) ?? 0) ? m : best), members[0]);
  }

  /** The customer's acknowledgement with the ticket number: the workspace's `ticket.received` template, else a built-in text. */
  private async acknowledgeIn(em: EntityManager, ticket: TicketEntity, contact: ContactEntity): Promise<void> {
    const channel = this.customerChannel(ticket, contact);
    if (!channel) return;
    const idempotencyKey = `ticket:${ticket.id}:ack`;
    const params = { ticket: { number: String(ticket.number), subject: ticket.subject } };
    try {
      await this.messaging.enqueueIn(em, { contactId: contact.id, channel, templateKey: 'ticket.received', params, idempotencyKey });
      return;
    } catch (e) {
      // No such template for the channel: nothing was written, fall back to the built-in text.
      if (!(e instanceof NotFoundError)) throw e;
    }
    const { defaultLocale, name } = await this.workspaces.current();
    const fa = defaultLocale === 'fa';
    const body = fa
      ? `درخواست پشتیبانی شما با شماره ${toPersianDigits(String(ticket.number))} («${ticket.subject}») ثبت شد و به‌زودی پاسخ می‌دهیم. برای پیگیری، شماره را در ابتدای پیام خود بنویسید.\n${name}`
      : `Your support request #${ticket.number} ("${ticket.subject}") was received; we will answer soon. Start your reply with the number to add to it.\n${name}`;
    await this.messaging.enqueueIn(em, {
      contactId: contact.id, channel, body, language: defaultLocale, idempotencyKey, literal: true,
      subject: channel === MessageChannel.EMAIL ? `[#${ticket.number}] ${fa ? 'درخواست شما ثبت شد' : 'We received your request'}: ${ticket.subject}` : null,
    });
  }

  /** Email for tickets that came by email (when the contact has an address), else SMS, else email; null when neither. */
  private customerChannel(ticket: TicketEntity, contact: ContactEntity): MessageChannel | null {
    if (ticket.channel === TicketChannel.EMAIL && contact.email) return MessageChannel.EMAIL;
    if (contact.primaryPhone) return MessageChannel.SMS;
    return contact.email ? MessageChannel.EMAIL : null;
  }

  // ─── Editing ───────────────────────────────────────────────────────────────────────────────────────────────

  /** Subject, type, priority, category (and with it the queue) and tags; changes are in the audit log. */
  update(id: string, input: UpdateTicketInput): Promise<string> {
    return this.db.tx(async (em) => {
      const ticket = await this.lock(em, id);
      if (ticket.status === TicketStatus.CLOSED) throw conflict(ticket, 'be edited');
      const patch: Partial<TicketEntity> = {};
      if (input.subject !== undefined) {
        const subject = input.subject.trim();
        if (!subject) throw BadInputError.field('input.subject', 'must not be empty');
        patch.subject = subject;
      }
      if (input.type) patch.type = input.type;
      if (input.tags) patch.tags = [...new Set(input.tags.map((t) => t.trim()).filter(Boolean))];
      if (input.categoryId && input.categoryId !== ticket.categoryId) {
        const category = await em.findOne(TicketCategoryEntity, { where: { id: input.categoryId } });
        if (!category) throw BadInputError.field('input.categoryId', 'is not a ticket category of this workspace');
        patch.categoryId = category.id;
        patch.queueId = category.queueId ?? ticket.queueId;
      }
      if (input.priority && input.priority !== ticket.priority) {
        const policy = await this.settings.policyIn(em, input.priority);
        const businessCalendar = await this.calendar.forWorkspace(em);
        patch.priority = input.priority;
        patch.firstResponseDueAt = addBusinessMinutes(ticket.createdAt, policy.firstResponseMinutes, businessCalendar);
        patch.resolutionDueAt = addBusinessMinutes(ticket.createdAt, policy.resolutionMinutes + ticket.slaPausedMinutes, businessCalendar);
        // The SLA job judges the new targets afresh.
        patch.slaWarnedAt = null;
        patch.resolutionWarnedAt = null;
        patch.slaBreachedAt = null;
      }
      if (Object.keys(patch).length) await em.update(TicketEntity, id, { ...patch, updatedAt: new Date() });
      return id;
    });
  }

  // ─── Assignment ────────────────────────────────────────────────────────────────────────────────────────────

  /** Reassigns (or unassigns with null); audited in ticket_events and the audit log; the new assignee is alerted. */
  assign(id: string, assigneeId: string | null): Promise<string> {
    return this.db.tx(async (em) => {
      const ticket = await this.lock(em, id);
      if (ticket.status === TicketStatus.CLOSED) throw conflict(ticket, 'be reassigned');
      if (assigneeId) await this.staff.assertMember(assigneeId, 'assigneeId');
      if (ticket.assigneeMemberId === assigneeId) return id;
      const contact = await this.contacts.load(em, ticket.contactId);
      await this.assignIn(em, ticket, contact, assigneeId, this.actorMemberId(), 'manual');
      return id;
    });
  }

  private async assignIn(em: EntityManager, ticket: TicketEntity, contact: ContactEntity, assigneeId: string | null, actor: string | null, rule: string): Promise<void> {
    const from = ticket.assigneeMemberId;
    ticket.assigneeMemberId = assigneeId;
    await em.update(TicketEntity, ticket.id, { assigneeMemberId: assigneeId });
    const event = await this.addEvent(em, ticket, TicketEventKind.ASSIGNED, from, assigneeId, { rule });
    await this.events.publish<TicketAssignedEvent>(TicketEvents.Assigned, { ...this.base(ticket, actor), fromMemberId: from, assigneeMemberId: assigneeId });
    // Nobody is alerted of what they did themselves.
    if (!assigneeId || assigneeId === actor) return;
    const name = `${contact.firstName} ${contact.lastName}`.trim();
    const link = new URL(`/tickets/${ticket.id}`, this.config.PUBLIC_URL).toString();
    await this.alerts.notifyIn(em, {
      memberId: assigneeId,
      event: TICKET_ASSIGNED_ALERT.event,
      idempotencyKey: `alert:ticket.assigned:${ticket.id}:${assigneeId}:${event.id}`,
      content: {
        fa: {
          subject: `تیکت ${toPersianDigits(String(ticket.number))}: ${ticket.subject}`,
          body: `تیکت ${toPersianDigits(String(ticket.number))} («${ticket.subject}») از ${name} به شما سپرده شد. اولویت: ${PRIORITY_FA[ticket.priority as TicketPriority]}\n${link}`,
        },
        en: { subject: `Ticket #${ticket.number}: ${ticket.subject}`, body: `Ticket #${ticket.number} ("${ticket.subject}") from ${name} was assigned to you. Priority: ${ticket.priority}\n${link}` },
      },
    });
  }

  // ─── Conversation ──────────────────────────────────────────────────────────────────────────────────────────

  /**
   * A public reply (sent to the customer by SMS/email; the first one sets first_response_at; a NEW ticket becomes
   * OPEN) or an internal note (stored only: never sent, never in customer-facing reads, no timeline entry).
   */
  reply(id: string, input: ReplyToTicketInput): Promise<string> {
    const body = input.body.trim();
    if (!body) throw BadInputError.field('input.body', 'must not be empty');
    return this.db.tx(async (em) => {
      const ticket = await this.lock(em, id);
      if (ticket.status === TicketStatus.CLOSED) throw conflict(ticket, 'take replies; open a new ticket');
      const actor = this.actorMemberId();
      const message = await em.save(
        em.create(TicketMessageEntity, {
          workspaceId: ticket.workspaceId, ticketId: id, kind: input.internal ? TicketMessageKind.INTERNAL_NOTE : TicketMessageKind.PUBLIC_REPLY,
          authorMemberId: actor, body, channel: TicketChannel.DASHBOARD,
        }),
      );
      await this.attachments.attachIn(em, input.attachmentIds, id, message.id, 'input.attachmentIds');
      if (!input.internal) {
        const contact = await this.contacts.load(em, ticket.contactId);
        const channel = this.customerChannel(ticket, contact);
        if (channel) {
          const sent = await this.messaging.enqueueIn(em, {
            contactId: contact.id, channel, body, idempotencyKey: `ticket-reply:${message.id}`, literal: true,
            subject: channel === MessageChannel.EMAIL ? `[#${ticket.number}] ${ticket.subject}` : null,
          });
          message.outboundMessageId = sent.id;
          await em.update(TicketMessageEntity, message.id, { outboundMessageId: sent.id, channel: channel === MessageChannel.EMAIL ? TicketChannel.EMAIL : TicketChannel.SMS });
        }
        if (!ticket.firstResponseAt) {
          ticket.firstResponseAt = new Date();
          await em.update(TicketEntity, id, { firstResponseAt: ticket.firstResponseAt });
        }
        await this.events.publish<TicketRepliedEvent>(TicketEvents.Replied, {
          ...this.base(ticket, actor), messageId: message.id, kind: 'PUBLIC_REPLY', channel: message.channel, body,
        });
        if (ticket.status === TicketStatus.NEW && !input.status) await this.transitionIn(em, ticket, TicketStatus.OPEN, actor);
      }
      if (input.status && input.status !== ticket.status) await this.transitionIn(em, ticket, input.status, actor);
      else await em.update(TicketEntity, id, { updatedAt: new Date() });
      return id;
    });
  }

  /** The customer writes on a ticket of their own (club panel): NOT_FOUND for anyone else's, CONFLICT when closed. */
  replyAsCustomer(ticketId: string, contactId: string, body: string, channel: TicketChannel, attachmentIds?: string[] | null): Promise<string> {
    const text = body.trim();
    if (!text) throw BadInputError.field('input.body', 'must not be empty');
    return this.db.tx(async (em) => {
      const ticket = await em.findOne(TicketEntity, { where: { id: ticketId, contactId }, lock: { mode: 'pessimistic_write' } });
      if (!ticket) throw new NotFoundError('Ticket', ticketId);
      const messageId = await this.addCustomerMessageIn(em, ticket, text, channel, null);
      await this.attachments.attachIn(em, attachmentIds, ticket.id, messageId, 'input.attachmentIds');
      return ticket.id;
    });
  }

  /**
   * A message from the customer on their ticket (inbound SMS/email, later the club): a RESOLVED ticket reopens
   * (reopened_count + 1), one WAITING_ON_CUSTOMER goes back to OPEN. Null when the provider id was seen before.
   */
  async addCustomerMessageIn(em: EntityManager, ticket: TicketEntity, body: string, channel: TicketChannel, externalId: string | null): Promise<string | null> {
    if (ticket.status === TicketStatus.CLOSED) throw conflict(ticket, 'take messages; open a new ticket');
    const [row] = await em.query(
      `INSERT INTO ticket_messages (workspace_id, ticket_id, kind, author_contact_id, body, channel, external_id)
       VALUES ($1, $2, 'CUSTOMER_MESSAGE', $3, $4, $5, $6) ON CONFLICT (workspace_id, external_id) DO NOTHING RETURNING id`,
      [ticket.workspaceId, ticket.id, ticket.contactId, body.slice(0, 20000), channel, externalId],
    );
    if (!row) return null;
    await this.events.publish<TicketRepliedEvent>(TicketEvents.Replied, {
      ...this.base(ticket, null), messageId: row.id, kind: 'CUSTOMER_MESSAGE', channel, body,
    });
    if (ticket.status === TicketStatus.RESOLVED || ticket.status === TicketStatus.WAITING_ON_CUSTOMER) {
      await this.transitionIn(em, ticket, TicketStatus.OPEN, null);
    } else {
      await em.update(TicketEntity, ticket.id, { updatedAt: new Date() });
    }
    return row.id;
  }

  // ─── Status ────────────────────────────────────────────────────────────────────────────────────────────────

  setStatus(id: string, status: TicketStatus): Promise<string> {
    return this.db.tx(async (em) => {
      const ticket = await this.lock(em, id);
      if (ticket.status === status) return id;
      await this.transitionIn(em, ticket, status, this.actorMemberId());
      return id;
    });
  }

  resolve(id: string): Promise<string> {
    return this.setStatus(id, TicketStatus.RESOLVED);
  }

  close(id: string): Promise<string> {
    return this.setStatus(id, TicketStatus.CLOSED);
  }

  private async transitionIn(em: EntityManager, ticket: TicketEntity, to: TicketStatus, actor: string | null): Promise<void> {
    const from = ticket.status as TicketStatus;
    if (!TRANSITIONS[from].includes(to)) {
      const allowed = TRANSITIONS[from];
      throw new ConflictError(
        `Ticket #${ticket.number} is ${from} and cannot become ${to}${allowed.length ? ` (allowed: ${allowed.join(', ')})` : '; a closed ticket is final — open a new one'}`,
        { status: from },
      );
    }
    const now = new Date();
    const patch: Partial<TicketEntity> = { status: to, updatedAt: now };
    const reopen = from === TicketStatus.RESOLVED && to === TicketStatus.OPEN;
    if (to === TicketStatus.RESOLVED) patch.resolvedAt = now;
    if (to === TicketStatus.CLOSED) patch.closedAt = now;
    if (reopen) {
      patch.resolvedAt = null;
      patch.reopenedCount = ticket.reopenedCount + 1;
    }
    // Waiting on the customer stops the resolution clock; leaving it moves the due time by the business time waited.
    let resumed: { pausedMinutes: number; from: Date | null; to: Date | null } | null = null;
    if (to === TicketStatus.WAITING_ON_CUSTOMER) patch.slaPausedAt = now;
    if (from === TicketStatus.WAITING_ON_CUSTOMER && ticket.slaPausedAt) {
      const businessCalendar = await this.calendar.forWorkspace(em);
      const pausedMinutes = Math.round(businessMinutesBetween(ticket.slaPausedAt, now, businessCalendar));
      patch.slaPausedAt = null;
      patch.slaPausedMinutes = ticket.slaPausedMinutes + pausedMinutes;
      const due = ticket.resolutionDueAt;
      if (due && due > ticket.slaPausedAt && !ticket.slaBreachedAt) {
        patch.resolutionDueAt = addBusinessMinutes(now, businessMinutesBetween(ticket.slaPausedAt, due, businessCalendar), businessCalendar);
        if (patch.resolutionDueAt.getTime() !== due.getTime()) patch.resolutionWarnedAt = null;
      }
      resumed = { pausedMinutes, from: due, to: patch.resolutionDueAt ?? due };
    }
    Object.assign(ticket, patch);
    await em.update(TicketEntity, ticket.id, patch);
    await this.addEvent(em, ticket, reopen ? TicketEventKind.REOPENED : TicketEventKind.STATUS_CHANGED, from, to, {}, actor);
    if (to === TicketStatus.WAITING_ON_CUSTOMER) await this.addEvent(em, ticket, TicketEventKind.SLA_PAUSED, null, null, {}, actor);
    if (resumed) {
      await this.addEvent(em, ticket, TicketEventKind.SLA_RESUMED, resumed.from?.toISOString() ?? null, resumed.to?.toISOString() ?? null, { pausedMinutes: resumed.pausedMinutes }, actor);
    }
    const payload = { ...this.base(ticket, actor), from, to };
    await this.events.publish<TicketStatusChangedEvent>(TicketEvents.StatusChanged, payload);
    if (to === TicketStatus.RESOLVED) await this.events.publish<TicketStatusChangedEvent>(TicketEvents.Resolved, payload);
    if (to === TicketStatus.CLOSED) await this.events.publish<TicketStatusChangedEvent>(TicketEvents.Closed, payload);
    if (reopen) await this.events.publish<TicketStatusChangedEvent>(TicketEvents.Reopened, payload);
  }

  // ─── Inbound ───────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * An SMS from a known contact (messaging stored it once per provider id and published messaging.message_received):
   * "<number> …" appends to that ticket of theirs; a support keyword opens a ticket; otherwise it joins their latest
   * ticket that is not closed. Opt-out words are messaging's business.
   */
  private async receiveSmsIn(em: EntityManager, e: MessageReceivedEvent): Promise<void> {
    const text = toLatinDigits(e.bodyText).trim();
    if (!text || SMS_OPT_OUT_KEYWORDS.includes(text.toLowerCase().replace(/\s+/g, ''))) return;
    const externalId = `sms:${e.messageId}`;
    const numbered = /^#?(\d{1,9})(?:[\s:\-.،,]+([\s\S]*))?$/.exec(text);
    if (numbered) {
      const ticket = await this.findLiveTicket(em, e.contactId, Number(numbered[1]));
      if (ticket) {
        await this.addCustomerMessageIn(em, ticket, numbered[2]?.trim() || text, TicketChannel.SMS, externalId);
        return;
      }
    }
    const [first, ...rest] = text.split(/\s+/);
    const { smsKeywords } = await this.settings.ticketingSettingsIn(em);
    if (smsKeywords.some((k) => toLatinDigits(k).toLowerCase() === first.toLowerCase())) {
      const body = rest.join(' ').trim();
      await this.createIn(em, {
        contactId: e.contactId, channel: TicketChannel.SMS, subject: body ? body.slice(0, 80) : 'درخواست پشتیبانی (پیامک)', body: body || text, externalId,
      });
      return;
    }
    const latest = await this.findLiveTicket(em, e.contactId);
    if (latest) await this.addCustomerMessageIn(em, latest, text, TicketChannel.SMS, externalId);
  }

  /**
   * POST /webhooks/email/inbound: appends by a [#number] tag (or In-Reply-To) of the sender's ticket, else opens one.
   * Its attachments are checked like uploads and stored with the message; refused ones are named in an internal note.
   */
  async receiveEmail(input: InboundEmail): Promise<InboundResult> {
    const match = /<([^<>\s]+@[^<>\s]+)>/.exec(input.from) ?? /([^\s<>"]+@[^\s<>"]+)/.exec(input.from);
    if (!match) throw BadInputError.field('from', 'has no email address');
    const address = match[1].toLowerCase();
    const displayName = input.from.replace(match[0], '').replace(/["<>]/g, '').trim();
    const externalId = `email:${input.messageId.trim().replace(/^<|>$/g, '')}`;
    const workspaceId = this.context.workspaceId();
    if (!workspaceId) throw new BadInputError([{ field: 'from', message: 'needs a workspace' }]);
    const files = await this.attachments.prepareInbound(workspaceId, input.attachments);
    let kept = false;
    try {
      const result = await this.db.tx(async (em) => {
        const seen = await em.findOne(TicketMessageEntity, { where: { externalId } });
        if (seen) {
          const t = await em.findOneOrFail(TicketEntity, { where: { id: seen.ticketId } });
          return { ticketId: t.id, number: t.number, created: false, duplicate: true };
        }
        const contactId = await this.contactByEmail(em, address, displayName);
        const text = input.text.trim() || '(بدون متن)';
        const tag = /\[#(\d{1,9})\]/.exec(input.subject ?? '');
        let ticket = tag ? await this.findLiveTicket(em, contactId, Number(tag[1])) : null;
        if (!ticket && input.inReplyTo) {
          const replied = await em.findOne(TicketMessageEntity, { where: { externalId: `email:${input.inReplyTo.trim().replace(/^<|>$/g, '')}` } });
          const candidate = replied ? await em.findOne(TicketEntity, { where: { id: replied.ticketId } }) : null;
          if (candidate && candidate.contactId === contactId && candidate.status !== TicketStatus.CLOSED) ticket = await this.lock(em, candidate.id);
        }
        let created = false;
        if (ticket) {
          await this.addCustomerMessageIn(em, ticket, text, TicketChannel.EMAIL, externalId);
        } else {
          const subject = (input.subject ?? '').replace(/\[#\d+\]/g, '').replace(/^\s*(re|fw|fwd)\s*:\s*/i, '').trim() || text.slice(0, 80);
          ticket = await this.createIn(em, { contactId, channel: TicketChannel.EMAIL, subject, body: text, externalId }, 'body');
          created = true;
        }
        const message = await em.findOneOrFail(TicketMessageEntity, { where: { externalId } });
        await this.attachments.storeInboundIn(em, files.stored, ticket.id, message.id, contactId);
        if (files.refused.length) {
          const lines = files.refused.map((f) => `• ${f.fileName}: ${f.reason}`).join('\n');
          await em.insert(TicketMessageEntity, {
            workspaceId: ticket.workspaceId, ticketId: ticket.id, kind: TicketMessageKind.INTERNAL_NOTE, authorMemberId: null, channel: TicketChannel.EMAIL,
            body: `پیوست‌هایی از این ایمیل پذیرفته نشد / Attachments of this email were refused:\n${lines}`,
          });
        }
        return { ticketId: ticket.id, number: ticket.number, created, duplicate: false };
      });
      kept = !result.duplicate;
      return result;
    } finally {
      if (!kept) await this.attachments.discard(files.stored);
    }
  }

  private async contactByEmail(em: EntityManager, address: string, displayName: string): Promise<string> {
    const found = await this.contacts.list({ first: 20 }, {}, address);
    const edges = found.edges.filter((e) => e.node.email?.toLowerCase() === address);
    if (edges.length) return edges[0].node.id;
    const [first, ...last] = (displayName || address.split('@')[0]).split(/\s+/);
    const input: CreateContactInput = { firstName: first.slice(0, 100), lastName: last.join(' ').slice(0, 100) || undefined, email: address, source: ContactSource.OTHER };
    const contact = await this.contacts.createIn(em, input, 'from');
    return contact.id;
  }

  /** The contact's ticket by number, or their latest, that is not CLOSED (locked). */
  private async findLiveTicket(em: EntityManager, contactId: string, number?: number): Promise<TicketEntity | null> {
    const qb = em.createQueryBuilder(TicketEntity, 't').where(`t.contact_id = :contactId AND t.status <> 'CLOSED'`, { contactId });
    if (number !== undefined) qb.andWhere('t.number = :number', { number });
    const found = await qb.orderBy('t.updated_at', 'DESC').getOne();
    return found ? this.lock(em, found.id) : null;
  }

  // ─── Scheduled work ────────────────────────────────────────────────────────────────────────────────────────

  /**
   * The SLA watch of one workspace: for each live ticket not yet breached, the pending target (the first response
   * while unanswered, else the resolution) — past it: sla_breached_at and an escalation to the queue supervisor
   * (the owners when the queue has none); within the policy's warning window: sla_warned_at and a warning to the
   * assignee. Each happens once per ticket (the columns guard it; the alert keys make a replay harmless).
   */
  async checkSla(workspaceId: string, now = new Date()): Promise<{ warned: number; breached: number }> {
    return this.db.tx(async (em) => {
      const due = await em
        .createQueryBuilder(TicketEntity, 't')
        .where('t.status IN (:...live) AND t.sla_breached_at IS NULL AND t.resolution_due_at IS NOT NULL', { live: LIVE_STATUSES })
        .andWhere(`${PENDING_DUE_SQL('t')} <= :horizon`, { horizon: new Date(now.getTime() + 1440 * MINUTE_MS) })
        .orderBy('t.resolution_due_at', 'ASC')
        .take(500)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      if (!due.length) return { warned: 0, breached: 0 };
      const policies = await this.settings.policiesIn(em);
      let warned = 0;
      let breached = 0;
      for (const ticket of due) {
        const warnBefore = policies.get(ticket.priority)!.warnBeforeMinutes * MINUTE_MS;
        // The targets still running: the first response until answered, the resolution unless paused (waiting on the customer).
        const targets: Array<{ target: SlaTarget; dueAt: Date; warnedAt: Date | null }> = [];
        if (!ticket.firstResponseAt && ticket.firstResponseDueAt) targets.push({ target: 'FIRST_RESPONSE', dueAt: ticket.firstResponseDueAt, warnedAt: ticket.slaWarnedAt });
        if (!ticket.slaPausedAt) targets.push({ target: 'RESOLUTION', dueAt: ticket.resolutionDueAt!, warnedAt: ticket.resolutionWarnedAt });
        const missed = targets.find((t) => t.dueAt <= now);
        if (missed) {
          await em.update(TicketEntity, ticket.id, { slaBreachedAt: now });
          ticket.slaBreachedAt = now;
          await this.addEvent(em, ticket, TicketEventKind.SLA_BREACHED, null, missed.target, { dueAt: missed.dueAt.toISOString() }, null);
          await this.events.publish<TicketSlaEvent>(TicketEvents.SlaBreached, { ...this.base(ticket, null), target: missed.target, dueAt: missed.dueAt.toISOString(), assigneeMemberId: ticket.assigneeMemberId });
          await this.escalateIn(em, ticket, missed.target);
          breached++;
          continue;
        }
        for (const { target, dueAt, warnedAt } of targets) {
          if (warnedAt || dueAt.getTime() - warnBefore > now.getTime()) continue;
          await em.update(TicketEntity, ticket.id, target === 'FIRST_RESPONSE' ? { slaWarnedAt: now } : { resolutionWarnedAt: now, slaWarnedAt: ticket.slaWarnedAt ?? now });
          await this.addEvent(em, ticket, TicketEventKind.SLA_WARNED, null, target, { dueAt: dueAt.toISOString() }, null);
          await this.events.publish<TicketSlaEvent>(TicketEvents.SlaWarned, { ...this.base(ticket, null), target, dueAt: dueAt.toISOString(), assigneeMemberId: ticket.assigneeMemberId });
          if (ticket.assigneeMemberId) await this.warnAssigneeIn(em, ticket, target, dueAt, now);
          warned++;
        }
      }
      return { warned, breached };
    }, workspaceId);
  }

  private async warnAssigneeIn(em: EntityManager, ticket: TicketEntity, target: SlaTarget, dueAt: Date, now: Date): Promise<void> {
    const minutes = Math.max(1, Math.round((dueAt.getTime() - now.getTime()) / MINUTE_MS));
    const what = { fa: target === 'FIRST_RESPONSE' ? 'اولین پاسخ' : 'حل', en: target === 'FIRST_RESPONSE' ? 'first response' : 'resolution' };
    // The first-response warning keeps its original key: one of each target per assignee.
    const suffix = target === 'FIRST_RESPONSE' ? '' : ':RESOLUTION';
    await this.alerts.notifyIn(em, {
      memberId: ticket.assigneeMemberId!, event: TICKET_SLA_WARNING_ALERT.event, idempotencyKey: `alert:ticket.sla_warning:${ticket.id}:${ticket.assigneeMemberId}${suffix}`,
      content: {
        fa: {
          subject: `هشدار مهلت تیکت ${toPersianDigits(String(ticket.number))}`,
          body: `مهلت ${what.fa} تیکت ${toPersianDigits(String(ticket.number))} («${ticket.subject}») تا ${toPersianDigits(String(minutes))} دقیقه دیگر تمام می‌شود.\n${this.link(ticket)}`,
        },
        en: { subject: `SLA warning: ticket #${ticket.number}`, body: `The ${what.en} of ticket #${ticket.number} ("${ticket.subject}") is due in ${minutes} minutes.\n${this.link(ticket)}` },
      },
    });
  }

  private async escalateIn(em: EntityManager, ticket: TicketEntity, target: string): Promise<void> {
    const queue = ticket.queueId ? await em.findOne(TicketQueueEntity, { where: { id: ticket.queueId } }) : null;
    const supervisors = queue?.supervisorMemberId ? [queue.supervisorMemberId] : await this.staff.activeMemberIdsWithRole(em, StaffRole.OWNER);
    const what = { fa: target === 'FIRST_RESPONSE' ? 'اولین پاسخ' : 'حل', en: target === 'FIRST_RESPONSE' ? 'first response' : 'resolution' };
    for (const memberId of supervisors) {
      await this.alerts.notifyIn(em, {
        memberId, event: TICKET_SLA_BREACHED_ALERT.event, idempotencyKey: `alert:ticket.sla_breached:${ticket.id}:${memberId}`,
        content: {
          fa: {
            subject: `تیکت ${toPersianDigits(String(ticket.number))} از مهلت گذشت`,
            body: `مهلت ${what.fa} تیکت ${toPersianDigits(String(ticket.number))} («${ticket.subject}») گذشت و نیاز به پیگیری دارد.\n${this.link(ticket)}`,
          },
          en: { subject: `Ticket #${ticket.number} missed its SLA`, body: `Ticket #${ticket.number} ("${ticket.subject}") missed its ${what.en} target and needs attention.\n${this.link(ticket)}` },
        },
      });
    }
  }

  /** Closes the workspace's tickets RESOLVED more than its auto-close days ago (none when 0); returns how many. */
  async autoClose(workspaceId: string, now = new Date()): Promise<number> {
    return this.db.tx(async (em) => {
      const { autoCloseDays: days } = await this.settings.ticketingSettingsIn(em);
      if (days <= 0) return 0;
      const stale = await em
        .createQueryBuilder(TicketEntity, 't')
        .where(`t.status = 'RESOLVED' AND t.resolved_at <= :before`, { before: new Date(now.getTime() - days * 86_400_000) })
        .take(500)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const ticket of stale) await this.transitionIn(em, ticket, TicketStatus.CLOSED, null);
      return stale.length;
    }, workspaceId);
  }

  // ─── Helpers ───────────────────────────────────────────────────────────────────────────────────────────────

  private link(ticket: TicketEntity): string {
    return new URL(`/tickets/${ticket.id}`, this.config.PUBLIC_URL).toString();
  }

  private base(ticket: TicketEntity, actor: string | null): TicketEventBase {
    return { workspaceId: ticket.workspaceId, contactId: ticket.contactId, ticketId: ticket.id, number: ticket.number, subject: ticket.subject, actorMemberId: actor };
  }

  private addEvent(
    em: EntityManager, ticket: TicketEntity, kind: TicketEventKind, from: string | null, to: string | null, data: Record<string, unknown> = {},
    actor: string | null = this.actorMemberId(),
  ): Promise<TicketEventEntity> {
    return em.save(em.create(TicketEventEntity, { workspaceId: ticket.workspaceId, ticketId: ticket.id, kind, fromValue: from, toValue: to, actorMemberId: actor, data }));
  }

  private async lock(em: EntityManager, id: string): Promise<TicketEntity> {
    const row = await em.findOne(TicketEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!row) throw new NotFoundError('Ticket', id);
    return row;
  }


}

type SlaTarget = 'FIRST_RESPONSE' | 'RESOLUTION';

const PRIORITY_FA: Record<TicketPriority, string> = { LOW: 'کم', NORMAL: 'عادی', HIGH: 'زیاد', URGENT: 'فوری' };

function conflict(ticket: TicketEntity, action: string): ConflictError {
  return new ConflictError(`Ticket #${ticket.number} is ${ticket.status} and cannot ${action}`, { status: ticket.status });
}
