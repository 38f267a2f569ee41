import { Anchor, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SectionCard } from '@/components/section-card';
import { paths } from '@/config/paths';
import { NewsList } from '@/features/loyalty/components/news-list';
import { PointsSummaryCard } from '@/features/loyalty/components/points-summary-card';
import { ReferralCard } from '@/features/loyalty/components/referral-card';
import { TierCard } from '@/features/loyalty/components/tier-card';
import { VouchersList } from '@/features/loyalty/components/vouchers-list';
import { useClub } from '@/lib/club-context';
import { useClubMe } from '../api/get-club-me';

export function PanelOverview() {
  const { t } = useTranslation();
  const club = useClub();
  const me = useClubMe(club.slug);
  const more = (section: string) => (
    <Anchor component={Link} to={paths.panelSection(club.slug, section)} size="sm">{t('panel.more')}</Anchor>
  );
  return (
    <Stack gap="md" data-testid="panel-overview">
      <div>
        <Title order={2} size="h4" data-testid="panel-greeting">
          {me.data?.firstName ? t('panel.hello', { name: me.data.firstName }) : t('panel.helloAnonymous')}
        </Title>
        <Text size="sm" c="dimmed">{t('panel.welcome', { name: club.isolatedName })}</Text>
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <PointsSummaryCard action={more('points')} />
        <TierCard />
        <VouchersList />
        <SectionCard title={t('panel.sectionNames.news')} action={more('news')}>
          <NewsList limit={2} />
        </SectionCard>
        <ReferralCard />
      </SimpleGrid>
    </Stack>
  );
}
