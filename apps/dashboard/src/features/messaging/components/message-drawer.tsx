import { Alert, Badge, Code, Drawer, Group, Paper, Skeleton, Stack, Table, Tabs, Text, Timeline, Title, useDirection } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { IconAlert } from '@/components/icons';
import { formatNumber } from '@/lib/format';
import { useMessage } from '../api/get-message';
import { eventDetailText, statusReasonText } from '../lib/server-text';
import { isNoTransport, STATUS_COLORS } from '../lib/status';
import { ChannelBadge } from './channel-badge';
import { ContactLink } from './contact-link';
import { EmailHtmlFrame } from './email-html-frame';
import { MessageStatusBadge } from './message-status-badge';
import { NoTransportNotice } from './no-transport-notice';
import { RecipientText } from './recipient-text';
import { SmsPartCounter } from './sms-part-counter';

const PROBLEM_STATUSES = new Set(['FAILED', 'BOUNCED', 'SUPPRESSED', 'NOT_SENT']);

/** One message of the outbox: full content, why it has its status, provider id and the delivery history. */
export function MessageDrawer({ messageId, onClose }: { messageId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { dir } = useDirection();
  // Keep showing the last message while the drawer slides out.
  const [shownId, setShownId] = useState(messageId);
  if (messageId && messageId !== shownId) setShownId(messageId);
  return (
    <Drawer
      opened={!!messageId}
      onClose={onClose}
      position={dir === 'rtl' ? 'left' : 'right'}
      size="xl"
      title={<Title order={3} size="h4">{t('messaging.detail.title')}</Title>}
      data-testid="message-drawer"
    >
      {shownId && <MessageDetail id={shownId} />}
    </Drawer>
  );
}

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Table.Tr data-testid={testId}>
      <Table.Th w={170} style={{ fontWeight: 500, color: 'var(--mantine-color-dimmed)', verticalAlign: 'top' }}>{label}</Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

function MessageDetail({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const message = useMessage(id);
  if (message.isError) return <ErrorAlert error={message.error} />;
  if (message.isPending) return <Skeleton h={300} />;
  const m = message.data;
  const reason = statusReasonText(m.statusReason, m.channel, t);
  const bodyDir = 'auto';

  return (
    <Stack gap="lg" data-testid="message-detail" data-status={m.status}>
      <Group gap="xs">
        <ChannelBadge channel={m.channel} />
        <MessageStatusBadge status={m.status} size="lg" />
        <Badge variant="default">{t(`enums.MessagePurpose.${m.purpose}`)}</Badge>
        {m.direction === 'IN' && <Badge variant="light" color="indigo">{t('enums.Direction.IN')}</Badge>}
      </Group>

      {isNoTransport(m) ? (
        <NoTransportNotice channel={m.channel} />
      ) : (
        reason &&
        PROBLEM_STATUSES.has(m.status) && (
          <Alert color={STATUS_COLORS[m.status]} variant="light" icon={<IconAlert />} title={t('messaging.detail.reason')} data-testid="message-reason">
            <Text size="sm" dir={reason.translated ? undefined : 'auto'}>{reason.text}</Text>
          </Alert>
        )
      )}

      <Table layout="fixed" verticalSpacing={6} withRowBorders={false}>
        <Table.Tbody>
          <Row label={t('messaging.columns.contact')}><ContactLink contactId={m.contactId} contact={m.contact} memberId={m.memberId} /></Row>
          <Row label={m.direction === 'IN' ? t('messaging.columns.sender') : t('messaging.columns.recipient')}>
            <Text size="sm"><RecipientText channel={m.channel} value={m.recipient} /></Text>
          </Row>
          {reason && !PROBLEM_STATUSES.has(m.status) && (
            <Row label={t('messaging.detail.reason')} testId="message-reason">
              <Text size="sm" dir={reason.translated ? undefined : 'auto'}>{reason.text}</Text>
            </Row>
          )}
          {m.templateKey && (
            <Row label={t('messaging.columns.template')}><Code>{m.templateKey}</Code></Row>
          )}
          <Row label={t('messaging.columns.attempts')}><Text size="sm">{formatNumber(m.attempts, i18n.language)}</Text></Row>
          <Row label={t('messaging.detail.providerId')} testId="message-provider-id">
            {m.providerMessageId ? <Code dir="ltr">{m.providerMessageId}</Code> : <Text size="sm" c="dimmed">—</Text>}
          </Row>
          <Row label={t('messaging.columns.createdAt')}><Text size="sm"><DateText value={m.createdAt} withTime /></Text></Row>
          {m.sentAt && <Row label={t('messaging.detail.sentAt')}><Text size="sm"><DateText value={m.sentAt} withTime /></Text></Row>}
          {m.deliveredAt && <Row label={t('messaging.detail.deliveredAt')}><Text size="sm"><DateText value={m.deliveredAt} withTime /></Text></Row>}
          {m.idempotencyKey && (
            <Row label={t('messaging.detail.idempotencyKey')}><Code dir="ltr" style={{ wordBreak: 'break-all' }}>{m.idempotencyKey}</Code></Row>
          )}
          {m.lastError && (
            <Row label={t('messaging.detail.lastError')} testId="message-last-error">
              <Code block dir="ltr" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{m.lastError}</Code>
            </Row>
          )}
        </Table.Tbody>
      </Table>

      <Stack gap="xs">
        <Title order={4} size="h5">{t('messaging.detail.content')}</Title>
        {m.subject && (
          <Text fw={600} dir={bodyDir} data-testid="message-subject">{m.subject}</Text>
        )}
        {m.bodyHtml ? (
          <Tabs defaultValue="text" keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="text">{t('messaging.detail.textPart')}</Tabs.Tab>
              <Tabs.Tab value="html" data-testid="message-html-tab">{t('messaging.detail.htmlPart')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="text" pt="sm">
              <Body text={m.bodyText} dir={bodyDir} />
            </Tabs.Panel>
            <Tabs.Panel value="html" pt="sm">
              <EmailHtmlFrame html={m.bodyHtml} />
            </Tabs.Panel>
          </Tabs>
        ) : (
          <Body text={m.bodyText} dir={bodyDir} />
        )}
        {m.smsPartCount && <SmsPartCounter parts={m.smsPartCount} testId="message-sms-parts" />}
      </Stack>

      <Stack gap="xs">
        <Title order={4} size="h5">{t('messaging.detail.history')}</Title>
        {m.events.length === 0 ? (
          <Text size="sm" c="dimmed">{t('messaging.detail.noHistory')}</Text>
        ) : (
          <Timeline active={m.events.length - 1} bulletSize={14} lineWidth={2} data-testid="message-events">
            {m.events.map((e) => {
              const detail = eventDetailText(e.status, e.detail, m.channel, t);
              return (
                <Timeline.Item key={e.id} color={STATUS_COLORS[e.status] ?? 'gray'} data-testid="message-event" data-status={e.status}
                  title={<MessageStatusBadge status={e.status} size="sm" />}
                >
                  {detail && (
                    <Text size="sm" dir={detail.translated ? undefined : 'auto'} style={{ wordBreak: 'break-word' }}>{detail.text}</Text>
                  )}
                  <Text size="xs" c="dimmed" mt={2}><DateText value={e.occurredAt} withTime /></Text>
                </Timeline.Item>
              );
            })}
          </Timeline>
        )}
      </Stack>
    </Stack>
  );
}

function Body({ text, dir }: { text: string; dir: 'auto' }) {
  return (
    <Paper withBorder radius="md" p="sm" bg="gray.0">
      <Text size="sm" dir={dir} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }} data-testid="message-body">{text}</Text>
    </Paper>
  );
}

