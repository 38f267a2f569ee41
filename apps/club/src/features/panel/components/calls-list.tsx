import { Badge, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateText } from '@/components/date-text';
import { IconPhone } from '@/components/icons';
import { QueryList } from '@/components/query-list';
import { useClub } from '@/lib/club-context';
import { nodesOf } from '@/lib/connection';
import { formatNumber } from '@/lib/format';
import { useMyCalls } from '../api/get-my-calls';

export function CallsList() {
  const { t, i18n } = useTranslation();
  const club = useClub();
  const calls = useMyCalls(club.slug);
  const list = nodesOf(calls.data?.pages);
  const duration = (s: number) => `${formatNumber(Math.floor(s / 60), i18n.language)}:${formatNumber(s % 60, i18n.language).padStart(2, i18n.language === 'fa' ? '۰' : '0')}`;
  return (
    <>
      {calls.data && <Text size="sm" c="dimmed" mb="xs" data-testid="calls-count">{t('calls.count', { value: formatNumber(calls.data.pages[0]?.totalCount ?? 0, i18n.language) })}</Text>}
      <QueryList query={calls} items={list} empty={t('calls.none')} testId="calls">
        {(items) =>
          items.map((c) => (
            <Paper key={c.id} withBorder radius="md" p="sm" data-testid="call">
              <Group justify="space-between" wrap="nowrap">
                <Group gap={6} wrap="nowrap">
                  <IconPhone size={16} />
                  <Badge size="xs" variant="light" color={club.color}>{c.direction === 'IN' ? t('calls.in') : t('calls.out', { name: club.isolatedName })}</Badge>
                  {c.durationSeconds ? <Text size="xs" c="dimmed" dir="ltr">{duration(c.durationSeconds)}</Text> : null}
                </Group>
                <Text size="xs" c="dimmed"><DateText value={c.occurredAt} withTime /></Text>
              </Group>
              {c.summary && <Text size="sm" mt={4}>{c.summary}</Text>}
            </Paper>
          ))
        }
      </QueryList>
    </>
  );
}
