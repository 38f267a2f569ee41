import { Badge, Button, Card, Group, SegmentedControl, Skeleton, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { Ltr } from '@/components/ltr';
import { PERMISSIONS } from '@/config/constants';
import { paths } from '@/config/paths';
import type { ProductFilter } from '@/gql/graphql';
import { usePermission } from '@/lib/authorization';
import { formatNumber } from '@/lib/format';
import { useMoney } from '@/lib/use-money';
import { useProductCategories } from '../api/get-product-categories';
import { useProducts } from '../api/get-products';
import { categoryPath } from '../lib/category-tree';
import { formatBp } from '../lib/percent';
import { AvailabilityBadge } from './availability-badge';
import { CategorySelect } from './category-select';
import { productDisplayName } from './product-name';

const ACTIVE_FILTERS = ['ALL', 'ACTIVE', 'INACTIVE', 'WITH_ARCHIVED'] as const;

/** The catalog: Persian-aware search, category (with its subtree) and on-sale filters, availability per product. */
export function ProductsList() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const money = useMoney();
  const canWrite = usePermission(PERMISSIONS.inventoryWrite);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [categoryId, setCategoryId] = useState<string | null>(null);
  const [active, setActive] = useState<(typeof ACTIVE_FILTERS)[number]>('ALL');
  const filter = useMemo<ProductFilter>(
    () => ({
      ...(debounced ? { search: debounced } : {}),
      ...(categoryId ? { categoryId } : {}),
      ...(active === 'ACTIVE' ? { active: true } : active === 'INACTIVE' ? { active: false } : {}),
      ...(active === 'WITH_ARCHIVED' ? { includeArchived: true } : {}),
    }),
    [debounced, categoryId, active],
  );
  const products = useProducts(filter);
  const categories = useProductCategories();
  const all = products.data?.pages.flatMap((p) => p.edges.map((e) => e.node)) ?? [];
  const rows = all;
  const total = products.data?.pages[0]?.totalCount ?? 0;

  return (
    <Card withBorder radius="lg" padding="lg" data-testid="products-list">
      <Stack>
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Group gap="sm" align="flex-end" wrap="wrap">
            <TextInput
              w={260}
              label={t('catalog.products.search')}
              placeholder={t('catalog.products.searchPlaceholder')}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
              data-testid="products-search"
            />
            <CategorySelect w={220} label={t('catalog.fields.category')} placeholder={t('catalog.products.allCategories')} value={categoryId} onChange={setCategoryId} data-testid="products-category-filter" />
            <div>
              <Text size="sm" fw={500} mb={4}>{t('catalog.products.state')}</Text>
              <SegmentedControl
                value={active}
                onChange={(v) => setActive(v as (typeof ACTIVE_FILTERS)[number])}
                data={ACTIVE_FILTERS.map((v) => ({ value: v, label: t(`catalog.products.activeFilter.${v}`) }))}
                data-testid="products-active-filter"
              />
            </div>
          </Group>
          {canWrite && (
            <Button component={Link} to={paths.productNew} data-testid="product-new">
              {t('catalog.products.new')}
            </Button>
          )}
        </Group>

        {products.isError && <ErrorAlert error={products.error} />}
        {products.isPending && <Skeleton h={240} />}
        {products.data && (
          <Text size="sm" c="dimmed" data-testid="products-total">{t('catalog.products.total', { count: total, formatted: formatNumber(total, i18n.language) })}</Text>
        )}
        {products.data && rows.length === 0 && (
          <Text c="dimmed" size="sm" ta="center" py="xl" data-testid="products-empty">
            {Object.keys(filter).length ? t('catalog.products.noMatches') : t('catalog.products.empty')}
          </Text>
        )}
        {rows.length > 0 && (
          <Table.ScrollContainer minWidth={740}>
            <Table verticalSpacing="sm" highlightOnHover style={{ opacity: products.isPlaceholderData ? 0.6 : 1 }}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('catalog.fields.sku')}</Table.Th>
                  <Table.Th>{t('catalog.fields.name')}</Table.Th>
                  <Table.Th>{t('catalog.fields.category')}</Table.Th>
                  <Table.Th ta="end">{t('catalog.fields.basePrice')}</Table.Th>
                  <Table.Th ta="end">{t('catalog.fields.tax')}</Table.Th>
                  <Table.Th>{t('catalog.fields.availability')}</Table.Th>
                  <Table.Th ta="end">{t('catalog.fields.onHand')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((p) => (
                  <Table.Tr
                    key={p.id}
                    data-testid="product-row"
                    data-sku={p.sku}
                    data-status={p.availability.status}
                    style={{ cursor: 'pointer' }}
                    onClick={() => navigate(paths.product(p.id))}
                  >
                    <Table.Td>
                      <Text size="sm" ff="monospace" style={{ whiteSpace: 'nowrap' }}><Ltr>{p.sku}</Ltr></Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm" fw={500} c="cyan.8" td="none" component={Link} to={paths.product(p.id)} onClick={(e) => e.stopPropagation()} data-testid="product-name">
                          <bdi>{productDisplayName(p, i18n.language)}</bdi>
                        </Text>
                        {p.archivedAt ? (
                          <Badge size="xs" variant="default">{t('catalog.products.archived')}</Badge>
                        ) : (
                          !p.active && <Badge size="xs" variant="default">{t('catalog.products.inactive')}</Badge>
                        )}
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed">{categoryPath(categories.data ?? [], p.categoryId, i18n.language) || '—'}</Text>
                    </Table.Td>
                    <Table.Td ta="end">
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }} data-testid="product-price">{money.format(p.basePrice)}</Text>
                    </Table.Td>
                    <Table.Td ta="end">
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{p.taxRateBp ? formatBp(p.taxRateBp, i18n.language) : '—'}</Text>
                    </Table.Td>
                    <Table.Td><AvailabilityBadge availability={p.availability} /></Table.Td>
                    <Table.Td ta="end">
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }} data-testid="product-on-hand">
                        {formatNumber(p.availability.onHand, i18n.language)} <Text span size="xs" c="dimmed">{p.unit}</Text>
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {products.hasNextPage && (
          <Group justify="center">
            <Button variant="default" onClick={() => void products.fetchNextPage()} loading={products.isFetchingNextPage} data-testid="products-load-more">
              {t('common.loadMore')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
