import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateText } from '@/components/date-text';
import type { MessageListFieldsFragment } from '@/gql/graphql';
import { formatNumber } from '@/lib/format';
import { statusReasonText } from '../lib/server-text';
import { ChannelBadge } from './channel-badge';
import { ContactLink } from './contact-link';
import { MessageStatusBadge } from './message-status-badge';
import { RecipientText } from './recipient-text';

/** Messages as rows (the outbox, a contact's messages); a row opens the message. */
export function MessagesTable({
  messages,
  onOpen,
  showContact = true,
  compact = false,
  dimmed = false,
}: {
  messages: MessageListFieldsFragment[];
  onOpen: (id: string) => void;
  showContact?: boolean;
  /** Fewer columns (the contact page's narrow card): no purpose, no attempts. */
  compact?: boolean;
  dimmed?: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={compact ? 520 : 860}>
      <Table verticalSpacing="sm" highlightOnHover style={{ opacity: dimmed ? 0.6 : 1 }} data-testid="messages-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('messaging.columns.channel')}</Table.Th>
            {showContact && <Table.Th>{t('messaging.columns.recipient')}</Table.Th>}
            <Table.Th>{t('messaging.columns.content')}</Table.Th>
            {!compact && <Table.Th>{t('messaging.columns.purpose')}</Table.Th>}
            <Table.Th>{t('messaging.columns.status')}</Table.Th>
            {!compact && <Table.Th ta="center">{t('messaging.columns.attempts')}</Table.Th>}
            <Table.Th>{t('messaging.columns.createdAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {messages.map((m) => {
            const reason = statusReasonText(m.statusReason, m.channel, t);
            return (
              <Table.Tr
                key={m.id}
                data-testid="message-row"
                data-id={m.id}
                data-status={m.status}
                data-channel={m.channel}
                style={{ cursor: 'pointer' }}
                tabIndex={0}
                onClick={() => onOpen(m.id)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    onOpen(m.id);
                  }
                }}
              >
                <Table.Td>
                  <ChannelBadge channel={m.channel} />
                  {m.direction === 'IN' && <Text size="xs" c="indigo" mt={4}>{t('enums.Direction.IN')}</Text>}
                </Table.Td>
                {showContact && (
                  <Table.Td>
                    <Stack gap={2}>
                      <ContactLink contactId={m.contactId} contact={m.contact} memberId={m.memberId} />
                      <Text size="xs" c="dimmed" data-testid="message-recipient"><RecipientText channel={m.channel} value={m.recipient} /></Text>
                    </Stack>
                  </Table.Td>
                )}
                <Table.Td miw={180} maw={360}>
                  {m.subject && <Text size="sm" fw={500} dir="auto" lineClamp={1} style={{ overflowWrap: 'anywhere' }}>{m.subject}</Text>}
                  <Text size="sm" c={m.subject ? 'dimmed' : undefined} dir="auto" lineClamp={2} style={{ overflowWrap: 'anywhere' }} data-testid="message-excerpt">
                    {m.bodyText}
                  </Text>
                </Table.Td>
                {!compact && (
                  <Table.Td>
                    <Text size="sm">{t(`enums.MessagePurpose.${m.purpose}`)}</Text>
                  </Table.Td>
                )}
                <Table.Td miw={150}>
                  <Stack gap={4} align="flex-start">
                    <MessageStatusBadge status={m.status} />
                    {reason && (
                      <Text size="xs" c="dimmed" dir={reason.translated ? undefined : 'auto'} maw={220} data-testid="message-status-reason">
                        {reason.text}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                {!compact && <Table.Td ta="center"><Text size="sm">{formatNumber(m.attempts, i18n.language)}</Text></Table.Td>}
                <Table.Td miw={120}><Text size="sm"><DateText value={m.createdAt} withTime /></Text></Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
