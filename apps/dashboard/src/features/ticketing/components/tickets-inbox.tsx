import { Button, Card, Group, Select, Skeleton, Stack, Table, Tabs, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { PERMISSIONS } from '@/config/constants';
import { paths } from '@/config/paths';
import type { TicketFilter } from '@/gql/graphql';
import { usePermission } from '@/lib/authorization';
import { formatNumber } from '@/lib/format';
import { useTicketQueues } from '../api/get-ticket-queues';
import { useTickets } from '../api/get-tickets';
import { OPEN_STATUSES, ticketNumber } from '../lib/tickets';
import { NewTicketModal } from './new-ticket-modal';
import { TicketMetricsCard } from './ticket-metrics-card';
import { SlaDueText, TicketPriorityBadge, TicketStatusBadge } from './ticket-badges';

export const INBOX_VIEWS = ['mine', 'unassigned', 'breaching', 'open', 'queue'] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];

/** The inbox view → the tickets filter (live tickets only, except "by queue" which shows every status of the queue). */
export function inboxFilter(view: InboxView, queueId: string | null): TicketFilter {
  switch (view) {
    case 'mine':
      return { mine: true, status: OPEN_STATUSES };
    case 'unassigned':
      return { unassigned: true, status: OPEN_STATUSES };
    case 'breaching':
      return { breachingWithinMinutes: 60 };
    case 'queue':
      return queueId ? { queueId, status: OPEN_STATUSES } : { status: OPEN_STATUSES };
    default:
      return { status: OPEN_STATUSES };
  }
}

/** The tickets inbox: views as tabs (?view=, ?queue=), newest first, "load more". */
export function TicketsInbox() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const canWrite = usePermission(PERMISSIONS.ticketsWrite);
  const [params, setParams] = useSearchParams();
  const view = (INBOX_VIEWS as readonly string[]).includes(params.get('view') ?? '') ? (params.get('view') as InboxView) : 'mine';
  const queueId = params.get('queue');
  const [creating, setCreating] = useState(false);
  const queues = useTicketQueues();
  const filter = useMemo(() => inboxFilter(view, queueId), [view, queueId]);
  const tickets = useTickets(filter);
  const rows = tickets.data?.pages.flatMap((p) => p.edges.map((e) => e.node)) ?? [];
  const total = tickets.data?.pages[0]?.totalCount ?? 0;
  const queueName = (id?: string | null) => queues.data?.find((q) => q.id === id)?.name ?? '—';
  return (
    <Stack>
    <TicketMetricsCard />
    <Card withBorder radius="lg" padding="lg" data-testid="tickets-inbox" data-view={view}>
      <Stack>
        <Group justify="space-between" align="flex-end">
          <Tabs value={view} onChange={(v) => v && setParams(v === 'mine' ? {} : { view: v }, { replace: true })} variant="pills">
            <Tabs.List>
              {INBOX_VIEWS.map((v) => (
                <Tabs.Tab key={v} value={v} data-testid={`inbox-view-${v}`}>{t(`tickets.views.${v}`)}</Tabs.Tab>
              ))}
            </Tabs.List>
          </Tabs>
          {canWrite && <Button onClick={() => setCreating(true)} data-testid="new-ticket">{t('tickets.new.title')}</Button>}
        </Group>
        {view === 'queue' && (
          <Select
            w={260}
            label={t('tickets.fields.queue')}
            placeholder={t('tickets.views.allQueues')}
            clearable
            data={(queues.data ?? []).map((q) => ({ value: q.id, label: q.name }))}
            value={queueId}
            onChange={(v) => setParams(v ? { view: 'queue', queue: v } : { view: 'queue' }, { replace: true })}
            comboboxProps={{ withinPortal: true }}
            data-testid="inbox-queue"
          />
        )}
        <Text size="sm" c="dimmed" data-testid="tickets-total">{t('tickets.inbox.total', { count: total, formatted: formatNumber(total, i18n.language) })}</Text>
        {tickets.isError && <ErrorAlert error={tickets.error} />}
        {tickets.isPending && <Skeleton h={200} />}
        {tickets.data && rows.length === 0 && <Text c="dimmed" size="sm" ta="center" py="xl" data-testid="tickets-empty">{t('tickets.inbox.empty')}</Text>}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={880}>
            <Table verticalSpacing="sm" highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('tickets.fields.number')}</Table.Th>
                  <Table.Th>{t('tickets.fields.subject')}</Table.Th>
                  <Table.Th>{t('tickets.fields.customer')}</Table.Th>
                  <Table.Th>{t('tickets.fields.queue')}</Table.Th>
                  <Table.Th>{t('tickets.fields.priority')}</Table.Th>
                  <Table.Th>{t('tickets.fields.status')}</Table.Th>
                  <Table.Th>{t('tickets.fields.assignee')}</Table.Th>
                  <Table.Th>{t('tickets.fields.slaDue')}</Table.Th>
                  <Table.Th>{t('tickets.fields.createdAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((ticket) => (
                  <Table.Tr
                    key={ticket.id}
                    data-testid="ticket-row"
                    data-id={ticket.id}
                    style={{ cursor: 'pointer' }}
                    tabIndex={0}
                    onClick={() => navigate(paths.ticket(ticket.id))}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') void navigate(paths.ticket(ticket.id));
                    }}
                  >
                    <Table.Td><Text size="sm" fw={600} data-testid="ticket-number"><bdi>{ticketNumber(ticket.number, i18n.language)}</bdi></Text></Table.Td>
                    <Table.Td maw={220}><Text size="sm" truncate="end" data-testid="ticket-subject-cell"><bdi>{ticket.subject}</bdi></Text></Table.Td>
                    <Table.Td><Text size="sm"><bdi>{ticket.contact?.fullName ?? '—'}</bdi></Text></Table.Td>
                    <Table.Td><Text size="sm">{queueName(ticket.queueId)}</Text></Table.Td>
                    <Table.Td><TicketPriorityBadge priority={ticket.priority} /></Table.Td>
                    <Table.Td><TicketStatusBadge status={ticket.status} /></Table.Td>
                    <Table.Td><Text size="sm" c={ticket.assignee ? undefined : 'dimmed'} data-testid="ticket-assignee">{ticket.assignee?.fullName ?? t('tickets.unassigned')}</Text></Table.Td>
                    <Table.Td><SlaDueText ticket={ticket} /></Table.Td>
                    <Table.Td><Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}><DateText value={ticket.createdAt} /></Text></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {tickets.hasNextPage && (
          <Group justify="center">
            <Button variant="default" onClick={() => void tickets.fetchNextPage()} loading={tickets.isFetchingNextPage} data-testid="tickets-load-more">{t('common.loadMore')}</Button>
          </Group>
        )}
      </Stack>
      {creating && <NewTicketModal opened onClose={() => setCreating(false)} />}
    </Card>
    </Stack>
  );
}
