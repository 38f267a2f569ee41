import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { PERMISSIONS } from '@/config/constants';
import { paths } from '@/config/paths';
import { useViewer } from '@/lib/authorization';

const TABS: Array<{ value: string; key: string; permission?: string }> = [
  { value: paths.settingsStaff, key: 'staff' },
  { value: paths.settingsApiKeys, key: 'apiKeys' },
  { value: paths.settingsWorkspace, key: 'workspace' },
  { value: paths.settingsCustomFields, key: 'customFields', permission: PERMISSIONS.workspaceManage },
  { value: paths.settingsLifecycle, key: 'lifecycle', permission: PERMISSIONS.workspaceManage },
];

export function SettingsLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const permissions = useViewer().data?.permissions ?? [];
  const tabs = TABS.filter((tab) => !tab.permission || permissions.includes(tab.permission));
  const current = tabs.find((tab) => location.pathname.startsWith(tab.value))?.value ?? null;
  return (
    <>
      <PageHeader title={t('nav.settings')} />
      <Tabs value={current} onChange={(value) => value && navigate(value)} mb="lg">
        <Tabs.List>
          {tabs.map((tab) => (
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
