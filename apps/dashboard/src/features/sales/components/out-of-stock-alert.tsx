import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IconAlert } from '@/components/icons';
import { Ltr } from '@/components/ltr';
import { formatNumber } from '@/lib/format';
import type { ShortProduct } from '../lib/out-of-stock';

/** OUT_OF_STOCK on confirmation: which products are short, what was asked and what is left. */
export function OutOfStockAlert({ products }: { products: ShortProduct[] }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v, i18n.language);
  return (
    <Alert color="red" variant="light" icon={<IconAlert />} title={t('sales.outOfStock.title')} role="alert" data-testid="out-of-stock">
      <Text size="sm" mb={4}>{t('sales.outOfStock.body')}</Text>
      <List size="sm">
        {products.map((p) => (
          <List.Item key={p.productId} data-testid="out-of-stock-product">
            <Text span fw={600} size="sm">{p.name}</Text>
            {p.sku && <Text span size="xs" c="dimmed"> (<Ltr>{p.sku}</Ltr>)</Text>}
            {' — '}
            {t('sales.outOfStock.line', { requested: n(p.requested), available: n(p.available) })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
