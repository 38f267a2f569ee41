import type { RouteObject } from 'react-router';
import { CartPage } from '@/features/store/components/cart-page';
import { CheckoutPage } from '@/features/store/components/checkout-page';
import { OrderPage } from '@/features/store/components/order-page';
import { ProductPage } from '@/features/store/components/product-page';
import { StorePage } from '@/features/store/components/store-page';
import { RequireMember } from '../require-member';

export const storeRoutes: RouteObject[] = [
  { path: 'store', element: <StorePage /> },
  { path: 'store/products/:productId', element: <ProductPage /> },
  { path: 'cart', element: <CartPage /> },
  { path: 'checkout', element: <CheckoutPage /> },
  { element: <RequireMember />, children: [{ path: 'orders/:orderId', element: <OrderPage /> }] },
];
