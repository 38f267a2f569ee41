import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { RequirePermission } from '../../core/auth/auth.decorators';
import { StaffMember } from '../identity/models/staff.model';
import { StaffLoader } from '../identity/staff.loader';
import {
  AdjustStockInput, CreateWarehouseInput, ReceiveStockInput, StockLevelsArgs, StockMovementsArgs, TransferStockInput, UpdateWarehouseInput,
} from './dto/inventory.inputs';
import { InventoryLoaders } from './inventory.loaders';
import {
  ProductAvailability, StockLevel, StockLevelConnection, StockMovement, StockMovementConnection, StockTransferResult, Warehouse,
} from './models/inventory.model';
import { StockQueries } from './stock-queries.service';
import { StockService } from './stock.service';
import { WarehousesService } from './warehouses.service';

@Resolver(() => Warehouse)
export class WarehousesResolver {
  constructor(private readonly service: WarehousesService) {}

  @RequirePermission('inventory:read')
  @Query(() => [Warehouse], { description: 'Every warehouse: the default first' })
  warehouses(): Promise<Warehouse[]> {
    return this.service.list();
  }

  @RequirePermission('inventory:write')
  @Mutation(() => Warehouse)
  createWarehouse(@Args('input') input: CreateWarehouseInput): Promise<Warehouse> {
    return this.service.create(input);
  }

  @RequirePermission('inventory:write')
  @Mutation(() => Warehouse)
  updateWarehouse(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateWarehouseInput): Promise<Warehouse> {
    return this.service.update(id, input);
  }
}

@Resolver(() => StockLevel)
export class StockResolver {
  constructor(
    private readonly stock: StockService,
    private readonly queries: StockQueries,
    private readonly loaders: InventoryLoaders,
  ) {}

  @RequirePermission('inventory:read')
  @Query(() => StockLevelConnection, { description: 'Stock per warehouse and product' })
  stockLevels(@Args() args: StockLevelsArgs) {
    return this.queries.levels(args, args.filter);
  }

  @RequirePermission('inventory:read')
  @Query(() => StockMovementConnection, { description: 'The stock ledger, newest first' })
  stockMovements(@Args() args: StockMovementsArgs) {
    return this.queries.movements(args, args.filter);
  }

  @RequirePermission('inventory:read')
  @Query(() => [ProductAvailability], { description: 'Available stock and status per product over all warehouses (at most 100 ids)' })
  productAvailability(@Args('productIds', { type: () => [ID] }) productIds: string[]): Promise<ProductAvailability[]> {
    return this.queries.availability(productIds);
  }

  @RequirePermission('inventory:write')
  @Mutation(() => StockLevel, { description: 'Goods received into a warehouse' })
  receiveStock(@Args('input') input: ReceiveStockInput): Promise<StockLevel> {
    return this.stock.receive(input);
  }

  @RequirePermission('inventory:write')
  @Mutation(() => StockLevel, { description: 'A stock count (countedQuantity) or a correction (delta), with a reason' })
  adjustStock(@Args('input') input: AdjustStockInput): Promise<StockLevel> {
    return this.stock.adjust(input);
  }

  @RequirePermission('inventory:write')
  @Mutation(() => StockTransferResult, { description: 'Moves available units between warehouses; OUT_OF_STOCK when the source has too few' })
  transferStock(@Args('input') input: TransferStockInput): Promise<StockTransferResult> {
    return this.stock.transfer(input);
  }

  @ResolveField(() => Warehouse)
  warehouse(@Parent() level: StockLevel) {
    return this.loaders.warehouse(level.warehouseId);
  }
}

@Resolver(() => StockMovement)
export class StockMovementResolver {
  constructor(
    private readonly loaders: InventoryLoaders,
    private readonly staff: StaffLoader,
  ) {}

  @ResolveField(() => Warehouse)
  warehouse(@Parent() movement: StockMovement) {
    return this.loaders.warehouse(movement.warehouseId);
  }

  @ResolveField(() => StaffMember, { nullable: true, description: 'Who did it (null for the system or an API key)' })
  actor(@Parent() movement: StockMovement) {
    return movement.actorMemberId ? this.staff.load(movement.actorMemberId) : null;
  }
}
