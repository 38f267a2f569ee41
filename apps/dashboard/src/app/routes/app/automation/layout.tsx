import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { PERMISSIONS } from '@/config/constants';
import { paths } from '@/config/paths';
import { useViewer } from '@/lib/authorization';

const TABS: Array<{ value: string; key: string; permission: string }> = [
  { value: paths.automation, key: 'calls', permission: PERMISSIONS.contactsRead },
  { value: paths.automationPlans, key: 'plans', permission: PERMISSIONS.contactsRead },
  { value: paths.automationDates, key: 'dates', permission: PERMISSIONS.contactsRead },
  { value: paths.automationJobs, key: 'jobs', permission: PERMISSIONS.jobsManage },
];

/** Follow-ups and scheduled jobs: calls to make, follow-up plans, upcoming important dates and the job history. */
export function AutomationLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const viewer = useViewer();
  const permissions = viewer.data?.permissions ?? [];
  const tabs = TABS.filter((tab) => permissions.includes(tab.permission));
  const current = [...tabs].reverse().find((tab) => location.pathname === tab.value || location.pathname.startsWith(`${tab.value}/`))?.value ?? null;
  if (viewer.data && location.pathname === paths.automation && !permissions.includes(PERMISSIONS.contactsRead) && tabs[0]) {
    return <Navigate to={tabs[0].value} replace />;
  }
  return (
    <>
      <PageHeader title={t('automation.title')} description={t('automation.description')} />
      <Tabs value={current} onChange={(value) => value && navigate(value)} mb="lg">
        <Tabs.List>
          {tabs.map((tab) => (
            <Tabs.Tab key={tab.key} value={tab.value} data-testid={`automation-tab-${tab.key}`}>
              {t(`automation.tabs.${tab.key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </>
  );
}
