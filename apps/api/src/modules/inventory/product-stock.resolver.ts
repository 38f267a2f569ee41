import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Product } from '../catalog/models/product.model';
import { InventoryLoaders } from './inventory.loaders';
import { ProductAvailability } from './models/inventory.model';

/** Adds the inventory's view to the catalog's Product type: what can be sold now, over all warehouses. */
@Resolver(() => Product)
export class ProductStockResolver {
  constructor(private readonly loaders: InventoryLoaders) {}

  @ResolveField(() => ProductAvailability, { description: 'Stock over all warehouses and whether it can be sold now (from inventory)' })
  availability(@Parent() product: Product): Promise<ProductAvailability> {
    return this.loaders.availability(product.id);
  }
}
