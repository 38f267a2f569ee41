import { Injectable } from '@nestjs/common';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError } from '../../core/errors/domain-errors';
import { Connection, PageArgs, paginate } from '../../core/graphql/connection';
import { StockLevelFilter, StockMovementFilter } from './dto/inventory.inputs';
import { StockLevelEntity, StockMovementEntity } from './inventory.entities';
import { AvailabilityStatus, ProductAvailability, StockLevel, StockMovement, StockMovementKind } from './models/inventory.model';
import { ProductRefs } from './product-refs';

const toLevel = (e: StockLevelEntity): StockLevel => ({
  id: e.id, warehouseId: e.warehouseId, productId: e.productId, onHand: e.onHand, reserved: e.reserved, available: e.onHand - e.reserved,
  createdAt: e.createdAt, updatedAt: e.updatedAt,
});

const toMovement = (e: StockMovementEntity): StockMovement => ({
  id: e.id, kind: e.kind as StockMovementKind, warehouseId: e.warehouseId, productId: e.productId, quantity: e.quantity,
  deltaOnHand: e.deltaOnHand, deltaReserved: e.deltaReserved, reason: e.reason, reference: e.reference, createdAt: e.createdAt, actorMemberId: e.actorMemberId,
});

/** Where the stock screens and the storefront read: levels, the ledger and per-product availability. */
@Injectable()
export class StockQueries {
  constructor(
    private readonly db: TenantDb,
    private readonly products: ProductRefs,
  ) {}

  levels(args: PageArgs, filter: StockLevelFilter = {}): Promise<Connection<StockLevel>> {
    return this.db.tx((em) => {
      const qb = em.createQueryBuilder(StockLevelEntity, 's');
      if (filter.productId) qb.andWhere('s.product_id = :productId', { productId: filter.productId });
      if (filter.warehouseId) qb.andWhere('s.warehouse_id = :warehouseId', { warehouseId: filter.warehouseId });
      if (filter.lowOnly) qb.andWhere(`s.product_id IN (${this.products.lowStockProductIdsSql})`);
      return paginate(qb, args, { orderBy: 'createdAt', map: toLevel, count: this.db.count });
    });
  }

  movements(args: PageArgs, filter: StockMovementFilter = {}): Promise<Connection<StockMovement>> {
    return this.db.tx((em) => {
      const qb = em.createQueryBuilder(StockMovementEntity, 'm');
      if (filter.productId) qb.andWhere('m.product_id = :productId', { productId: filter.productId });
      if (filter.warehouseId) qb.andWhere('m.warehouse_id = :warehouseId', { warehouseId: filter.warehouseId });
      if (filter.kinds?.length) qb.andWhere('m.kind = ANY(:kinds)', { kinds: filter.kinds });
      if (filter.reference) qb.andWhere('m.reference = :reference', { reference: filter.reference.trim() });
      if (filter.from) qb.andWhere('m.created_at >= :from', { from: filter.from });
      if (filter.to) qb.andWhere('m.created_at < :to', { to: filter.to });
      return paginate(qb, args, { orderBy: 'createdAt', map: toMovement, count: this.db.count });
    });
  }

  /** SQL for the ids of products with stock available now (the storefront's "in stock only" filter). */
  readonly inStockProductIdsSql = `SELECT pa.product_id FROM product_availability pa WHERE pa.in_stock`;

  /** Availability of these products over all warehouses, in the order asked; ids that are not products of the workspace are left out. */
  availability(productIds: string[]): Promise<ProductAvailability[]> {
    if (new Set(productIds).size > 100) throw BadInputError.field('productIds', 'at most 100 products at a time');
    return this.availabilityOf(productIds);
  }

  /** The same without a limit (DataLoader batches of a page of products). */
  availabilityOf(productIds: readonly string[]): Promise<ProductAvailability[]> {
    const ids = [...new Set(productIds)];
    if (!ids.length) return Promise.resolve([]);
    return this.db.tx(async (em) => {
      const rows = await this.products.withAvailabilityIn(em, ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.flatMap((id) => {
        const r = byId.get(id);
        if (!r) return [];
        const onHand = r.on_hand ?? 0;
        const reserved = r.reserved ?? 0;
        const available = onHand - reserved;
        const threshold = r.threshold == null ? null : Number(r.threshold);
        return [{
          productId: id, onHand, reserved, available,
          status: available > 0 ? AvailabilityStatus.AVAILABLE : AvailabilityStatus.UNAVAILABLE,
          lowStockThreshold: threshold, lowStock: threshold != null && available <= threshold,
        }];
      });
    });
  }
}
