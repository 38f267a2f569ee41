import { Badge, Button, Card, Group, Select, Skeleton, Stack, Switch, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateText } from '@/components/date-text';
import { ErrorAlert } from '@/components/error-alert';
import { ProductName } from '@/features/catalog/components/product-name';
import { ProductPicker } from '@/features/catalog/components/product-picker';
import type { StockLevelFilter } from '@/gql/graphql';
import { formatNumber } from '@/lib/format';
import { useStockLevels } from '../api/get-stock-levels';
import { useWarehouses } from '../api/get-warehouses';
import { StockActions } from './stock-actions';

/** Stock per warehouse and product: on hand, reserved, available; filter by warehouse, product or low stock. */
export function StockLevels() {
  const { t, i18n } = useTranslation();
  const [warehouseId, setWarehouseId] = useState<string | null>(null);
  const [productId, setProductId] = useState<string | null>(null);
  const [lowOnly, setLowOnly] = useState(false);
  const filter = useMemo<StockLevelFilter>(
    () => ({ ...(warehouseId ? { warehouseId } : {}), ...(productId ? { productId } : {}), ...(lowOnly ? { lowOnly: true } : {}) }),
    [warehouseId, productId, lowOnly],
  );
  const levels = useStockLevels(filter);
  const warehouses = useWarehouses();
  const rows = levels.data?.pages.flatMap((p) => p.edges.map((e) => e.node)) ?? [];
  const total = levels.data?.pages[0]?.totalCount ?? 0;
  const n = (v: number) => formatNumber(v, i18n.language);

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="stock-levels">
      <Stack>
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Select
              w={220}
              label={t('inventory.columns.warehouse')}
              placeholder={t('inventory.allWarehouses')}
              data={(warehouses.data ?? []).map((w) => ({ value: w.id, label: `${w.name} · ${w.code}` }))}
              value={warehouseId}
              onChange={setWarehouseId}
              clearable
              data-testid="stock-warehouse-filter"
            />
            <ProductPicker w={280} label={t('inventory.columns.product')} placeholder={t('inventory.allProducts')} value={productId} onChange={setProductId} data-testid="stock-product-filter" />
            <Switch mb={8} label={t('inventory.lowOnly')} checked={lowOnly} onChange={(e) => setLowOnly(e.currentTarget.checked)} data-testid="stock-low-only" />
          </Group>
          <StockActions productId={productId} warehouseId={warehouseId} />
        </Group>
        {levels.isError && <ErrorAlert error={levels.error} />}
        {levels.isPending && <Skeleton h={240} />}
        {levels.data && <Text size="sm" c="dimmed">{t('inventory.levelsTotal', { count: total, formatted: n(total) })}</Text>}
        {levels.data && rows.length === 0 && (
          <Text c="dimmed" size="sm" ta="center" py="xl" data-testid="stock-empty">{t('inventory.noLevels')}</Text>
        )}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={860}>
            <Table verticalSpacing="sm" highlightOnHover style={{ opacity: levels.isPlaceholderData ? 0.6 : 1 }}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('inventory.columns.product')}</Table.Th>
                  <Table.Th>{t('inventory.columns.warehouse')}</Table.Th>
                  <Table.Th ta="end">{t('inventory.columns.onHand')}</Table.Th>
                  <Table.Th ta="end">{t('inventory.columns.reserved')}</Table.Th>
                  <Table.Th ta="end">{t('inventory.columns.available')}</Table.Th>
                  <Table.Th style={{ whiteSpace: 'nowrap' }}>{t('inventory.columns.updatedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((level) => (
                  <Table.Tr key={level.id} data-testid="stock-row" data-product-id={level.productId} data-warehouse={level.warehouse.code}>
                    <Table.Td><ProductName productId={level.productId} /></Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm" style={{ whiteSpace: 'nowrap' }}><bdi>{level.warehouse.name}</bdi></Text>
                        <Badge size="xs" variant="default" tt="none"><bdi dir="ltr">{level.warehouse.code}</bdi></Badge>
                      </Group>
                    </Table.Td>
                    <Table.Td ta="end" data-testid="stock-on-hand">{n(level.onHand)}</Table.Td>
                    <Table.Td ta="end" c={level.reserved ? 'yellow.9' : 'dimmed'}>{n(level.reserved)}</Table.Td>
                    <Table.Td ta="end" fw={600} c={level.available === 0 ? 'red.8' : undefined} data-testid="stock-available">{n(level.available)}</Table.Td>
                    <Table.Td><Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}><DateText value={level.updatedAt} /></Text></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {levels.hasNextPage && (
          <Group justify="center">
            <Button variant="default" onClick={() => void levels.fetchNextPage()} loading={levels.isFetchingNextPage}>{t('common.loadMore')}</Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
