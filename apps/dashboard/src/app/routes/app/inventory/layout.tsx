import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';

const TABS = [
  { value: paths.inventory, key: 'levels' },
  { value: paths.stockMovements, key: 'movements' },
  { value: paths.warehouses, key: 'warehouses' },
];

/** The stock section (inventory:read): levels, the movement ledger and the warehouses. */
export function InventoryLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  // The levels are the index: /inventory/movements must not also match it.
  const current = [...TABS].reverse().find((tab) => location.pathname === tab.value || location.pathname.startsWith(`${tab.value}/`))?.value ?? null;
  return (
    <>
      <PageHeader title={t('inventory.title')} description={t('inventory.description')} />
      <Tabs value={current} onChange={(value) => value && navigate(value)} mb="lg">
        <Tabs.List>
          {TABS.map((tab) => (
            <Tabs.Tab key={tab.key} value={tab.value} data-testid={`inventory-tab-${tab.key}`}>
              {t(`inventory.tabs.${tab.key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </>
  );
}
