import { Injectable, OnModuleInit } from '@nestjs/common';
import { toPersianDigits } from '@peyvand/text';
import { EntityManager } from 'typeorm';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { ConflictError, NotFoundError } from '../../../core/errors/domain-errors';
import { DomainEvents } from '../../../core/events/domain-events';
import { ContactsService } from '../../contacts/contacts.service';
import { MessageChannel } from '../../messaging/message.model';
import { MessagingService } from '../../messaging/messaging.service';
import { WorkspacesService } from '../../workspaces/workspaces.service';
import { TicketEventKind, TicketStatus } from '../models/ticket.enums';
import { TicketLinks } from '../signed-links';
import { TicketSettingsService } from '../ticket-settings.service';
import { TicketEntity, TicketEventEntity } from '../ticket.entities';
import { TicketEvents, TicketRatedEvent, TicketStatusChangedEvent } from '../ticketing.events';

export interface CsatView {
  number: number;
  subject: string;
  workspaceName: string;
  language: 'fa' | 'en';
  /** The survey of the last resolution is open. */
  open: boolean;
  score: number | null;
}

/**
 * The one-question satisfaction survey. Resolving a ticket (the Resolved event, in its transaction) stamps
 * csat_requested_at and sends the customer a signed link by SMS (email when they have no phone); the survey of that
 * resolution is answered once — by the link (`rateTicket` / the /csat page) or in the club panel (`rateMyTicket`) —
 * with a conditional update, so two answers racing store one. A reopen and a new resolution open a new survey.
 */
@Injectable()
export class TicketCsatService implements OnModuleInit {
  constructor(
    private readonly db: TenantDb,
    private readonly events: DomainEvents,
    private readonly links: TicketLinks,
    private readonly contacts: ContactsService,
    private readonly messaging: MessagingService,
    private readonly workspaces: WorkspacesService,
    private readonly settings: TicketSettingsService,
  ) {}

  onModuleInit(): void {
    this.events.subscribeInTransaction<TicketStatusChangedEvent>(TicketEvents.Resolved, (e, em) => this.requestIn(em, e.ticketId));
  }

  private async requestIn(em: EntityManager, ticketId: string): Promise<void> {
    if (!(await this.settings.ticketingSettingsIn(em)).csatEnabled) return;
    const ticket = await em.findOneOrFail(TicketEntity, { where: { id: ticketId } });
    await em.update(TicketEntity, ticket.id, { csatRequestedAt: new Date() });
    const contact = await this.contacts.load(em, ticket.contactId);
    const channel = contact.primaryPhone ? MessageChannel.SMS : contact.email ? MessageChannel.EMAIL : null;
    if (!channel) return;
    const { defaultLocale, name } = await this.workspaces.current();
    const url = this.links.csatUrl(ticket.workspaceId, ticket.id);
    const fa = defaultLocale === 'fa';
    const n = fa ? toPersianDigits(String(ticket.number)) : String(ticket.number);
    const body = fa
      ? `درخواست شماره ${n} شما پاسخ داده شد. از ۱ تا ۵ چقدر راضی بودید؟\n${url}\n${name}`
      : `Your request #${n} was resolved. How satisfied were you, 1 to 5?\n${url}\n${name}`;
    await this.messaging.enqueueIn(em, {
      contactId: contact.id, channel, body, language: defaultLocale, literal: true, idempotencyKey: `ticket:${ticket.id}:csat:${ticket.reopenedCount}`,
      subject: channel === MessageChannel.EMAIL ? `[#${ticket.number}] ${fa ? 'نظر شما درباره پاسخ ما' : 'How did we do?'}` : null,
    });
  }

  /** What the public page shows for a link; null for a link that is not valid. */
  async view(token: string): Promise<CsatView | null> {
    const target = this.links.verifyCsat(token);
    if (!target) return null;
    return this.db.tx(async (em) => {
      const ticket = await em.findOne(TicketEntity, { where: { id: target.id } });
      if (!ticket) return null;
      const ws = await this.workspaces.current();
      return { number: ticket.number, subject: ticket.subject, workspaceName: ws.name, language: ws.defaultLocale === 'en' ? 'en' : 'fa', open: canRate(ticket), score: ticket.csatScore };
    }, target.workspaceId);
  }

  /** `rateTicket(token, …)`: by the signed link; NOT_FOUND for a link that is not valid. */
  async rateByToken(token: string, score: number, comment?: string | null): Promise<TicketEntity> {
    const target = this.links.verifyCsat(token);
    if (!target) throw new NotFoundError('Survey link');
    return this.db.tx((em) => this.rateIn(em, target.id, null, score, comment), target.workspaceId);
  }

  /** `rateMyTicket`: a club member rates a ticket of their own. */
  rateAsContact(ticketId: string, contactId: string, score: number, comment?: string | null): Promise<TicketEntity> {
    return this.db.tx((em) => this.rateIn(em, ticketId, contactId, score, comment));
  }

  private async rateIn(em: EntityManager, ticketId: string, contactId: string | null, score: number, comment?: string | null): Promise<TicketEntity> {
    const text = comment?.trim() ? comment.trim().slice(0, 2000) : null;
    const [rows]: [Array<{ id: string }>] = await em.query(
      `UPDATE tickets SET csat_score = $2, csat_comment = $3, csat_rated_at = clock_timestamp(), updated_at = now()
       WHERE id = $1 AND ($4::uuid IS NULL OR contact_id = $4) AND status IN ('RESOLVED', 'CLOSED') AND resolved_at IS NOT NULL
         AND (csat_rated_at IS NULL OR csat_rated_at < resolved_at)
       RETURNING id`,
      [ticketId, score, text, contactId],
    );
    const ticket = await em.findOne(TicketEntity, { where: contactId ? { id: ticketId, contactId } : { id: ticketId } });
    if (!ticket) throw new NotFoundError('Ticket', ticketId);
    if (!rows.length) {
      if (ticket.resolvedAt && ticket.csatRatedAt && ticket.csatRatedAt >= ticket.resolvedAt) {
        throw new ConflictError(`Ticket #${ticket.number} was already rated`, { status: ticket.status });
      }
      throw new ConflictError(`Ticket #${ticket.number} is ${ticket.status}: only a resolved ticket can be rated`, { status: ticket.status });
    }
    await em.save(em.create(TicketEventEntity, {
      workspaceId: ticket.workspaceId, ticketId: ticket.id, kind: TicketEventKind.CSAT_RATED, fromValue: null, toValue: String(score), actorMemberId: null,
      data: { comment: text, via: contactId ? 'CLUB' : 'LINK' },
    }));
    await this.events.publish<TicketRatedEvent>(TicketEvents.Rated, {
      workspaceId: ticket.workspaceId, contactId: ticket.contactId, ticketId: ticket.id, number: ticket.number, subject: ticket.subject, actorMemberId: null,
      score, comment: text,
    });
    return ticket;
  }
}

/** The survey of the last resolution is still unanswered. */
export function canRate(t: Pick<TicketEntity, 'status' | 'resolvedAt' | 'csatRatedAt'>): boolean {
  return (t.status === TicketStatus.RESOLVED || t.status === TicketStatus.CLOSED) && !!t.resolvedAt && (!t.csatRatedAt || t.csatRatedAt < t.resolvedAt);
}
