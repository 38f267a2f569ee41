import { Injectable } from '@nestjs/common';
import { RequestLoaders } from '../../core/context/request-loaders';
import { AvailabilityStatus, ProductAvailability, Warehouse } from './models/inventory.model';
import { StockQueries } from './stock-queries.service';
import { WarehousesService } from './warehouses.service';

/** Batches warehouse lookups of one request (a page of levels or movements) into one query. */
@Injectable()
export class InventoryLoaders {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly warehouses: WarehousesService,
    private readonly queries: StockQueries,
  ) {}

  /** Availability of a product (zero and UNAVAILABLE when it was never stocked). */
  availability(productId: string): Promise<ProductAvailability> {
    return this.loaders
      .get<string, ProductAvailability>('productAvailability', async (ids) => {
        const byId = new Map((await this.queries.availabilityOf(ids)).map((a) => [a.productId, a]));
        return ids.map(
          (id) => byId.get(id) ?? { productId: id, onHand: 0, reserved: 0, available: 0, status: AvailabilityStatus.UNAVAILABLE, lowStockThreshold: null, lowStock: false },
        );
      })
      .load(productId);
  }

  warehouse(id: string): Promise<Warehouse | null> {
    return this.loaders
      .get<string, Warehouse | null>('warehouseById', async (ids) => {
        const rows = await this.warehouses.findByIds(ids);
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((i) => byId.get(i) ?? null);
      })
      .load(id);
  }
}
