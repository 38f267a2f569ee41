import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { PERMISSIONS } from '@/config/constants';
import { paths } from '@/config/paths';
import { useViewer } from '@/lib/authorization';

const TABS: Array<{ value: string; key: string; permission: string }> = [
  { value: paths.messages, key: 'outbox', permission: PERMISSIONS.messagesRead },
  { value: paths.messageTemplates, key: 'templates', permission: PERMISSIONS.templatesRead },
  { value: paths.messageSuppressions, key: 'suppressions', permission: PERMISSIONS.messagesRead },
  { value: paths.messagingSettings, key: 'settings', permission: PERMISSIONS.messagingSettings },
];

/** The messaging section: outbox, templates, do-not-contact list and channel settings, each behind its permission. */
export function MessagingLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const viewer = useViewer();
  const permissions = viewer.data?.permissions ?? [];
  const tabs = TABS.filter((tab) => permissions.includes(tab.permission));
  // The outbox is the index: /messages/templates/… must not also match it.
  const current = [...tabs].reverse().find((tab) => location.pathname === tab.value || location.pathname.startsWith(`${tab.value}/`))?.value ?? null;
  if (viewer.data && location.pathname === paths.messages && !permissions.includes(PERMISSIONS.messagesRead) && tabs[0]) {
    return <Navigate to={tabs[0].value} replace />;
  }
  return (
    <>
      <PageHeader title={t('messaging.title')} description={t('messaging.description')} />
      <Tabs value={current} onChange={(value) => value && navigate(value)} mb="lg">
        <Tabs.List>
          {tabs.map((tab) => (
            <Tabs.Tab key={tab.key} value={tab.value} data-testid={`messaging-tab-${tab.key}`}>
              {t(`messaging.tabs.${tab.key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </>
  );
}
