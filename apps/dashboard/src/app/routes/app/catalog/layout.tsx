import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { PERMISSIONS } from '@/config/constants';
import { paths } from '@/config/paths';
import { useViewer } from '@/lib/authorization';

const TABS: Array<{ value: string; key: string; permission: string }> = [
  { value: paths.products, key: 'products', permission: PERMISSIONS.inventoryRead },
  { value: paths.categories, key: 'categories', permission: PERMISSIONS.inventoryRead },
  { value: paths.priceLists, key: 'priceLists', permission: PERMISSIONS.inventoryRead },
  { value: paths.coupons, key: 'coupons', permission: PERMISSIONS.campaignsRead },
  { value: paths.priceCheck, key: 'priceCheck', permission: PERMISSIONS.inventoryRead },
];

/** The catalog section: products, categories, price lists, coupons and the price check, each behind its permission. */
export function CatalogLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const viewer = useViewer();
  const permissions = viewer.data?.permissions ?? [];
  const tabs = TABS.filter((tab) => permissions.includes(tab.permission));
  const current = tabs.find((tab) => location.pathname === tab.value || location.pathname.startsWith(`${tab.value}/`))?.value ?? null;
  if (location.pathname === paths.catalog) return <Navigate to={paths.products} replace />;
  return (
    <>
      <PageHeader title={t('catalog.title')} description={t('catalog.description')} />
      <Tabs value={current} onChange={(value) => value && navigate(value)} mb="lg">
        <Tabs.List>
          {tabs.map((tab) => (
            <Tabs.Tab key={tab.key} value={tab.value} data-testid={`catalog-tab-${tab.key}`}>
              {t(`catalog.tabs.${tab.key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </>
  );
}
