import { Button, Card, Group, MultiSelect, Select, Skeleton, Stack, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '@/components/error-alert';
import { ProductPicker } from '@/features/catalog/components/product-picker';
import type { StockMovementFilter, StockMovementKind } from '@/gql/graphql';
import { formatNumber } from '@/lib/format';
import { useStockMovements } from '../api/get-stock-movements';
import { useWarehouses } from '../api/get-warehouses';
import { STOCK_MOVEMENT_KINDS } from '../lib/movements';
import { MovementsTable } from './movements-table';

/** The stock ledger, newest first: every change of every level is a row here. */
export function MovementsLedger() {
  const { t, i18n } = useTranslation();
  const [warehouseId, setWarehouseId] = useState<string | null>(null);
  const [productId, setProductId] = useState<string | null>(null);
  const [kinds, setKinds] = useState<string[]>([]);
  const filter = useMemo<StockMovementFilter>(
    () => ({ ...(warehouseId ? { warehouseId } : {}), ...(productId ? { productId } : {}), ...(kinds.length ? { kinds: kinds as StockMovementKind[] } : {}) }),
    [warehouseId, productId, kinds],
  );
  const movements = useStockMovements(filter);
  const warehouses = useWarehouses();
  const rows = movements.data?.pages.flatMap((p) => p.edges.map((e) => e.node)) ?? [];
  const total = movements.data?.pages[0]?.totalCount ?? 0;

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="stock-ledger">
      <Stack>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            w={220}
            label={t('inventory.columns.warehouse')}
            placeholder={t('inventory.allWarehouses')}
            data={(warehouses.data ?? []).map((w) => ({ value: w.id, label: `${w.name} · ${w.code}` }))}
            value={warehouseId}
            onChange={setWarehouseId}
            clearable
          />
          <ProductPicker w={280} label={t('inventory.columns.product')} placeholder={t('inventory.allProducts')} value={productId} onChange={setProductId} includeArchived data-testid="ledger-product-filter" />
          <MultiSelect
            w={300}
            label={t('inventory.columns.kind')}
            placeholder={kinds.length ? undefined : t('inventory.allKinds')}
            data={STOCK_MOVEMENT_KINDS.map((k) => ({ value: k, label: t(`enums.StockMovementKind.${k}`) }))}
            value={kinds}
            onChange={setKinds}
            clearable
          />
        </Group>
        {movements.isError && <ErrorAlert error={movements.error} />}
        {movements.isPending && <Skeleton h={240} />}
        {movements.data && <Text size="sm" c="dimmed">{t('inventory.movementsTotal', { count: total, formatted: formatNumber(total, i18n.language) })}</Text>}
        {movements.data && rows.length === 0 && <Text c="dimmed" size="sm" ta="center" py="xl">{t('inventory.noMovements')}</Text>}
        {rows.length > 0 && <MovementsTable rows={rows} dim={movements.isPlaceholderData} />}
        {movements.hasNextPage && (
          <Group justify="center">
            <Button variant="default" onClick={() => void movements.fetchNextPage()} loading={movements.isFetchingNextPage}>{t('common.loadMore')}</Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
