import { Grid } from '@mantine/core';
import { useParams } from 'react-router';
import { CategoriesTree } from '@/features/catalog/components/categories-tree';
import { CouponsList } from '@/features/catalog/components/coupons-list';
import { PriceCheck } from '@/features/catalog/components/price-check';
import { PriceLists } from '@/features/catalog/components/price-lists';
import { ProductEditor } from '@/features/catalog/components/product-editor';
import { ProductsList } from '@/features/catalog/components/products-list';
import { ProductStockPanel } from '@/features/inventory/components/product-stock-panel';

export function ProductsRoute() {
  return <ProductsList />;
}

export function NewProductRoute() {
  return <ProductEditor />;
}

/** The product editor beside its stock per warehouse and last movements. */
export function ProductRoute() {
  const { id = '' } = useParams();
  return (
    <Grid gap="lg" key={id}>
      <Grid.Col span={{ base: 12, xl: 6 }}>
        <ProductEditor id={id} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, xl: 6 }} pt={{ xl: 44 }}>
        <ProductStockPanel productId={id} />
      </Grid.Col>
    </Grid>
  );
}

export function CategoriesRoute() {
  return <CategoriesTree />;
}

export function PriceListsRoute() {
  return <PriceLists />;
}

export function CouponsRoute() {
  return <CouponsList />;
}

export function PriceCheckRoute() {
  return <PriceCheck />;
}
