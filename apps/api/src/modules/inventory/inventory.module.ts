import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../catalog/catalog.module';
import { IdentityModule } from '../identity/identity.module';
import { MessagingModule } from '../messaging/messaging.module';
import { StockLevelEntity, StockMovementEntity, WarehouseEntity } from './inventory.entities';
import { InventoryLoaders } from './inventory.loaders';
import { StockMovementResolver, StockResolver, WarehousesResolver } from './inventory.resolver';
import { LowStockAlert } from './low-stock.alert';
import { ProductRefs } from './product-refs';
import { ProductStockResolver } from './product-stock.resolver';
import { StockQueries } from './stock-queries.service';
import { StockService } from './stock.service';
import { WarehousesService } from './warehouses.service';

/** Warehouses, stock levels, the movement ledger and availability. Sales and the club reserve and issue through StockService. */
@Module({
  imports: [TypeOrmModule.forFeature([WarehouseEntity, StockLevelEntity, StockMovementEntity]), IdentityModule, MessagingModule, CatalogModule],
  providers: [
    StockService, StockQueries, WarehousesService, ProductRefs, InventoryLoaders, LowStockAlert,
    WarehousesResolver, StockResolver, StockMovementResolver, ProductStockResolver,
  ],
  exports: [StockService, StockQueries, WarehousesService],
})
export class InventoryModule {}
