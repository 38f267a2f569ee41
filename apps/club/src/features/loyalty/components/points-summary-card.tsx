import { Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { IconStar } from '@/components/icons';
import { SectionCard } from '@/components/section-card';
import { useClub } from '@/lib/club-context';
import { formatNumber } from '@/lib/format';
import { useMyPoints } from '../api/get-my-points';

export function PointsSummaryCard({ action }: { action?: React.ReactNode }) {
  const { t, i18n } = useTranslation();
  const club = useClub();
  const points = useMyPoints(club.slug);
  return (
    <SectionCard title={t('points.title')} action={action} testId="points-card">
      {points.isError && <ErrorAlert error={points.error} />}
      {points.data && (
        <Stack gap={6}>
          <Group gap="sm" wrap="nowrap">
            <ThemeIcon size={48} radius="xl" variant="light" color={club.color}>
              <IconStar size={26} />
            </ThemeIcon>
            <div>
              <Text fz={32} fw={800} lh={1.1} data-testid="points-balance">{formatNumber(points.data.balance, i18n.language)}</Text>
              <Text size="sm" c="dimmed">{t('points.unit')}</Text>
            </div>
          </Group>
          <Text size="sm" c="dimmed">{t('points.lifetime', { value: formatNumber(points.data.lifetimeEarned, i18n.language) })}</Text>
          {points.data.expiringSoon > 0 && (
            <Text size="sm" c="orange.8" data-testid="points-expiring">
              {t('points.expiringSoon', { value: formatNumber(points.data.expiringSoon, i18n.language) })}{' '}
              {points.data.nextExpiryAt && <DateText value={points.data.nextExpiryAt} />}
            </Text>
          )}
        </Stack>
      )}
    </SectionCard>
  );
}
