import { Anchor, Badge, Button, Center, Group, Loader, Paper, Rating, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { SectionCard } from '@/components/section-card';
import { paths } from '@/config/paths';
import { useClub } from '@/lib/club-context';
import { localDigits } from '@/lib/format';
import { useMyTicket } from '../api/get-my-ticket';
import { useRateMyTicket } from '../api/rate-my-ticket';
import { useReplyToMyTicket } from '../api/reply-to-my-ticket';
import { TICKET_STATUS_COLORS } from './tickets-section';

export function TicketPage() {
  const { t, i18n } = useTranslation();
  const club = useClub();
  const { ticketId = '' } = useParams();
  const ticket = useMyTicket(club.slug, ticketId);
  const reply = useReplyToMyTicket(club.slug, ticketId);
  const rate = useRateMyTicket(club.slug, ticketId);
  const [body, setBody] = useState('');
  const [score, setScore] = useState(0);

  if (ticket.isPending) return <Center py="xl"><Loader /></Center>;
  if (ticket.isError) return <ErrorAlert error={ticket.error} />;
  const tk = ticket.data;
  const closed = tk.status === 'CLOSED';
  return (
    <Stack gap="sm" data-testid="ticket-page">
      <Anchor component={Link} to={paths.panelSection(club.slug, 'tickets')} size="sm">{t('tickets.back')}</Anchor>
      <SectionCard
        title={tk.subject}
        action={<Badge variant="light" color={TICKET_STATUS_COLORS[tk.status] ?? 'gray'} data-testid="ticket-status">{t(`tickets.status.${tk.status}`)}</Badge>}
      >
        <Text size="xs" c="dimmed" mb="sm">
          {t('tickets.number', { number: localDigits(String(tk.number), i18n.language) })} · {t(`tickets.types.${tk.type}`)} · <DateText value={tk.createdAt} withTime />
        </Text>
        <Stack gap="xs">
          {tk.messages.map((m) => (
            <Paper
              key={m.id}
              withBorder
              radius="md"
              p="sm"
              bg={m.fromCustomer ? 'gray.0' : undefined}
              style={{ marginInlineStart: m.fromCustomer ? 24 : 0, marginInlineEnd: m.fromCustomer ? 0 : 24 }}
              data-testid="ticket-message"
            >
              <Group justify="space-between" mb={4}>
                <Text size="xs" fw={600}>{m.fromCustomer ? t('tickets.me') : club.name}</Text>
                <Text size="xs" c="dimmed"><DateText value={m.createdAt} withTime /></Text>
              </Group>
              <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }} dir="auto">{m.body}</Text>
            </Paper>
          ))}
        </Stack>
      </SectionCard>
      {!closed && (
        <SectionCard title={t('tickets.reply')}>
          <Stack gap="xs">
            <Textarea value={body} onChange={(e) => setBody(e.currentTarget.value)} autosize minRows={2} aria-label={t('tickets.reply')} data-testid="ticket-reply" />
            {reply.isError && <ErrorAlert error={reply.error} />}
            <Group justify="flex-end">
              <Button color={club.color} disabled={!body.trim()} loading={reply.isPending} onClick={() => reply.mutate(body.trim(), { onSuccess: () => setBody('') })} data-testid="ticket-send">
                {t('tickets.send')}
              </Button>
            </Group>
          </Stack>
        </SectionCard>
      )}
      {tk.canRate && (
        <SectionCard title={t('tickets.rate')}>
          <Group>
            <Rating value={score} onChange={setScore} size="lg" />
            <Button size="xs" color={club.color} disabled={!score} loading={rate.isPending} onClick={() => rate.mutate({ score })}>{t('tickets.sendRating')}</Button>
          </Group>
          {rate.isError && <ErrorAlert error={rate.error} />}
        </SectionCard>
      )}
      {tk.csatScore && <Text size="sm" c="dimmed">{t('tickets.rated')}</Text>}
    </Stack>
  );
}
