import { Injectable } from '@nestjs/common';
import { RequestLoaders } from '../../core/context/request-loaders';
import { Product, ProductCategory } from './models/product.model';
import { ProductsService } from './products.service';

/** Per-request batch loaders: one query for all the categories (or products) a response names. */
@Injectable()
export class CatalogLoaders {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly products: ProductsService,
  ) {}

  category(id: string): Promise<ProductCategory | null> {
    return this.loaders
      .get<string, ProductCategory | null>('productCategoryById', async (ids) => {
        const byId = new Map((await this.products.categoriesByIds(ids)).map((c) => [c.id, c]));
        return ids.map((i) => byId.get(i) ?? null);
      })
      .load(id);
  }

  product(id: string): Promise<Product | null> {
    return this.loaders
      .get<string, Product | null>('productById', async (ids) => {
        const byId = new Map((await this.products.findByIds(ids)).map((p) => [p.id, p]));
        return ids.map((i) => byId.get(i) ?? null);
      })
      .load(id);
  }
}
