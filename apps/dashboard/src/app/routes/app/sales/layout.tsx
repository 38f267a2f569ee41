import { Button, Group, Tabs } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { PERMISSIONS } from '@/config/constants';
import { paths } from '@/config/paths';
import { StagesSettings } from '@/features/pipeline/components/stages-settings';
import { usePermission } from '@/lib/authorization';

const TABS: Array<{ value: string; key: string }> = [
  { value: paths.proformas, key: 'proformas' },
  { value: paths.invoices, key: 'invoices' },
  { value: paths.pipeline, key: 'pipeline' },
  { value: paths.salesPerformance, key: 'performance' },
];

/** The sales section (orders:read): pro-formas, invoices, the pipeline kanban and quotas & commissions. */
export function SalesLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const canManage = usePermission(PERMISSIONS.salesManage);
  const [stagesOpened, stages] = useDisclosure(false);
  const current = TABS.find((tab) => location.pathname === tab.value || location.pathname.startsWith(`${tab.value}/`))?.value ?? null;
  const onPipeline = current === paths.pipeline;
  return (
    <>
      <PageHeader
        title={t('sales.title')}
        description={t('sales.description')}
        actions={
          onPipeline && canManage ? (
            <Group>
              <Button variant="default" onClick={stages.open} data-testid="stages-settings-button">{t('pipeline.stages.title')}</Button>
            </Group>
          ) : undefined
        }
      />
      <Tabs value={current} onChange={(value) => value && navigate(value)} mb="lg">
        <Tabs.List>
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.key} value={tab.value} data-testid={`sales-tab-${tab.key}`}>
              {t(`sales.tabs.${tab.key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
      {stagesOpened && <StagesSettings opened onClose={stages.close} />}
    </>
  );
}
