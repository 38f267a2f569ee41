import { Badge, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateText } from '@/components/date-text';
import { IconMail, IconMessage } from '@/components/icons';
import { QueryList } from '@/components/query-list';
import { useClub } from '@/lib/club-context';
import { nodesOf } from '@/lib/connection';
import { useMyMessages } from '../api/get-my-messages';

/** The SMS and emails the business sent me, and the SMS I sent it (texts shown literally). */
export function MessagesList() {
  const { t } = useTranslation();
  const club = useClub();
  const messages = useMyMessages(club.slug);
  return (
    <QueryList query={messages} items={nodesOf(messages.data?.pages)} empty={t('messages.none')} testId="messages">
      {(items) =>
        items.map((m) => {
          const mine = m.direction === 'IN';
          return (
            <Paper
              key={m.id}
              withBorder
              radius="md"
              p="sm"
              bg={mine ? 'gray.0' : undefined}
              style={{ marginInlineStart: mine ? 24 : 0, marginInlineEnd: mine ? 0 : 24 }}
              data-testid="message"
            >
              <Group justify="space-between" wrap="nowrap" mb={4}>
                <Group gap={6} wrap="nowrap">
                  {m.channel === 'EMAIL' ? <IconMail size={16} /> : <IconMessage size={16} />}
                  <Badge size="xs" variant="light" color={mine ? 'gray' : club.color}>{mine ? t('messages.fromMe') : t('messages.toMe', { name: club.isolatedName })}</Badge>
                </Group>
                <Text size="xs" c="dimmed"><DateText value={m.sentAt ?? m.createdAt} withTime /></Text>
              </Group>
              {m.subject && <Text size="sm" fw={600}>{m.subject}</Text>}
              <Text size="sm" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }} dir="auto">{m.body}</Text>
            </Paper>
          );
        })
      }
    </QueryList>
  );
}
