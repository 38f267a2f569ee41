import { registerEnumType } from '@nestjs/graphql';

export enum TicketType { QUESTION = 'QUESTION', PROBLEM = 'PROBLEM', COMPLAINT = 'COMPLAINT', REQUEST = 'REQUEST' }
export enum TicketPriority { LOW = 'LOW', NORMAL = 'NORMAL', HIGH = 'HIGH', URGENT = 'URGENT' }
export enum TicketChannel { DASHBOARD = 'DASHBOARD', CLUB = 'CLUB', SMS = 'SMS', EMAIL = 'EMAIL', API = 'API', PHONE = 'PHONE' }
export enum TicketStatus { NEW = 'NEW', OPEN = 'OPEN', WAITING_ON_CUSTOMER = 'WAITING_ON_CUSTOMER', RESOLVED = 'RESOLVED', CLOSED = 'CLOSED' }
export enum TicketMessageKind { PUBLIC_REPLY = 'PUBLIC_REPLY', INTERNAL_NOTE = 'INTERNAL_NOTE', CUSTOMER_MESSAGE = 'CUSTOMER_MESSAGE' }
export enum TicketAssignmentMode { FIXED = 'FIXED', ROUND_ROBIN = 'ROUND_ROBIN', LEAST_OPEN = 'LEAST_OPEN' }
export enum TicketEventKind { CREATED = 'CREATED', ASSIGNED = 'ASSIGNED', STATUS_CHANGED = 'STATUS_CHANGED', REOPENED = 'REOPENED', SLA_WARNED = 'SLA_WARNED', SLA_BREACHED = 'SLA_BREACHED',
  SLA_PAUSED = 'SLA_PAUSED', SLA_RESUMED = 'SLA_RESUMED', CSAT_RATED = 'CSAT_RATED' }

/** Statuses in which a ticket is being worked on (counted by least-open assignment, watched by the SLA job). */
export const LIVE_STATUSES: readonly TicketStatus[] = [TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.WAITING_ON_CUSTOMER];

/** The earliest SLA target still running: the first response until answered, the resolution unless paused. */
export const PENDING_DUE_SQL = (t: string) =>
  `LEAST(CASE WHEN ${t}.first_response_at IS NULL THEN ${t}.first_response_due_at END, CASE WHEN ${t}.sla_paused_at IS NULL THEN ${t}.resolution_due_at END)`;

registerEnumType(TicketType, { name: 'TicketType' });
registerEnumType(TicketPriority, { name: 'TicketPriority', description: 'Chooses the SLA policy (first-response and resolution targets)' });
registerEnumType(TicketChannel, { name: 'TicketChannel', description: 'Where the ticket came from' });
registerEnumType(TicketStatus, {
  name: 'TicketStatus',
  description: 'NEW → OPEN → WAITING_ON_CUSTOMER → RESOLVED → CLOSED; a customer message reopens a RESOLVED ticket; CLOSED is final',
});
registerEnumType(TicketMessageKind, { name: 'TicketMessageKind', description: 'INTERNAL_NOTE is never sent to or shown to the customer' });
registerEnumType(TicketAssignmentMode, { name: 'TicketAssignmentMode', description: 'FIXED expert, ROUND_ROBIN over the members, or the member with the fewest LEAST_OPEN tickets' });
registerEnumType(TicketEventKind, { name: 'TicketEventKind' });
