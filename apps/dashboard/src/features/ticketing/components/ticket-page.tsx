import { Anchor, Badge, Button, Card, CloseButton, FileButton, Grid, Group, Paper, Rating, SegmentedControl, Select, Skeleton, Stack, Text, Textarea, Timeline, Title } from '@mantine/core';
import { toPersianDigits } from '@peyvand/text';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmButton } from '@/components/confirm-button';
import { DateText } from '@/components/date-text';
import { ErrorAlert, useErrorMessage } from '@/components/error-alert';
import { Ltr } from '@/components/ltr';
import { PhoneText } from '@/components/phone-text';
import { PERMISSIONS } from '@/config/constants';
import { env } from '@/config/env';
import { paths } from '@/config/paths';
import { textDirection } from '@/features/messaging/lib/text-direction';
import { useStaffMembers } from '@/features/staff/api/get-staff-members';
import type { TicketFieldsFragment, TicketPriority, TicketStatus } from '@/gql/graphql';
import { usePermission } from '@/lib/authorization';
import { formatDate } from '@/lib/format';
import { notifySuccess } from '@/lib/notify';
import { useAssignTicket } from '../api/assign-ticket';
import { useCloseTicket } from '../api/close-ticket';
import { useTicket } from '../api/get-ticket';
import { useTicketQueues } from '../api/get-ticket-queues';
import { useReplyToTicket } from '../api/reply-to-ticket';
import { useResolveTicket } from '../api/resolve-ticket';
import { useSetTicketStatus } from '../api/set-ticket-status';
import { useUpdateTicket } from '../api/update-ticket';
import { useRenderTicketMacro, useTicketMacros } from '../api/ticket-macros';
import { type UploadedAttachment, useUploadAttachment } from '../api/upload-attachment';
import { conflictStatus, fileSize, relativeTime, ticketActions, ticketNumber, TICKET_PRIORITIES, uploadRefusal } from '../lib/tickets';
import { SlaDueText, TicketPriorityBadge, TicketStatusBadge } from './ticket-badges';

type Ticket = TicketFieldsFragment;

/** A CONFLICT says which status refused the change; other errors as usual. */
function TicketError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const message = useErrorMessage();
  if (!error) return null;
  const status = conflictStatus(error);
  return (
    <Text c="red" size="sm" role="alert" data-testid="ticket-error">
      {status ? t('tickets.conflict', { status: t(`tickets.enums.TicketStatus.${status}`) }) : message(error)}
    </Text>
  );
}

function TicketHeader({ ticket, canWrite }: { ticket: Ticket; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const queues = useTicketQueues();
  const staff = useStaffMembers();
  const assign = useAssignTicket();
  const update = useUpdateTicket();
  const resolve = useResolveTicket();
  const close = useCloseTicket();
  const setStatus = useSetTicketStatus();
  const actions = ticketActions(ticket.status, ticket.allowedTransitions);
  const queue = queues.data?.find((q) => q.id === ticket.queueId);
  const error = assign.error ?? resolve.error ?? close.error ?? setStatus.error ?? update.error;
  const reset = () => [assign, resolve, close, setStatus, update].forEach((m) => m.reset());
  const staffOptions = (staff.data?.edges ?? []).filter((e) => e.node.status === 'ACTIVE').map((e) => ({ value: e.node.id, label: e.node.fullName }));
  if (ticket.assignee && !staffOptions.some((o) => o.value === ticket.assignee!.id)) staffOptions.push({ value: ticket.assignee.id, label: ticket.assignee.fullName });
  return (
    <Card withBorder radius="lg" padding="lg" data-testid="ticket-header" data-status={ticket.status}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={4}>
            <Group gap="xs">
              <Text c="dimmed" fw={700} data-testid="ticket-page-number"><bdi>{ticketNumber(ticket.number, i18n.language)}</bdi></Text>
              <TicketStatusBadge status={ticket.status} />
              <TicketPriorityBadge priority={ticket.priority} />
              <Badge variant="default" tt="none">{t(`tickets.enums.TicketType.${ticket.type}`)}</Badge>
            </Group>
            <Title order={3} data-testid="ticket-page-subject"><bdi>{ticket.subject}</bdi></Title>
          </Stack>
          {canWrite && (
            <Group gap="xs">
              {actions.resolve && (
                <Button color="teal" onClick={() => { reset(); resolve.mutate({ id: ticket.id }, { onSuccess: () => notifySuccess(t('tickets.actions.resolved')) }); }} loading={resolve.isPending} data-testid="ticket-resolve">
                  {t('tickets.actions.resolve')}
                </Button>
              )}
              {actions.reopen && (
                <Button variant="default" onClick={() => { reset(); setStatus.mutate({ id: ticket.id, status: 'OPEN' }); }} loading={setStatus.isPending} data-testid="ticket-reopen">
                  {t('tickets.actions.reopen')}
                </Button>
              )}
              {actions.close && (
                <ConfirmButton
                  size="sm"
                  variant="light"
                  label={t('tickets.actions.close')}
                  confirmTitle={t('tickets.actions.closeTitle')}
                  confirmMessage={t('tickets.actions.closeMessage')}
                  onConfirm={() => { reset(); close.mutate({ id: ticket.id }); }}
                  loading={close.isPending}
                  data-testid="ticket-close"
                />
              )}
            </Group>
          )}
        </Group>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
            <Text size="xs" c="dimmed">{t('tickets.fields.queue')}</Text>
            <Text size="sm" data-testid="ticket-queue">{queue?.name ?? '—'}</Text>
          </Grid.Col>
          {canWrite && ticket.status !== 'CLOSED' && (
            <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
              <Select
                size="xs"
                label={t('tickets.fields.priority')}
                data={TICKET_PRIORITIES.map((v) => ({ value: v, label: t(`tickets.enums.TicketPriority.${v}`) }))}
                value={ticket.priority}
                allowDeselect={false}
                onChange={(v) => { if (v && v !== ticket.priority) { reset(); update.mutate({ id: ticket.id, input: { priority: v as TicketPriority } }); } }}
                disabled={update.isPending}
                comboboxProps={{ withinPortal: true }}
                data-testid="ticket-priority-select"
              />
            </Grid.Col>
          )}
          <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
            {canWrite && ticket.status !== 'CLOSED' ? (
              <Select
                size="xs"
                label={t('tickets.fields.assignee')}
                placeholder={t('tickets.unassigned')}
                clearable
                data={staffOptions}
                value={ticket.assignee?.id ?? null}
                onChange={(v) => { reset(); assign.mutate({ id: ticket.id, assigneeId: v }, { onSuccess: () => notifySuccess(t('tickets.actions.assigned')) }); }}
                disabled={assign.isPending}
                comboboxProps={{ withinPortal: true }}
                data-testid="ticket-assignee-select"
              />
            ) : (
              <>
                <Text size="xs" c="dimmed">{t('tickets.fields.assignee')}</Text>
                <Text size="sm">{ticket.assignee?.fullName ?? t('tickets.unassigned')}</Text>
              </>
            )}
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
            <Text size="xs" c="dimmed">{t('tickets.sla.firstResponse')}</Text>
            <Text size="sm" data-testid="ticket-first-response">
              {ticket.firstResponseAt ? t('tickets.sla.doneAt', { date: formatDate(ticket.firstResponseAt, i18n.language, true) }) : formatDate(ticket.firstResponseDueAt, i18n.language, true) || '—'}
            </Text>
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
            <Text size="xs" c="dimmed">{t('tickets.sla.resolution')}</Text>
            <Text size="sm" data-testid="ticket-resolution-due">
              {ticket.resolvedAt ? t('tickets.sla.doneAt', { date: formatDate(ticket.resolvedAt, i18n.language, true) }) : formatDate(ticket.resolutionDueAt, i18n.language, true) || '—'}
            </Text>
          </Grid.Col>
        </Grid>
        <Group gap="xs">
          <Text size="xs" c="dimmed">{t('tickets.fields.slaDue')}:</Text>
          <SlaDueText ticket={ticket} size="xs" />
        </Group>
        <CsatLine ticket={ticket} />
        <TicketError error={error} />
      </Stack>
    </Card>
  );
}

/** The satisfaction survey: the customer's answer, or that it was sent and awaits one. */
function CsatLine({ ticket }: { ticket: Ticket }) {
  const { t, i18n } = useTranslation();
  if (!ticket.csatRequestedAt && ticket.csatScore == null) return null;
  return (
    <Group gap="xs" data-testid="ticket-csat" data-score={ticket.csatScore ?? ''}>
      <Text size="xs" c="dimmed">{t('tickets.csat.title')}:</Text>
      {ticket.csatScore != null ? (
        <>
          <Rating value={ticket.csatScore} readOnly size="sm" aria-label={t('tickets.csat.score', { score: ticket.csatScore })} />
          <Text size="sm" fw={600}>{t('tickets.csat.score', { score: i18n.language === 'fa' ? toPersianDigits(String(ticket.csatScore)) : ticket.csatScore })}</Text>
          {ticket.csatComment && <Text size="sm" c="dimmed" dir="auto" data-testid="ticket-csat-comment">«<bdi>{ticket.csatComment}</bdi>»</Text>}
        </>
      ) : (
        <Text size="sm" c="dimmed">{t('tickets.csat.awaiting', { date: formatDate(ticket.csatRequestedAt, i18n.language, true) })}</Text>
      )}
    </Group>
  );
}

type Attachment = Ticket['messages'][number]['attachments'][number];

/** The API's signed link on the origin the dashboard talks to (PUBLIC_URL may differ behind a proxy or in development). */
const sameOrigin = (url: string) => {
  const link = new URL(url);
  return new URL(`${link.pathname}${link.search}`, new URL(env.graphqlUrl, window.location.origin)).toString();
};

/** Files of a message: images as thumbnails, the rest as named links (all download through signed links). */
function Attachments({ files }: { files: readonly Attachment[] }) {
  const { i18n } = useTranslation();
  if (!files.length) return null;
  return (
    <Group gap="xs" mt="xs" data-testid="message-attachments">
      {files.map((f) => (
        <Anchor key={f.id} href={sameOrigin(f.url)} download={f.fileName} rel="noopener noreferrer" size="xs" data-testid="message-attachment" data-name={f.fileName}>
          <Paper withBorder radius="sm" p={6}>
            <Group gap={6} wrap="nowrap">
              {f.contentType.startsWith('image/') ? (
                <img src={sameOrigin(f.url)} alt="" width={40} height={40} style={{ objectFit: 'cover', borderRadius: 4 }} />
              ) : (
                <Text size="lg" aria-hidden>📎</Text>
              )}
              <Stack gap={0}>
                <Text size="xs" fw={600} dir="auto"><bdi>{f.fileName}</bdi></Text>
                <Text size="xs" c="dimmed">{fileSize(f.sizeBytes, i18n.language)}</Text>
              </Stack>
            </Group>
          </Paper>
        </Anchor>
      ))}
    </Group>
  );
}

const MESSAGE_STYLE = {
  CUSTOMER_MESSAGE: { bg: 'var(--mantine-color-gray-0)', border: 'var(--mantine-color-gray-3)' },
  PUBLIC_REPLY: { bg: 'var(--mantine-color-blue-0)', border: 'var(--mantine-color-blue-3)' },
  INTERNAL_NOTE: { bg: 'var(--mantine-color-yellow-0)', border: 'var(--mantine-color-yellow-5)' },
} as const;

function Conversation({ ticket }: { ticket: Ticket }) {
  const { t, i18n } = useTranslation();
  if (ticket.messages.length === 0) return <Text c="dimmed" size="sm">{t('tickets.conversation.empty')}</Text>;
  return (
    <Stack gap="sm" data-testid="ticket-conversation">
      {ticket.messages.map((m) => {
        const style = MESSAGE_STYLE[m.kind];
        const fromCustomer = m.kind === 'CUSTOMER_MESSAGE';
        const note = m.kind === 'INTERNAL_NOTE';
        return (
          <Paper
            key={m.id}
            p="sm"
            radius="md"
            data-testid="ticket-message"
            data-kind={m.kind}
            // Customer messages sit on the reading start, staff answers on the end; notes are dashed and yellow.
            ms={fromCustomer ? 0 : 'xl'}
            me={fromCustomer ? 'xl' : 0}
            style={{ background: style.bg, border: `1px ${note ? 'dashed' : 'solid'} ${style.border}` }}
          >
            <Group justify="space-between" gap="xs" mb={4} wrap="nowrap">
              <Group gap="xs">
                {note && <Badge color="yellow" variant="filled" tt="none" size="sm" data-testid="internal-note-label">{t('tickets.conversation.internalNote')}</Badge>}
                {m.kind === 'PUBLIC_REPLY' && <Badge color="blue" variant="light" tt="none" size="sm">{t('tickets.conversation.publicReply')}</Badge>}
                <Text size="sm" fw={600}>
                  <bdi>{fromCustomer ? (ticket.contact?.fullName ?? t('tickets.conversation.customer')) : (m.author?.fullName ?? t('tickets.conversation.system'))}</bdi>
                </Text>
              </Group>
              <Text size="xs" c="dimmed" title={formatDate(m.createdAt, i18n.language, true)}>{relativeTime(m.createdAt, i18n.language)}</Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} dir="auto" data-testid="ticket-message-body">{m.body}</Text>
            <Attachments files={m.attachments} />
          </Paper>
        );
      })}
    </Stack>
  );
}

function Composer({ ticket }: { ticket: Ticket }) {
  const { t, i18n } = useTranslation();
  const reply = useReplyToTicket();
  const upload = useUploadAttachment();
  const macros = useTicketMacros();
  const renderMacro = useRenderTicketMacro();
  const [mode, setMode] = useState<'reply' | 'note'>('reply');
  const [body, setBody] = useState('');
  const [status, setStatus] = useState<TicketStatus | null>(null);
  const [files, setFiles] = useState<UploadedAttachment[]>([]);
  const [refused, setRefused] = useState<string | null>(null);
  const internal = mode === 'note';
  // After a reply the ticket may move where the server allows from its current status.
  const statusOptions = ticket.allowedTransitions.filter((s) => s !== 'CLOSED' && s !== ticket.status);
  const addFiles = async (picked: File[]) => {
    setRefused(null);
    for (const file of picked) {
      try {
        const saved = await upload.mutateAsync(file);
        setFiles((current) => [...current, saved]);
      } catch (e) {
        const reason = uploadRefusal((e as Error).message);
        setRefused(t('tickets.attachments.refused', { name: file.name, reason: reason ? t(`tickets.attachments.reasons.${reason}`) : (e as Error).message }));
      }
    }
  };
  const insertMacro = (macroId: string | null) => {
    if (!macroId) return;
    renderMacro.mutate({ id: macroId, ticketId: ticket.id }, { onSuccess: (text) => setBody((current) => (current.trim() ? `${current.trimEnd()}\n${text}` : text)) });
  };
  const send = () => {
    if (!body.trim()) return;
    reply.mutate(
      { id: ticket.id, input: { body: body.trim(), internal, status: internal ? null : status, attachmentIds: files.map((f) => f.id) } },
      {
        onSuccess: () => {
          setBody('');
          setStatus(null);
          setFiles([]);
          notifySuccess(t(internal ? 'tickets.composer.noteAdded' : 'tickets.composer.replySent'));
        },
      },
    );
  };
  if (ticket.status === 'CLOSED') return <Text size="sm" c="dimmed" data-testid="composer-closed">{t('tickets.composer.closed')}</Text>;
  return (
    <Paper p="md" radius="md" withBorder data-testid="ticket-composer" data-mode={mode} style={internal ? { background: 'var(--mantine-color-yellow-0)', borderColor: 'var(--mantine-color-yellow-5)', borderStyle: 'dashed' } : undefined}>
      <Stack gap="sm">
        <SegmentedControl
          w="fit-content"
          value={mode}
          onChange={(v) => setMode(v as 'reply' | 'note')}
          data={[
            { value: 'reply', label: t('tickets.composer.reply') },
            { value: 'note', label: t('tickets.composer.note') },
          ]}
          color={internal ? 'yellow' : 'blue'}
          data-testid="composer-mode"
        />
        {!!macros.data?.length && (
          <Select
            w={280}
            size="xs"
            label={t('tickets.macros.insert')}
            placeholder={t('tickets.macros.pick')}
            data={macros.data.map((m) => ({ value: m.id, label: m.name }))}
            value={null}
            onChange={insertMacro}
            disabled={renderMacro.isPending}
            searchable
            comboboxProps={{ withinPortal: true }}
            data-testid="composer-macro"
          />
        )}
        <Textarea
          autosize
          minRows={3}
          placeholder={t(internal ? 'tickets.composer.notePlaceholder' : 'tickets.composer.replyPlaceholder')}
          description={internal ? t('tickets.composer.noteHint') : t('tickets.composer.replyHint')}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          dir={textDirection(body, i18n.dir())}
          data-testid="composer-body"
        />
        <Group gap="xs" data-testid="composer-files">
          <FileButton onChange={(picked) => void addFiles(picked)} multiple accept="image/png,image/jpeg,image/gif,image/webp,application/pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.txt,.csv">
            {(props) => (
              <Button {...props} size="xs" variant="default" loading={upload.isPending} disabled={files.length >= 10} data-testid="composer-attach">
                {t('tickets.attachments.add')}
              </Button>
            )}
          </FileButton>
          {files.map((f) => (
            <Badge key={f.id} variant="light" tt="none" size="lg" data-testid="composer-file" rightSection={<CloseButton size="xs" aria-label={t('common.remove')} onClick={() => setFiles((current) => current.filter((x) => x.id !== f.id))} />}>
              <bdi>{f.fileName}</bdi> · {fileSize(f.sizeBytes, i18n.language)}
            </Badge>
          ))}
          {!files.length && <Text size="xs" c="dimmed">{t('tickets.attachments.hint')}</Text>}
        </Group>
        {refused && <Text size="sm" c="red" role="alert" data-testid="composer-file-refused">{refused}</Text>}
        <Group justify="space-between" align="flex-end">
          {!internal ? (
            <Select
              w={240}
              size="xs"
              label={t('tickets.composer.statusAfter')}
              placeholder={t('tickets.composer.statusKeep')}
              clearable
              data={statusOptions.map((s) => ({ value: s, label: t(`tickets.enums.TicketStatus.${s}`) }))}
              value={status}
              onChange={(v) => setStatus(v as TicketStatus | null)}
              comboboxProps={{ withinPortal: true }}
              data-testid="composer-status"
            />
          ) : <span />}
          <Button onClick={send} loading={reply.isPending} disabled={!body.trim()} color={internal ? 'yellow' : 'blue'} data-testid="composer-send">
            {t(internal ? 'tickets.composer.addNote' : 'tickets.composer.send')}
          </Button>
        </Group>
        <TicketError error={reply.error} />
      </Stack>
    </Paper>
  );
}

function History({ ticket, staffName }: { ticket: Ticket; staffName: (id?: string | null) => string }) {
  const { t, i18n } = useTranslation();
  const describe = (e: Ticket['history'][number]) => {
    const status = (v?: string | null) => (v ? t(`tickets.enums.TicketStatus.${v}`, { defaultValue: v }) : '—');
    switch (e.kind) {
      case 'ASSIGNED':
        return e.toValue ? t('tickets.history.ASSIGNED', { name: staffName(e.toValue) }) : t('tickets.history.UNASSIGNED');
      case 'STATUS_CHANGED':
      case 'REOPENED':
        return t(`tickets.history.${e.kind}`, { from: status(e.fromValue), to: status(e.toValue) });
      case 'SLA_BREACHED':
      case 'SLA_WARNED':
        return t(`tickets.history.${e.kind}`, { target: t(`tickets.sla.targets.${e.toValue}`, { defaultValue: e.toValue ?? '' }) });
      case 'SLA_PAUSED':
        return t('tickets.history.SLA_PAUSED');
      case 'SLA_RESUMED':
        return t('tickets.history.SLA_RESUMED', { date: formatDate(e.toValue, i18n.language, true) || '—' });
      case 'CSAT_RATED':
        return t('tickets.history.CSAT_RATED', { score: i18n.language === 'fa' ? toPersianDigits(e.toValue ?? '') : e.toValue });
      default:
        return t('tickets.history.CREATED');
    }
  };
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="ticket-history">
      {ticket.history.map((e) => (
        <Timeline.Item key={e.id} data-testid="history-event" data-kind={e.kind} color={e.kind === 'SLA_BREACHED' ? 'red' : undefined}>
          <Text size="sm">{describe(e)}</Text>
          <Text size="xs" c="dimmed">
            {e.actor?.fullName ? <><bdi>{e.actor.fullName}</bdi> · </> : null}
            {formatDate(e.createdAt, i18n.language, true)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

function CustomerPanel({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const c = ticket.contact;
  return (
    <Card withBorder radius="lg" padding="md" data-testid="ticket-customer">
      <Text fw={700} mb="xs">{t('tickets.customer.title')}</Text>
      {!c ? (
        <Text size="sm" c="dimmed">—</Text>
      ) : (
        <Stack gap={6}>
          <Text size="sm" fw={600}><bdi>{c.fullName}</bdi></Text>
          <Group gap="xs"><Text size="xs" c="dimmed">{t('tickets.customer.phone')}</Text><Text size="sm"><PhoneText value={c.primaryPhone} /></Text></Group>
          <Group gap="xs"><Text size="xs" c="dimmed">{t('tickets.customer.email')}</Text><Text size="sm">{c.email ? <Ltr>{c.email}</Ltr> : '—'}</Text></Group>
          <Group gap="xs"><Text size="xs" c="dimmed">{t('tickets.customer.city')}</Text><Text size="sm">{c.city ?? '—'}</Text></Group>
          <Group gap="xs"><Text size="xs" c="dimmed">{t('tickets.customer.stage')}</Text><Text size="sm">{t(`enums.LifecycleStage.${c.stage}`)}</Text></Group>
          <Anchor component={Link} to={paths.contact(c.id)} size="sm" data-testid="ticket-customer-link">{t('tickets.customer.open360')}</Anchor>
        </Stack>
      )}
    </Card>
  );
}

/** The ticket page: header with actions, conversation + composer, history, the customer beside it. */
export function TicketPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const ticket = useTicket(id);
  const canWrite = usePermission(PERMISSIONS.ticketsWrite);
  const staff = useStaffMembers();
  const staffName = (memberId?: string | null) => staff.data?.edges.find((e) => e.node.id === memberId)?.node.fullName ?? t('tickets.history.someone');
  if (ticket.isError) return <ErrorAlert error={ticket.error} />;
  if (!ticket.data) return <Skeleton h={400} />;
  const data = ticket.data;
  return (
    <Stack data-testid="ticket-page" data-status={data.status}>
      <Group gap="xs">
        <Anchor component={Link} to={paths.tickets} size="sm">{t('tickets.backToInbox')}</Anchor>
        <Text size="xs" c="dimmed">· {t('tickets.fields.createdAt')}: <DateText value={data.createdAt} withTime /> · {t(`tickets.enums.TicketChannel.${data.channel}`)}</Text>
      </Group>
      <TicketHeader ticket={data} canWrite={canWrite} />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack>
            <Card withBorder radius="lg" padding="lg">
              <Text fw={700} mb="sm">{t('tickets.conversation.title')}</Text>
              <Conversation ticket={data} />
            </Card>
            {canWrite && <Composer ticket={data} />}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack>
            <CustomerPanel ticket={data} />
            <Card withBorder radius="lg" padding="md">
              <Text fw={700} mb="sm">{t('tickets.history.title')}</Text>
              <History ticket={data} staffName={staffName} />
            </Card>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
