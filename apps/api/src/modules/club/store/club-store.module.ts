import { Module } from '@nestjs/common';
import { CatalogModule } from '../../catalog/catalog.module';
import { ContactsModule } from '../../contacts/contacts.module';
import { InventoryModule } from '../../inventory/inventory.module';
import { SalesModule } from '../../sales/sales.module';
import { LoyaltyModule } from '../loyalty/loyalty.module';
import { ClubMembersModule } from '../members/club-members.module';
import { ClubCheckoutService } from './club-checkout.service';
import { ClubStoreResolver, StorefrontPluginResolver } from './club-store.resolver';
import { ClubStoreService } from './club-store.service';
import { StorefrontPluginService } from './storefront-plugin.service';

/** The club store (catalog, member prices, live availability, quote, checkout) and the storefront plugin API. */
@Module({
  imports: [CatalogModule, InventoryModule, SalesModule, ContactsModule, ClubMembersModule, LoyaltyModule],
  providers: [ClubStoreService, ClubCheckoutService, StorefrontPluginService, ClubStoreResolver, StorefrontPluginResolver],
  exports: [ClubStoreService],
})
export class ClubStoreModule {}
