import { Button, Chip, Container, Group, Loader, ScrollArea, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { IconSearch } from '@/components/icons';
import { useClub } from '@/lib/club-context';
import { useSession } from '@/lib/session';
import { nodesOf } from '@/lib/connection';
import { formatNumber } from '@/lib/format';
import { useClubCategories } from '../api/get-club-categories';
import { toStoreProduct, useClubProducts } from '../api/get-club-products';
import { ProductCard } from './product-card';

/** The club store: top-level categories as chips, Persian-aware search, product cards with the member's prices. */
export function StorePage() {
  const { t, i18n } = useTranslation();
  const club = useClub();
  const [params, setParams] = useSearchParams();
  const search = params.get('q') ?? '';
  const categoryId = params.get('category');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const categories = useClubCategories(club.slug, i18n.language);
  const { status } = useSession();
  const products = useClubProducts(club.slug, { categoryId, search: debounced }, status === 'member');
  const list = nodesOf(products.data?.pages).map((p) => toStoreProduct(p, i18n.language));
  const total = products.data?.pages[0]?.totalCount;

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };

  const topLevel = (categories.data ?? []).filter((c) => !c.parentId);

  return (
    <Container size="lg" px="md" py="md" data-testid="store">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={1} size="h3">{t('store.title')}</Title>
          {total !== undefined && <Text size="sm" c="dimmed" data-testid="product-count">{t('store.count', { count: total, formatted: formatNumber(total, i18n.language) })}</Text>}
        </Group>
        <TextInput
          value={search}
          onChange={(e) => setParam('q', e.currentTarget.value)}
          placeholder={t('store.searchPlaceholder')}
          aria-label={t('store.search')}
          leftSection={<IconSearch size={18} />}
          size="md"
          radius="xl"
          type="search"
          data-testid="store-search"
        />
        {topLevel.length > 0 && (
          <ScrollArea type="never">
            <Chip.Group value={categoryId ?? ''} onChange={(value) => setParam('category', (value as string) || null)}>
              <Group gap={6} wrap="nowrap" data-testid="categories">
                <Chip value="" color={club.color} size="sm">{t('store.allCategories')}</Chip>
                {topLevel.map((c) => (
                  <Chip key={c.id} value={c.id} color={club.color} size="sm" data-testid="category-chip">{c.name}</Chip>
                ))}
              </Group>
            </Chip.Group>
          </ScrollArea>
        )}
        {products.isError && <ErrorAlert error={products.error} />}
        {products.isPending ? (
          <Group justify="center" py="xl"><Loader /></Group>
        ) : list.length === 0 ? (
          <Text c="dimmed" ta="center" py="xl" data-testid="store-empty">{debounced ? t('store.noMatch') : t('store.empty')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 2, sm: 3, md: 4 }} spacing={{ base: 'xs', sm: 'md' }} data-testid="product-grid">
            {list.map((p) => <ProductCard key={p.id} product={p} />)}
          </SimpleGrid>
        )}
        {products.hasNextPage && (
          <Group justify="center">
            <Button variant="light" color={club.color} onClick={() => void products.fetchNextPage()} loading={products.isFetchingNextPage}>
              {t('common.loadMore')}
            </Button>
          </Group>
        )}
      </Stack>
    </Container>
  );
}
