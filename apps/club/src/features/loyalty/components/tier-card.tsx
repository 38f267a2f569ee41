import { Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { SectionCard } from '@/components/section-card';
import { useClub } from '@/lib/club-context';
import { formatNumber } from '@/lib/format';
import { useMyTier } from '../api/get-my-tier';

/** The member's level and how far the next one is (over the rolling window). */
export function TierCard() {
  const { t, i18n } = useTranslation();
  const club = useClub();
  const tier = useMyTier(club.slug);
  const n = (v: number) => formatNumber(v, i18n.language);
  const data = tier.data;
  return (
    <SectionCard title={t('tier.title')} testId="tier-card">
      {tier.isError && <ErrorAlert error={tier.error} />}
      {data && (
        <Stack gap="xs">
          <Group gap="xs">
            <Badge size="lg" color={club.color} variant="filled" data-testid="tier-name">{data.current?.name ?? t('tier.none')}</Badge>
            {data.current && data.current.multiplierPercent > 100 && (
              <Badge variant="light" color={club.color}>{t('tier.multiplier', { value: n(data.current.multiplierPercent / 100) })}</Badge>
            )}
            {data.current?.freeShipping && <Badge variant="light" color="teal">{t('tier.freeShipping')}</Badge>}
          </Group>
          {data.next ? (
            <>
              <Progress value={data.progressPercent} color={club.color} size="lg" radius="xl" aria-label={t('tier.progress')} data-testid="tier-progress" />
              <Text size="sm" data-testid="tier-to-next">
                {t(data.basis === 'PURCHASE_COUNT' ? 'tier.toNextPurchases' : 'tier.toNextPoints', { value: n(data.toNext ?? 0), name: data.next.name })}
              </Text>
            </>
          ) : (
            data.current && <Text size="sm">{t('tier.top')}</Text>
          )}
          <Text size="xs" c="dimmed">
            {t(data.basis === 'PURCHASE_COUNT' ? 'tier.windowPurchases' : 'tier.windowPoints', { value: n(data.qualifying), months: n(data.windowMonths) })}
          </Text>
          {data.current?.benefits && <Text size="sm">{data.current.benefits}</Text>}
        </Stack>
      )}
    </SectionCard>
  );
}
