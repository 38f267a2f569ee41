import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface ProductRef {
  id: string;
  sku: string;
  name: string;
  lowStockThreshold: number | null;
}

/**
 * The one place the inventory module reads the catalog's `products` table (id, sku, name_fa, low_stock_threshold),
 * always through row-level security, so a product of another workspace is never seen. When the catalog module exports
 * a lookup service, these methods delegate to it; nothing else in inventory knows the table.
 */
@Injectable()
export class ProductRefs {
  /** Products of the caller's workspace by id (absent ids are not products of this workspace). */
  async findIn(em: EntityManager, ids: readonly string[]): Promise<Map<string, ProductRef>> {
    if (!ids.length) return new Map();
    const rows: Array<{ id: string; sku: string; name: string; threshold: number | null }> = await em.query(
      `SELECT id, sku, name_fa AS name, low_stock_threshold AS threshold FROM products WHERE id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, { id: r.id, sku: r.sku, name: r.name, lowStockThreshold: r.threshold == null ? null : Number(r.threshold) }]));
  }

  /**
   * Locks the availability rows of these products (in product id order: the per-product lock every stock operation
   * takes first) and returns the products' references. Products without a row yet (never stocked) are absent.
   */
  async lockAvailabilityIn(em: EntityManager, ids: readonly string[]): Promise<Map<string, ProductRef>> {
    const rows: Array<{ id: string; sku: string; name: string; threshold: number | null }> = await em.query(
      `SELECT pa.product_id AS id, p.sku, p.name_fa AS name, p.low_stock_threshold AS threshold
         FROM product_availability pa JOIN products p ON p.id = pa.product_id
        WHERE pa.product_id = ANY($1::uuid[])
        ORDER BY pa.product_id
          FOR UPDATE OF pa`,
      [[...new Set(ids)]],
    );
    return new Map(rows.map((r) => [r.id, { id: r.id, sku: r.sku, name: r.name, lowStockThreshold: r.threshold == null ? null : Number(r.threshold) }]));
  }

  /** SQL for the ids of products whose total available is at or below their low-stock threshold. */
  readonly lowStockProductIdsSql = `SELECT pa.product_id FROM product_availability pa JOIN products p ON p.id = pa.product_id
    WHERE p.low_stock_threshold IS NOT NULL AND pa.available <= p.low_stock_threshold`;

  /** Products of the workspace with their total stock (null when never stocked). */
  withAvailabilityIn(em: EntityManager, ids: readonly string[]): Promise<Array<{ id: string; threshold: number | null; on_hand: number | null; reserved: number | null }>> {
    return em.query(
      `SELECT p.id, p.low_stock_threshold AS threshold, pa.on_hand, pa.reserved
         FROM products p LEFT JOIN product_availability pa ON pa.product_id = p.id
        WHERE p.id = ANY($1::uuid[])`,
      [[...ids]],
    );
  }

  /** Low-stock thresholds of products (null when not set). */
  async thresholdsIn(em: EntityManager, ids: readonly string[]): Promise<Map<string, number | null>> {
    const found = await this.findIn(em, ids);
    return new Map([...found.values()].map((p) => [p.id, p.lowStockThreshold]));
  }
}
