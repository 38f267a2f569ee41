import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ProductsService } from '../catalog/products.service';

export interface ProductRef {
  id: string;
  sku: string;
  name: string;
  lowStockThreshold: number | null;
}

/**
 * What inventory knows of products. Single products come from the catalog's public ProductsService; the two
 * set-based filters below (low stock, availability with thresholds) still join the catalog's `products` table in SQL
 * under row-level security — the remaining exception, until the threshold is copied into inventory's own rows.
 */
@Injectable()
export class ProductRefs {
  constructor(private readonly products: ProductsService) {}

  /** Products of the caller's workspace by id (absent ids are not products of this workspace). */
  async findIn(em: EntityManager, ids: readonly string[]): Promise<Map<string, ProductRef>> {
    if (!ids.length) return new Map();
    const found = await this.products.loadManyIn(em, ids);
    return new Map([...found.values()].map((p) => [p.id, { id: p.id, sku: p.sku, name: p.nameFa, lowStockThreshold: p.lowStockThreshold }]));
  }

  /**
   * Locks the availability rows of these products (in product id order: the per-product lock every stock operation
   * takes first) and returns the products' references. Products without a row yet (never stocked) are absent.
   */
  async lockAvailabilityIn(em: EntityManager, ids: readonly string[]): Promise<Map<string, ProductRef>> {
    const locked: Array<{ id: string }> = await em.query(
      `SELECT product_id AS id FROM product_availability WHERE product_id = ANY($1::uuid[]) ORDER BY product_id FOR UPDATE`,
      [[...new Set(ids)]],
    );
    const refs = await this.findIn(em, locked.map((r) => r.id));
    return new Map(locked.flatMap((r) => (refs.has(r.id) ? [[r.id, refs.get(r.id)!] as const] : [])));
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
