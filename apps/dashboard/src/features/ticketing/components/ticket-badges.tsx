import { Badge, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TicketPriority, TicketStatus } from '@/gql/graphql';
import { formatDate } from '@/lib/format';
import { relativeTime, slaDue, type SlaTicket } from '../lib/tickets';

const STATUS_COLORS: Record<TicketStatus, string> = { NEW: 'blue', OPEN: 'indigo', WAITING_ON_CUSTOMER: 'yellow', RESOLVED: 'teal', CLOSED: 'gray' };
const PRIORITY_COLORS: Record<TicketPriority, string> = { LOW: 'gray', NORMAL: 'blue', HIGH: 'orange', URGENT: 'red' };

export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" tt="none" data-testid="ticket-status" data-status={status}>
      {t(`tickets.enums.TicketStatus.${status}`)}
    </Badge>
  );
}

export function TicketPriorityBadge({ priority }: { priority: TicketPriority }) {
  const { t } = useTranslation();
  return (
    <Badge color={PRIORITY_COLORS[priority]} variant={priority === 'URGENT' ? 'filled' : 'outline'} tt="none" data-testid="ticket-priority" data-priority={priority}>
      {t(`tickets.enums.TicketPriority.${priority}`)}
    </Badge>
  );
}

/** When the SLA target that matters now is due: relative, then the Jalali (fa) date-time; red when missed. */
export function SlaDueText({ ticket, size = 'sm' }: { ticket: SlaTicket; size?: string }) {
  const { t, i18n } = useTranslation();
  const due = slaDue(ticket);
  if (!due) return <Text size={size} c="dimmed">—</Text>;
  if (due.kind === 'paused') return <Text size={size} c="dimmed" data-testid="sla-due" data-paused="true">{t('tickets.sla.paused')}</Text>;
  return (
    <Tooltip label={t(`tickets.sla.${due.kind}`)} withinPortal>
      <div data-testid="sla-due" data-breached={due.breached}>
        <Text size={size} fw={600} c={due.breached ? 'red' : undefined}>
          {due.breached && `${t('tickets.sla.breached')} · `}
          {relativeTime(due.at, i18n.language)}
        </Text>
        <Text size="xs" c={due.breached ? 'red' : 'dimmed'}>
          <time dateTime={due.at}>{formatDate(due.at, i18n.language, true)}</time>
        </Text>
      </div>
    </Tooltip>
  );
}
