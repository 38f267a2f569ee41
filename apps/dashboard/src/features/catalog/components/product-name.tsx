import { Anchor, Group, Skeleton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Ltr } from '@/components/ltr';
import { paths } from '@/config/paths';
import { useProductName } from '../api/get-product-name';

/** A product's name in the UI language (Persian when it has no English one). */
export const productDisplayName = (p: { nameFa: string; nameEn?: string | null }, locale: string) => (locale === 'en' && p.nameEn ? p.nameEn : p.nameFa);

/** The product's name and SKU, linking to its page (stock rows and ledger entries carry only the id). */
export function ProductName({ productId, withSku = true }: { productId: string; withSku?: boolean }) {
  const { t, i18n } = useTranslation();
  const product = useProductName(productId);
  if (product.isPending) return <Skeleton h={14} w={120} radius="sm" />;
  if (product.isError) return <Text size="sm" c="dimmed">{t('catalog.products.unknown')}</Text>;
  return (
    <Group gap={6} wrap="nowrap">
      <Anchor component={Link} to={paths.product(productId)} size="sm" data-testid="product-link">
        <bdi>{productDisplayName(product.data, i18n.language)}</bdi>
      </Anchor>
      {withSku && (
        <Text size="xs" c="dimmed" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
          <Ltr>{product.data.sku}</Ltr>
        </Text>
      )}
    </Group>
  );
}
