import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';

const TABS = [
  { value: paths.settingsStaff, key: 'staff' },
  { value: paths.settingsApiKeys, key: 'apiKeys' },
  { value: paths.settingsWorkspace, key: 'workspace' },
] as const;

export function SettingsLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const current = TABS.find((tab) => location.pathname.startsWith(tab.value))?.value ?? null;
  return (
    <>
      <PageHeader title={t('nav.settings')} />
      <Tabs value={current} onChange={(value) => value && navigate(value)} mb="lg">
        <Tabs.List>
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.key} value={tab.value} data-testid={`settings-tab-${tab.key}`}>
              {t(`settings.tabs.${tab.key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </>
  );
}
