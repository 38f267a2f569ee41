import { AspectRatio, Badge, Button, Card, Center, Image, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { IconCart } from '@/components/icons';
import { paths } from '@/config/paths';
import { useClub } from '@/lib/club-context';
import { safeImageUrl } from '@/lib/branding';
import { useCart } from '../hooks/use-cart';
import type { StoreProduct } from '../model/types';
import { PriceText } from './price-text';
import { QuantityStepper } from './quantity-stepper';

export function ProductImage({ product }: { product: StoreProduct }) {
  const src = safeImageUrl(product.imageUrl);
  const [broken, setBroken] = useState(false);
  return (
    <AspectRatio ratio={1}>
      {src && !broken ? (
        <Image src={src} alt="" fit="cover" onError={() => setBroken(true)} />
      ) : (
        <Center bg="gray.1" c="gray.5" fz={36} style={{ textDecoration: 'none' }} aria-hidden>
          {product.name.slice(0, 1)}
        </Center>
      )}
    </AspectRatio>
  );
}

/** Availability as the shopper needs it: unavailable cannot be added; few left is worth saying. */
export function AvailabilityBadge({ product }: { product: StoreProduct }) {
  const { t } = useTranslation();
  if (!product.available) return <Badge color="gray" variant="light" data-testid="unavailable">{t('store.unavailable')}</Badge>;
  if (product.lowStock) return <Badge color="orange" variant="light">{t('store.fewLeft')}</Badge>;
  return null;
}

export function AddToCart({ product, fullWidth = true }: { product: StoreProduct; fullWidth?: boolean }) {
  const { t } = useTranslation();
  const club = useClub();
  const cart = useCart();
  const line = cart.cart.lines.find((l) => l.productId === product.id);
  if (line && product.available) {
    return <QuantityStepper value={line.quantity} onChange={(q) => cart.setQuantity(product.id, q)} color={club.color} />;
  }
  return (
    <Button
      fullWidth={fullWidth}
      color={club.color}
      variant={product.available ? 'filled' : 'default'}
      disabled={!product.available}
      leftSection={<IconCart size={16} />}
      onClick={() => cart.add({ productId: product.id, name: product.name })}
      data-testid="add-to-cart"
    >
      {product.available ? t('store.addToCart') : t('store.unavailable')}
    </Button>
  );
}

export function ProductCard({ product }: { product: StoreProduct }) {
  const club = useClub();
  return (
    <Card withBorder radius="lg" padding="sm" data-testid="product-card" data-product-id={product.id} data-available={product.available}>
      <Card.Section component={Link} to={paths.product(club.slug, product.id)} style={{ textDecoration: 'none' }} aria-label={product.name}>
        <ProductImage product={product} />
      </Card.Section>
      <Stack gap={6} mt="sm" style={{ flex: 1 }}>
        <Text component={Link} to={paths.product(club.slug, product.id)} fw={600} size="sm" lineClamp={2} c="inherit" td="none" data-testid="product-name">
          {product.name}
        </Text>
        <PriceText price={product.price} basePrice={product.basePrice} size="sm" />
        <AvailabilityBadge product={product} />
      </Stack>
      <Stack mt="sm">
        <AddToCart product={product} />
      </Stack>
    </Card>
  );
}
