/** Events the inventory module publishes, inside the transaction that changed the stock. */
export const InventoryEvents = {
  /** A product's total available (all warehouses, on hand − reserved) dropped from above 0 to 0. */
  ProductUnavailable: 'inventory.product_unavailable',
  /** A product's total available rose from 0 to above 0 (restock, release, return). */
  ProductAvailable: 'inventory.product_available',
  /** A product's total available dropped from above its low-stock threshold to at or below it. */
  LowStock: 'inventory.low_stock',
} as const;

export interface ProductAvailabilityChangedEvent {
  workspaceId: string;
  productId: string;
  /** After the change, over all warehouses. */
  available: number;
  onHand: number;
  reserved: number;
  /** What moved it: the movement kind and the document reference, when there is one. */
  cause: string;
  reference: string | null;
}

export interface LowStockEvent {
  workspaceId: string;
  productId: string;
  sku: string;
  name: string;
  available: number;
  threshold: number;
  /** The ledger row that crossed the threshold (makes alerts idempotent per crossing). */
  movementId: string;
  reference: string | null;
}
