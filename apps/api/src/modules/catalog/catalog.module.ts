import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContactsModule } from '../contacts/contacts.module';
import { CatalogLoaders } from './catalog.loaders';
import { CouponsResolver } from './coupons.resolver';
import { CouponsService } from './coupons.service';
import { CouponEntity, CouponRedemptionEntity } from './entities/coupon.entity';
import { PriceListEntity, PriceListItemEntity } from './entities/price-list.entity';
import { ProductCategoryEntity, ProductEntity } from './entities/product.entity';
import { PriceListsResolver } from './price-lists.resolver';
import { PriceListsService } from './price-lists.service';
import { PricingService } from './pricing.service';
import { ProductsResolver } from './products.resolver';
import { ProductsService } from './products.service';

/**
 * The catalog: products and categories, price lists, coupons, and the one pricing function (PricingService.quoteIn).
 * Stock and availability belong to the inventory module; sales documents call quoteIn and CouponsService.redeemIn.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ProductCategoryEntity, ProductEntity, PriceListEntity, PriceListItemEntity, CouponEntity, CouponRedemptionEntity]),
    ContactsModule,
  ],
  providers: [ProductsService, PriceListsService, PricingService, CouponsService, CatalogLoaders, ProductsResolver, PriceListsResolver, CouponsResolver],
  exports: [ProductsService, PricingService, PriceListsService, CouponsService, CatalogLoaders],
})
export class CatalogModule {}
