import { Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { QueryList } from '@/components/query-list';
import { SectionCard } from '@/components/section-card';
import { paths } from '@/config/paths';
import type { TicketType } from '@/gql/graphql';
import { useClub } from '@/lib/club-context';
import { nodesOf } from '@/lib/connection';
import { localDigits } from '@/lib/format';
import { fieldErrorsOf } from '@peyvand/web';
import { useCreateMyTicket } from '../api/create-my-ticket';
import { useMyTickets } from '../api/get-my-tickets';

export const TICKET_STATUS_COLORS: Record<string, string> = { NEW: 'blue', OPEN: 'blue', WAITING_ON_CUSTOMER: 'orange', RESOLVED: 'teal', CLOSED: 'gray' };
const TYPES: TicketType[] = ['QUESTION', 'REQUEST', 'PROBLEM', 'COMPLAINT'];

function NewTicketForm({ onDone }: { onDone: (id: string) => void }) {
  const { t } = useTranslation();
  const club = useClub();
  const create = useCreateMyTicket(club.slug);
  const key = useRef(crypto.randomUUID()); // one key per form: a double submit opens one ticket
  const [type, setType] = useState<TicketType>('QUESTION');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<{ subject?: string; body?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = { subject: subject.trim() ? undefined : t('tickets.subjectRequired'), body: body.trim() ? undefined : t('tickets.bodyRequired') };
    setErrors(next);
    if (next.subject || next.body) return;
    create.mutate(
      { input: { type, subject: subject.trim(), body: body.trim() }, idempotencyKey: key.current },
      {
        onSuccess: (ticket) => onDone(ticket.id),
        onError: (error) => {
          const fields = fieldErrorsOf(error);
          if (fields.subject || fields.body) setErrors({ subject: fields.subject, body: fields.body });
        },
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="sm" component="form" onSubmit={submit} noValidate data-testid="ticket-form">
      <Stack gap="sm">
        <Select
          label={t('tickets.type')}
          data={TYPES.map((v) => ({ value: v, label: t(`tickets.types.${v}`) }))}
          value={type}
          onChange={(v) => v && setType(v as TicketType)}
          allowDeselect={false}
        />
        <TextInput label={t('tickets.subject')} value={subject} onChange={(e) => setSubject(e.currentTarget.value)} error={errors.subject} data-testid="ticket-subject" />
        <Textarea label={t('tickets.body')} value={body} onChange={(e) => setBody(e.currentTarget.value)} error={errors.body} autosize minRows={3} data-testid="ticket-body" />
        {create.isError && !errors.subject && !errors.body && <ErrorAlert error={create.error} />}
        <Group justify="flex-end">
          <Button type="submit" color={club.color} loading={create.isPending} data-testid="ticket-submit">{t('tickets.submit')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** My requests to the business (after-sales): each goes to an expert at once, and I follow the conversation here. */
export function TicketsSection({ onOpen }: { onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const club = useClub();
  const tickets = useMyTickets(club.slug);
  const [creating, setCreating] = useState(false);
  return (
    <SectionCard
      title={t('tickets.title')}
      action={!creating && <Button size="xs" variant="light" color={club.color} onClick={() => setCreating(true)} data-testid="ticket-new">{t('tickets.new')}</Button>}
      testId="tickets"
    >
      <Stack gap="xs">
        {creating && <NewTicketForm onDone={(id) => { setCreating(false); onOpen(id); }} />}
        <QueryList query={tickets} items={nodesOf(tickets.data?.pages)} empty={t('tickets.none')}>
          {(items) =>
            items.map((tk) => (
              <Paper key={tk.id} withBorder radius="md" p="sm" component={Link} to={paths.panelSection(club.slug, `tickets/${tk.id}`)} style={{ color: 'inherit', textDecoration: 'none' }} data-testid="ticket">
                <Group justify="space-between" wrap="nowrap">
                  <Text size="sm" fw={600} lineClamp={1}>{tk.subject}</Text>
                  <Badge size="sm" variant="light" color={TICKET_STATUS_COLORS[tk.status] ?? 'gray'}>{t(`tickets.status.${tk.status}`)}</Badge>
                </Group>
                <Text size="xs" c="dimmed">
                  {t('tickets.number', { number: localDigits(String(tk.number), i18n.language) })} · <DateText value={tk.updatedAt} />
                </Text>
              </Paper>
            ))
          }
        </QueryList>
      </Stack>
    </SectionCard>
  );
}
