import type { RouteObject } from 'react-router';
import { CartPage } from '@/features/store/components/cart-page';
import { StorePage } from '@/features/store/components/store-page';

export const storeRoutes: RouteObject[] = [
  { path: 'store', element: <StorePage /> },
  { path: 'cart', element: <CartPage /> },
];
