/**
 * Events the ticketing module publishes inside the transaction of the change (the timeline writes created, replied,
 * resolved, reopened, closed and rated on the customer's 360 file; internal notes never produce an event).
 */
export const TicketEvents = {
  Created: 'ticketing.ticket_created',
  /** A public reply by staff or a message from the customer (never an internal note). */
  Replied: 'ticketing.ticket_replied',
  Assigned: 'ticketing.ticket_assigned',
  StatusChanged: 'ticketing.ticket_status_changed',
  Resolved: 'ticketing.ticket_resolved',
  Reopened: 'ticketing.ticket_reopened',
  Closed: 'ticketing.ticket_closed',
  SlaWarned: 'ticketing.sla_warned',
  SlaBreached: 'ticketing.sla_breached',
  /** The customer answered the satisfaction survey (1–5 and an optional comment). */
  Rated: 'ticketing.ticket_rated',
} as const;

export interface TicketEventBase {
  workspaceId: string;
  contactId: string;
  ticketId: string;
  number: number;
  subject: string;
  actorMemberId: string | null;
}

export interface TicketCreatedEvent extends TicketEventBase {
  type: string;
  priority: string;
  channel: string;
  queueId: string | null;
  assigneeMemberId: string | null;
}

export interface TicketRepliedEvent extends TicketEventBase {
  messageId: string;
  kind: 'PUBLIC_REPLY' | 'CUSTOMER_MESSAGE';
  channel: string;
  body: string;
}

export interface TicketAssignedEvent extends TicketEventBase {
  fromMemberId: string | null;
  assigneeMemberId: string | null;
}

export interface TicketStatusChangedEvent extends TicketEventBase {
  from: string;
  to: string;
}

export interface TicketSlaEvent extends TicketEventBase {
  /** Which target: the first response or the resolution. */
  target: 'FIRST_RESPONSE' | 'RESOLUTION';
  dueAt: string;
  assigneeMemberId: string | null;
}

export interface TicketRatedEvent extends TicketEventBase {
  score: number;
  comment: string | null;
}
