import { StaffAlertDefinition } from '../messaging/staff-alerts/staff-alert-events';

/** The expert gets an SMS the moment a ticket is theirs (the club article), and email too until they choose. */
export const TICKET_ASSIGNED_ALERT: StaffAlertDefinition = {
  event: 'ticket.assigned',
  description: { fa: 'تیکتی به من سپرده شد', en: 'A ticket was assigned to me' },
  defaultChannels: ['SMS', 'EMAIL'],
};

export const TICKET_SLA_WARNING_ALERT: StaffAlertDefinition = {
  event: 'ticket.sla_warning',
  description: { fa: 'مهلت پاسخ به تیکت من رو به پایان است', en: 'A ticket of mine is about to miss its SLA' },
  defaultChannels: ['SMS', 'EMAIL'],
};

export const TICKET_SLA_BREACHED_ALERT: StaffAlertDefinition = {
  event: 'ticket.sla_breached',
  description: { fa: 'تیکتی در صف من از مهلت گذشت (سرپرست)', en: 'A ticket of my queue missed its SLA (supervisor)' },
  defaultChannels: ['SMS', 'EMAIL'],
};

export const TICKET_ALERTS = [TICKET_ASSIGNED_ALERT, TICKET_SLA_WARNING_ALERT, TICKET_SLA_BREACHED_ALERT];
