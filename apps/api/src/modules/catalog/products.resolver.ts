import { Args, ArgsType, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { RequirePermission } from '../../core/auth/auth.decorators';
import { Connection, PageArgs } from '../../core/graphql/connection';
import { CatalogLoaders } from './catalog.loaders';
import { CreateProductCategoryInput, CreateProductInput, ProductFilter, UpdateProductCategoryInput, UpdateProductInput } from './dto/product.inputs';
import { Product, ProductCategory, ProductConnection } from './models/product.model';
import { ProductsService } from './products.service';

@ArgsType()
class ProductsArgs extends PageArgs {
  @Field(() => ProductFilter, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => ProductFilter) filter?: ProductFilter;
}

@Resolver(() => Product)
export class ProductsResolver {
  constructor(
    private readonly service: ProductsService,
    private readonly loaders: CatalogLoaders,
  ) {}

  @RequirePermission('inventory:read')
  @Query(() => ProductConnection, { description: 'The catalog, newest first; filter by category (with its descendants), on-sale state or a Persian-aware search' })
  products(@Args() args: ProductsArgs): Promise<Connection<Product>> {
    return this.service.list(args, args.filter ?? {});
  }

  @RequirePermission('inventory:read')
  @Query(() => Product)
  product(@Args('id', { type: () => ID }) id: string): Promise<Product> {
    return this.service.get(id);
  }

  @RequirePermission('inventory:read')
  @Query(() => [ProductCategory], { description: 'The whole category tree, depth-first (each category followed by its children)' })
  productCategories(): Promise<ProductCategory[]> {
    return this.service.categories();
  }

  @RequirePermission('inventory:write')
  @Mutation(() => Product)
  createProduct(@Args('input') input: CreateProductInput): Promise<Product> {
    return this.service.create(input);
  }

  @RequirePermission('inventory:write')
  @Mutation(() => Product, { description: 'active: true also restores an archived product' })
  updateProduct(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateProductInput): Promise<Product> {
    return this.service.update(id, input);
  }

  @RequirePermission('inventory:write')
  @Mutation(() => Product, { description: 'Off sale and out of the lists; documents that name it keep it' })
  archiveProduct(@Args('id', { type: () => ID }) id: string): Promise<Product> {
    return this.service.archive(id);
  }

  @RequirePermission('inventory:write')
  @Mutation(() => ProductCategory)
  createProductCategory(@Args('input') input: CreateProductCategoryInput): Promise<ProductCategory> {
    return this.service.createCategory(input);
  }

  @RequirePermission('inventory:write')
  @Mutation(() => ProductCategory, { description: 'parentId: null moves it to the top; it cannot move under itself' })
  updateProductCategory(@Args('id', { type: () => ID }) id: string, @Args('input') input: UpdateProductCategoryInput): Promise<ProductCategory> {
    return this.service.updateCategory(id, input);
  }

  @ResolveField(() => ProductCategory, { nullable: true })
  category(@Parent() product: Product): Promise<ProductCategory | null> | null {
    return product.categoryId ? this.loaders.category(product.categoryId) : null;
  }
}
