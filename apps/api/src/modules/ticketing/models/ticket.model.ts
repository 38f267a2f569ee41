import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
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
  @Field(() => Date, { nullable: true, description: 'When the CSAT survey was last sent (at resolve)' }) csatRequestedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the customer answered it' }) csatRatedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When the assignee was warned of the coming resolution breach' }) resolutionWarnedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'Set while WAITING_ON_CUSTOMER: the resolution clock stands still since then' }) slaPausedAt: Date | null;
  @Field(() => Int, { description: 'Business minutes the resolution clock stood still in total (resolutionDueAt is already moved by them)' })
  slaPausedMinutes: number;
  contactId: string;
  assigneeMemberId: string | null;
  queueId: string | null;
  categoryId: string | null;
  createdByMemberId: string | null;
}

export const TicketConnection = ConnectionType(Ticket);

@ObjectType({ description: 'A file on a ticket (image, PDF, office document or text; the type is sniffed from the content)' })
export class TicketAttachment {
  @Field(() => ID) id: string;
  @Field({ description: 'Sanitised: no path, no control or bidi-override characters' }) fileName: string;
  @Field() contentType: string;
  @Field(() => Int) sizeBytes: number;
  @Field() createdAt: Date;
  @Field({ description: 'A signed download link, valid for a short while (ATTACHMENT_LINK_TTL_SECONDS)' }) url: string;
  @Field(() => ID, { nullable: true, description: 'The message it came with (none: attached to the ticket itself)' }) messageId: string | null;
}

@ObjectType({ description: 'One entry of a ticket’s conversation' })
export class TicketMessage {
  @Field(() => ID) id: string;
  @Field(() => TicketMessageKind) kind: TicketMessageKind;
  @Field() body: string;
  @Field(() => TicketChannel) channel: TicketChannel;
  @Field(() => ID, { nullable: true, description: 'The customer, for CUSTOMER_MESSAGE' }) authorContactId: string | null;
  @Field(() => ID, { nullable: true, description: 'The outbox message that carried a public reply to the customer' }) outboundMessageId: string | null;
  @Field() createdAt: Date;
  @Field(() => [TicketAttachment]) attachments: TicketAttachment[];
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

@ObjectType({ description: 'A canned reply; {{contact.firstName}}, {{contact.fullName}}, {{ticket.number}}, {{ticket.subject}}, {{workspace.name}} are filled in' })
export class TicketMacro {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() body: string;
  @Field() updatedAt: Date;
}

@ObjectType({ description: 'Per-workspace help desk settings' })
export class TicketingSettings {
  @Field(() => Int, { description: 'RESOLVED tickets are closed after this many days (0: never)' }) autoCloseDays: number;
  @Field(() => [String], { description: 'The first word of an inbound SMS that opens a ticket' }) smsKeywords: string[];
  @Field({ description: 'Send the satisfaction survey when a ticket is resolved' }) csatEnabled: boolean;
}

@ObjectType({ description: 'A customer’s ticket as the club panel shows it: never internal notes nor staff-only fields' })
export class ClubTicket {
  @Field(() => ID) id: string;
  @Field(() => Int) number: number;
  @Field() subject: string;
  @Field(() => TicketType) type: TicketType;
  @Field(() => TicketStatus) status: TicketStatus;
  @Field() createdAt: Date;
  @Field() updatedAt: Date;
  @Field(() => Date, { nullable: true }) resolvedAt: Date | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => Int, { nullable: true }) csatScore: number | null;
  @Field(() => String, { nullable: true }) csatComment: string | null;
  @Field({ description: 'The satisfaction survey of the last resolution is open' }) canRate: boolean;
}

@ObjectType({ description: 'A public reply or the customer’s own message' })
export class ClubTicketMessage {
  @Field(() => ID) id: string;
  @Field({ description: 'True for the customer’s own messages' }) fromCustomer: boolean;
  @Field() body: string;
  @Field() createdAt: Date;
  @Field(() => [TicketAttachment]) attachments: TicketAttachment[];
}

@ObjectType()
export class TicketDurationStats {
  @Field(() => Int, { description: 'Tickets measured' }) count: number;
  @Field(() => Float, { nullable: true, description: 'Mean in minutes (wall-clock)' }) averageMinutes: number | null;
  @Field(() => Float, { nullable: true, description: 'Median in minutes (wall-clock)' }) medianMinutes: number | null;
  @Field(() => Float, { nullable: true, description: '90th percentile in minutes (wall-clock)' }) p90Minutes: number | null;
}

@ObjectType()
export class TicketCategoryCount {
  @Field(() => ID, { nullable: true, description: 'None: tickets without a category' }) categoryId: string | null;
  @Field(() => String, { nullable: true }) nameFa: string | null;
  @Field(() => String, { nullable: true }) nameEn: string | null;
  @Field(() => Int) count: number;
  @Field(() => Int) complaints: number;
}

@ObjectType()
export class TicketTypeCount {
  @Field(() => TicketType) type: TicketType;
  @Field(() => Int) count: number;
}

@ObjectType({ description: 'Tickets whose SLA can be judged: resolved, or past a target' })
export class TicketSlaStats {
  @Field(() => Int) measured: number;
  @Field(() => Int, { description: 'Both targets met' }) met: number;
  @Field(() => Int) firstResponseMissed: number;
  @Field(() => Int) resolutionMissed: number;
  @Field(() => Float, { nullable: true, description: 'met / measured' }) complianceRate: number | null;
}

@ObjectType()
export class TicketCsatStats {
  @Field(() => Int) surveysSent: number;
  @Field(() => Int) responses: number;
  @Field(() => Float, { nullable: true }) averageScore: number | null;
  @Field(() => Float, { nullable: true, description: 'Share of 4 and 5 among the responses' }) satisfiedRate: number | null;
  @Field(() => [Int], { description: 'Responses per score 1..5' }) distribution: number[];
}

@ObjectType({ description: 'Help desk figures of the tickets created in [from, to), from stored facts' })
export class TicketMetrics {
  @Field() from: Date;
  @Field() to: Date;
  @Field(() => Int) total: number;
  @Field(() => Int) complaints: number;
  @Field(() => Float, { nullable: true, description: 'complaints / total' }) complaintRate: number | null;
  @Field(() => Int, { description: 'Still NEW, OPEN or WAITING_ON_CUSTOMER' }) open: number;
  @Field(() => [TicketCategoryCount]) byCategory: TicketCategoryCount[];
  @Field(() => [TicketTypeCount]) byType: TicketTypeCount[];
  @Field(() => TicketDurationStats, { description: 'Creation → first public reply' }) firstResponse: TicketDurationStats;
  @Field(() => TicketDurationStats, { description: 'Creation → (last) resolution' }) resolution: TicketDurationStats;
  @Field(() => TicketSlaStats) sla: TicketSlaStats;
  @Field(() => TicketCsatStats) csat: TicketCsatStats;
}
