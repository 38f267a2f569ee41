import { Anchor, Card, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { formatNumber } from '@/lib/format';
import { useStockLevels } from '../api/get-stock-levels';
import { useStockMovements } from '../api/get-stock-movements';
import { MovementsTable } from './movements-table';
import { StockActions } from './stock-actions';

/** On the product page: its stock per warehouse and its last movements, with the stock actions for it. */
export function ProductStockPanel({ productId }: { productId: string }) {
  const { t, i18n } = useTranslation();
  const levels = useStockLevels({ productId }, 100);
  const movements = useStockMovements({ productId }, 10);
  const rows = levels.data?.pages.flatMap((p) => p.edges.map((e) => e.node)) ?? [];
  const moves = movements.data?.pages[0]?.edges.map((e) => e.node) ?? [];
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <Stack>
      <Card withBorder radius="lg" padding="lg" data-testid="product-stock">
        <Stack>
          <Group justify="space-between" wrap="wrap">
            <Title order={4}>{t('inventory.productStock')}</Title>
            <StockActions productId={productId} size="xs" />
          </Group>
          {levels.isError && <ErrorAlert error={levels.error} />}
          {levels.isPending && <Skeleton h={80} />}
          {levels.data && rows.length === 0 && <Text size="sm" c="dimmed" data-testid="product-stock-empty">{t('inventory.neverStocked')}</Text>}
          {rows.length > 0 && (
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('inventory.columns.warehouse')}</Table.Th>
                  <Table.Th ta="end">{t('inventory.columns.onHand')}</Table.Th>
                  <Table.Th ta="end">{t('inventory.columns.reserved')}</Table.Th>
                  <Table.Th ta="end">{t('inventory.columns.available')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((l) => (
                  <Table.Tr key={l.id} data-testid="product-stock-row" data-warehouse={l.warehouse.code}>
                    <Table.Td><bdi>{l.warehouse.name}</bdi></Table.Td>
                    <Table.Td ta="end">{n(l.onHand)}</Table.Td>
                    <Table.Td ta="end">{n(l.reserved)}</Table.Td>
                    <Table.Td ta="end" fw={600} data-testid="product-stock-available">{n(l.available)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      </Card>
      <Card withBorder radius="lg" padding="lg" data-testid="product-movements">
        <Stack>
          <Group justify="space-between">
            <Title order={4}>{t('inventory.lastMovements')}</Title>
            <Anchor component={Link} to={paths.stockMovements} size="sm">{t('inventory.allMovements')}</Anchor>
          </Group>
          {movements.isPending && <Skeleton h={80} />}
          {movements.data && moves.length === 0 && <Text size="sm" c="dimmed">{t('inventory.noMovements')}</Text>}
          {moves.length > 0 && <MovementsTable rows={moves} withProduct={false} />}
        </Stack>
      </Card>
    </Stack>
  );
}
