import { ConflictError, ErrorCode } from '../../core/errors/domain-errors';

export interface ShortProduct {
  productId: string;
  sku: string | null;
  name: string | null;
  requested: number;
  available: number;
}

/**
 * Not enough stock: `extensions.code = "OUT_OF_STOCK"`, `extensions.products` lists each short product with what was
 * asked and what is left. A ConflictError, so callers that treat conflicts alike keep working.
 */
export class OutOfStockError extends ConflictError {
  constructor(readonly products: ShortProduct[]) {
    const names = products.map((p) => `${p.name ?? p.sku ?? p.productId}${p.sku && p.name ? ` (${p.sku})` : ''}: ${p.requested} wanted, ${p.available} available`);
    super(`Out of stock: ${names.join('; ')}`, { products }, ErrorCode.OUT_OF_STOCK);
  }
}
