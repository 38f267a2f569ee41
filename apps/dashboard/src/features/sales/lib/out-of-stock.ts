import { isApiError } from '@peyvand/web';

export interface ShortProduct {
  productId: string;
  name: string;
  sku: string | null;
  requested: number;
  available: number;
}

/**
 * The products an OUT_OF_STOCK error names (`extensions.products`: what was asked and what is left), or null for any
 * other error.
 */
export function outOfStockProducts(error: unknown): ShortProduct[] | null {
  if (!isApiError(error) || error.code !== 'OUT_OF_STOCK') return null;
  const raw = error.errors.flatMap((e) => (Array.isArray(e.extensions?.products) ? (e.extensions.products as unknown[]) : []));
  return raw
    .filter((p): p is Record<string, unknown> => !!p && typeof p === 'object')
    .map((p) => ({
      productId: String(p.productId ?? ''),
      name: String(p.name ?? p.sku ?? p.productId ?? ''),
      sku: typeof p.sku === 'string' ? p.sku : null,
      requested: Number(p.requested ?? 0),
      available: Number(p.available ?? 0),
    }));
}
