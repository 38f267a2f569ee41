import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { ConnectionType } from '../../../core/graphql/connection';
import {
  TicketAssignmentMode, TicketChannel, TicketEventKind, TicketMessageKind, TicketPriority, TicketStatus, TicketType,
} from './ticket.enums';

@ObjectType({ description: 'A support ticket (تیکت): the customer’s request, its conversation, assignment and SLA clock' })
export class Ticket {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: 'Per workspace, in order of creation; shown to the customer as #number' }) number: number;
  @Field() subject: string;
  @Field(() => TicketType) type: TicketType;
  @Field(() => TicketPriority) priority: TicketPriority;
  @Field(() => TicketChannel) channel: TicketChannel;
  @Field(() => TicketStatus) status: TicketStatus;
  @Field(() => [String]) tags: string[];
  @Field(() => ID, { nullable: true, description: 'A related invoice (id only)' }) relatedInvoiceId: string | null;
  @Field(() => ID, { nullable: true, description: 'A related product (id only)' }) relatedProductId: string | null;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field(() => Date, { nullable: true, description: 'The first public reply' }) firstResponseAt: Date | null;
  @Field(() => Date, { nullable: true }) resolvedAt: Date | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => Int) reopenedCount: number;
  @Field(() => Date, { nullable: true, description: 'SLA: the first public reply is due by then' }) firstResponseDueAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'SLA: the ticket should be resolved by then' }) resolutionDueAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the assignee was warned of the coming breach' }) slaWarnedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When a target was missed (the queue supervisor was alerted)' }) slaBreachedAt: Date | null;
  @Field(() => Int, { nullable: true, description: 'Customer satisfaction 1–5' }) csatScore: number | null;
  @Field(() => String, { nullable: true }) csatComment: string | null;
  contactId: string;
  assigneeMemberId: string | null;
  queueId: string | null;
  categoryId: string | null;
  createdByMemberId: string | null;
}

export const TicketConnection = ConnectionType(Ticket);

@ObjectType({ description: 'One entry of a ticket’s conversation' })
export class TicketMessage {
  @Field(() => ID) id: string;
  @Field(() => TicketMessageKind) kind: TicketMessageKind;
  @Field() body: string;
  @Field(() => TicketChannel) channel: TicketChannel;
  @Field(() => ID, { nullable: true, description: 'The customer, for CUSTOMER_MESSAGE' }) authorContactId: string | null;
  @Field(() => ID, { nullable: true, description: 'The outbox message that carried a public reply to the customer' }) outboundMessageId: string | null;
  @Field() createdAt: Date;
  authorMemberId: string | null;
}

@ObjectType({ description: 'Assignment, status and SLA history of a ticket (append-only)' })
export class TicketHistoryEvent {
  @Field(() => ID) id: string;
  @Field(() => TicketEventKind) kind: TicketEventKind;
  @Field(() => String, { nullable: true }) fromValue: string | null;
  @Field(() => String, { nullable: true }) toValue: string | null;
  @Field(() => GraphQLJSON) data: Record<string, unknown>;
  @Field() createdAt: Date;
  actorMemberId: string | null;
}

@ObjectType({ description: 'A team of experts tickets are assigned within' })
export class TicketQueue {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => [ID]) memberIds: string[];
  @Field(() => TicketAssignmentMode) assignmentMode: TicketAssignmentMode;
  @Field(() => ID, { nullable: true }) fixedMemberId: string | null;
  @Field(() => ID, { nullable: true, description: 'Alerted when a ticket of the queue breaches its SLA' }) supervisorMemberId: string | null;
}

@ObjectType()
export class TicketCategory {
  @Field(() => ID) id: string;
  @Field() nameFa: string;
  @Field() nameEn: string;
  @Field(() => ID, { nullable: true, description: 'New tickets of the category go to this queue' }) queueId: string | null;
}

@ObjectType({ description: 'SLA targets of a priority, in minutes' })
export class SlaPolicy {
  @Field(() => TicketPriority) priority: TicketPriority;
  @Field(() => Int) firstResponseMinutes: number;
  @Field(() => Int) resolutionMinutes: number;
  @Field(() => Int, { description: 'The assignee is warned this long before a target is missed' }) warnBeforeMinutes: number;
  @Field({ description: 'True while the workspace has not set its own targets for the priority' }) isDefault: boolean;
}
