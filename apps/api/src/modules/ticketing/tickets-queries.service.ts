import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError, NotFoundError } from '../../core/errors/domain-errors';
import { Connection, PageArgs, paginate } from '../../core/graphql/connection';
import { TicketFilter } from './dto/ticket.inputs';
import { LIVE_STATUSES, PENDING_DUE_SQL, TicketChannel, TicketEventKind, TicketMessageKind, TicketPriority, TicketStatus, TicketType } from './models/ticket.enums';
import { Ticket, TicketAttachment, TicketHistoryEvent, TicketMessage } from './models/ticket.model';
import { AttachmentsService } from './attachments/attachments.service';
import { TicketEntity, TicketEventEntity, TicketMessageEntity } from './ticket.entities';

export const toTicket = (e: TicketEntity): Ticket => ({
  id: e.id, number: e.number, subject: e.subject, type: e.type as TicketType, priority: e.priority as TicketPriority, channel: e.channel as TicketChannel,
  status: e.status as TicketStatus, tags: e.tags, relatedInvoiceId: e.relatedInvoiceId, relatedProductId: e.relatedProductId, createdAt: e.createdAt,
  updatedAt: e.updatedAt, firstResponseAt: e.firstResponseAt, resolvedAt: e.resolvedAt, closedAt: e.closedAt, reopenedCount: e.reopenedCount,
  firstResponseDueAt: e.firstResponseDueAt, resolutionDueAt: e.resolutionDueAt, slaWarnedAt: e.slaWarnedAt, slaBreachedAt: e.slaBreachedAt,
  csatScore: e.csatScore, csatComment: e.csatComment, csatRequestedAt: e.csatRequestedAt, csatRatedAt: e.csatRatedAt, resolutionWarnedAt: e.resolutionWarnedAt,
  slaPausedAt: e.slaPausedAt, slaPausedMinutes: e.slaPausedMinutes, contactId: e.contactId, assigneeMemberId: e.assigneeMemberId, queueId: e.queueId,
  categoryId: e.categoryId, createdByMemberId: e.createdByMemberId,
});

const toMessage = (e: TicketMessageEntity, attachments: TicketAttachment[]): TicketMessage => ({
  id: e.id, kind: e.kind as TicketMessageKind, body: e.body, channel: e.channel as TicketChannel, authorContactId: e.authorContactId,
  outboundMessageId: e.outboundMessageId, createdAt: e.createdAt, authorMemberId: e.authorMemberId, attachments: attachments.filter((a) => a.messageId === e.id),
});

/** Reads of tickets for staff (everything) and for the customer (never internal notes). */
@Injectable()
export class TicketsQueries {
  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly attachments: AttachmentsService,
  ) {}

  list(args: PageArgs, filter: TicketFilter = {}): Promise<Connection<Ticket>> {
    return this.db.tx(async (em) => {
      const qb = em.createQueryBuilder(TicketEntity, 't');
      if (filter.status?.length) qb.andWhere('t.status IN (:...status)', { status: filter.status });
      if (filter.assigneeId) qb.andWhere('t.assignee_member_id = :assigneeId', { assigneeId: filter.assigneeId });
      if (filter.unassigned) qb.andWhere('t.assignee_member_id IS NULL');
      if (filter.queueId) qb.andWhere('t.queue_id = :queueId', { queueId: filter.queueId });
      if (filter.contactId) qb.andWhere('t.contact_id = :contactId', { contactId: filter.contactId });
      if (filter.mine) {
        const p = this.context.principal();
        if (p?.kind !== 'staff') throw BadInputError.field('filter.mine', 'needs a signed-in staff member');
        qb.andWhere('t.assignee_member_id = :me', { me: p.memberId });
      }
      if (filter.breachingWithinMinutes !== undefined) {
        qb.andWhere('t.status IN (:...live)', { live: LIVE_STATUSES }).andWhere(
          `${PENDING_DUE_SQL('t')} <= :horizon`,
          { horizon: new Date(Date.now() + filter.breachingWithinMinutes * 60_000) },
        );
      }
      return paginate(qb, args, { orderBy: 'createdAt', map: toTicket, count: this.db.count });
    });
  }

  get(id: string): Promise<Ticket> {
    return this.db.tx(async (em) => {
      const row = await em.findOne(TicketEntity, { where: { id } });
      if (!row) throw new NotFoundError('Ticket', id);
      return toTicket(row);
    });
  }

  /** The whole conversation, internal notes included: staff only. */
  messages(ticketId: string): Promise<TicketMessage[]> {
    return this.db.tx(async (em) => {
      const rows = await em.find(TicketMessageEntity, { where: { ticketId }, order: { createdAt: 'ASC', id: 'ASC' } });
      const files = await this.attachments.ofTicketIn(em, ticketId);
      return rows.map((r) => toMessage(r, files));
    });
  }

  /** Every file of the ticket (staff), those of internal notes included. */
  attachmentsOf(ticketId: string): Promise<TicketAttachment[]> {
    return this.db.tx((em) => this.attachments.ofTicketIn(em, ticketId));
  }

  /** What the customer may see (club panel, customer API): public replies and their own messages, never internal notes. */
  customerMessages(ticketId: string, contactId: string): Promise<TicketMessage[]> {
    return this.db.tx(async (em) => {
      const ticket = await em.findOne(TicketEntity, { where: { id: ticketId, contactId } });
      if (!ticket) throw new NotFoundError('Ticket', ticketId);
      const rows = await em.find(TicketMessageEntity, {
        where: { ticketId, kind: In([TicketMessageKind.PUBLIC_REPLY, TicketMessageKind.CUSTOMER_MESSAGE]) },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      // Only the files of the visible messages (and of the ticket itself): never an internal note's.
      const files = await this.attachments.ofTicketIn(em, ticketId, rows.map((r) => r.id));
      return rows.map((r) => toMessage(r, files));
    });
  }

  history(ticketId: string): Promise<TicketHistoryEvent[]> {
    return this.db.tx(async (em) =>
      (await em.find(TicketEventEntity, { where: { ticketId }, order: { createdAt: 'ASC', id: 'ASC' } })).map((e) => ({
        id: e.id, kind: e.kind as TicketEventKind, fromValue: e.fromValue, toValue: e.toValue, data: e.data, createdAt: e.createdAt, actorMemberId: e.actorMemberId,
      })),
    );
  }
}
