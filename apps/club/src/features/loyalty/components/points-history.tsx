import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateText } from '@/components/date-text';
import { QueryList } from '@/components/query-list';
import { SectionCard } from '@/components/section-card';
import { useClub } from '@/lib/club-context';
import { nodesOf } from '@/lib/connection';
import { formatNumber } from '@/lib/format';
import { useMyPointsHistory } from '../api/get-my-points-history';

export function PointsHistory() {
  const { t, i18n } = useTranslation();
  const club = useClub();
  const history = useMyPointsHistory(club.slug);
  const entries = nodesOf(history.data?.pages);
  return (
    <SectionCard title={t('points.history')}>
      <QueryList query={history} items={entries} empty={t('points.noHistory')} testId="points-history">
        {(items) =>
          items.map((e) => (
            <Paper key={e.id} withBorder radius="md" p="sm" data-testid="points-entry">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500}>{t(`points.sources.${e.source}`, { defaultValue: e.reason })}</Text>
                  <Text size="xs" c="dimmed" lineClamp={2}>{e.reason}</Text>
                  <Text size="xs" c="dimmed"><DateText value={e.createdAt} withTime /></Text>
                </Stack>
                <Text fw={700} c={e.delta > 0 ? 'teal.7' : 'red.7'} style={{ whiteSpace: 'nowrap' }} dir="ltr" data-testid="points-delta">
                  {e.delta > 0 ? '+' : '−'}{formatNumber(Math.abs(e.delta), i18n.language)}
                </Text>
              </Group>
            </Paper>
          ))
        }
      </QueryList>
    </SectionCard>
  );
}
