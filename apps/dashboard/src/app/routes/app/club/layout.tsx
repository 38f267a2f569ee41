import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';

const TABS: Array<{ value: string; key: string }> = [
  { value: paths.clubMembers, key: 'members' },
  { value: paths.clubLoyalty, key: 'loyalty' },
  { value: paths.clubTiers, key: 'tiers' },
  { value: paths.clubRewards, key: 'rewards' },
  { value: paths.clubNews, key: 'news' },
  { value: paths.clubSettings, key: 'settings' },
];

/** The customer club section (club:read): members, earning rules, tiers, rewards, news and the club's settings. */
export function ClubLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const current = TABS.find((tab) => location.pathname === tab.value || location.pathname.startsWith(`${tab.value}/`))?.value ?? null;
  return (
    <>
      <PageHeader title={t('club.title')} description={t('club.description')} />
      <Tabs value={current} onChange={(value) => value && navigate(value)} mb="lg">
        <Tabs.List>
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.key} value={tab.value} data-testid={`club-tab-${tab.key}`}>
              {t(`club.tabs.${tab.key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </>
  );
}
