import { Injectable } from '@nestjs/common';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db.service';
import { ForbiddenError, NotFoundError } from '../../core/errors/domain-errors';
import { Idempotency } from '../../core/idempotency/idempotency.service';
import { Connection, PageArgs, paginate } from '../../core/graphql/connection';
import { canRate, TicketCsatService } from './csat/ticket-csat.service';
import { CreateMyTicketInput, RateTicketInput, ReplyToMyTicketInput } from './dto/ticket.inputs';
import { TicketChannel, TicketMessageKind, TicketStatus, TicketType } from './models/ticket.enums';
import { ClubTicket, ClubTicketMessage } from './models/ticket.model';
import { TicketEntity } from './ticket.entities';
import { TicketsQueries } from './tickets-queries.service';
import { TicketsService } from './tickets.service';

export const toClubTicket = (e: TicketEntity): ClubTicket => ({
  id: e.id, number: e.number, subject: e.subject, type: e.type as TicketType, status: e.status as TicketStatus, createdAt: e.createdAt, updatedAt: e.updatedAt,
  resolvedAt: e.resolvedAt, closedAt: e.closedAt, csatScore: e.csatScore, csatComment: e.csatComment, canRate: canRate(e),
});

/**
 * The club member's side of the help desk (`@ClubMember` operations): every read and write is keyed on the signed-in
 * member's contact, inside their workspace's RLS transaction — another member's ticket is NOT_FOUND, internal notes
 * and their files never leave (TicketsQueries.customerMessages), staff-only fields are not on ClubTicket at all.
 */
@Injectable()
export class ClubTicketsService {
  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly idempotency: Idempotency,
    private readonly tickets: TicketsService,
    private readonly queries: TicketsQueries,
    private readonly csat: TicketCsatService,
  ) {}

  private contactId(): string {
    const p = this.context.principal();
    if (p?.kind !== 'member') throw new ForbiddenError('This operation is for club members signed in to the club');
    return p.contactId;
  }

  list(args: PageArgs): Promise<Connection<ClubTicket>> {
    const contactId = this.contactId();
    return this.db.tx(async (em) => {
      const qb = em.createQueryBuilder(TicketEntity, 't').where('t.contact_id = :contactId', { contactId });
      return paginate(qb, args, { orderBy: 'createdAt', map: toClubTicket, count: this.db.count });
    });
  }

  get(id: string): Promise<ClubTicket> {
    const contactId = this.contactId();
    return this.db.tx(async (em) => {
      const row = await em.findOne(TicketEntity, { where: { id, contactId } });
      if (!row) throw new NotFoundError('Ticket', id);
      return toClubTicket(row);
    });
  }

  async messages(ticketId: string): Promise<ClubTicketMessage[]> {
    const rows = await this.queries.customerMessages(ticketId, this.contactId());
    return rows.map((m) => ({ id: m.id, fromCustomer: m.kind === TicketMessageKind.CUSTOMER_MESSAGE, body: m.body, createdAt: m.createdAt, attachments: m.attachments }));
  }

  create(input: CreateMyTicketInput, idempotencyKey?: string | null): Promise<string> {
    const contactId = this.contactId();
    // Keys are the member's own: another member reusing one starts their own request.
    const key = idempotencyKey == null ? idempotencyKey : `member:${contactId}:${idempotencyKey}`;
    return this.idempotency.run(key, 'createMyTicket', input, async (em) => {
      const ticket = await this.tickets.createIn(em, {
        contactId, subject: input.subject, body: input.body, type: input.type, categoryId: input.categoryId, channel: TicketChannel.CLUB, attachmentIds: input.attachmentIds,
      });
      return ticket.id;
    }, { serialize: (id) => id, deserialize: (stored) => stored as string });
  }

  reply(id: string, input: ReplyToMyTicketInput): Promise<string> {
    return this.tickets.replyAsCustomer(id, this.contactId(), input.body, TicketChannel.CLUB, input.attachmentIds);
  }

  async rate(id: string, input: RateTicketInput): Promise<string> {
    await this.csat.rateAsContact(id, this.contactId(), input.score, input.comment);
    return id;
  }
}
