import { Anchor, Badge, Center, Container, Grid, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '@/components/error-alert';
import { paths } from '@/config/paths';
import { NotFoundRoute } from '@/app/routes/not-found';
import { useClub } from '@/lib/club-context';
import { useSession } from '@/lib/session';
import { errorCode } from '@peyvand/web';
import { useClubProduct } from '../api/get-club-product';
import { toStoreProduct } from '../api/get-club-products';
import { AddToCart, AvailabilityBadge, ProductImage } from './product-card';
import { PriceText } from './price-text';

export function ProductPage() {
  const { t, i18n } = useTranslation();
  const club = useClub();
  const { productId = '' } = useParams();
  const { status } = useSession();
  const query = useClubProduct(club.slug, productId, status === 'member');

  if (query.isPending) return <Center py="xl"><Loader /></Center>;
  if (query.isError) return errorCode(query.error) === 'NOT_FOUND' ? <NotFoundRoute /> : <Container py="md"><ErrorAlert error={query.error} /></Container>;
  const product = toStoreProduct(query.data, i18n.language);
  return (
    <Container size="md" px="md" py="md" data-testid="product-page">
      <Anchor component={Link} to={paths.store(club.slug)} size="sm">{t('store.back')}</Anchor>
      <Grid mt="sm">
        <Grid.Col span={{ base: 12, sm: 5 }}>
          <ProductImage product={product} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 7 }}>
          <Stack gap="sm">
            <Title order={1} size="h3">{product.name}</Title>
            <PriceText price={product.price} basePrice={product.basePrice} size="lg" />
            <Text size="xs" c="dimmed">{t('store.perUnit', { unit: product.unit })}</Text>
            <AvailabilityBadge product={product} />
            {product.available && !product.lowStock && <Badge color="teal" variant="light" w="fit-content">{t('store.available')}</Badge>}
            {product.description && <Text size="sm" style={{ whiteSpace: 'pre-line' }}>{product.description}</Text>}
            <AddToCart product={product} fullWidth={false} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Container>
  );
}
