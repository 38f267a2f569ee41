import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '../../catalog/catalog.module';
import { ContactsModule } from '../../contacts/contacts.module';
import { MessagingModule } from '../../messaging/messaging.module';
import { SalesModule } from '../../sales/sales.module';
import { IdentityModule } from '../../identity/identity.module';
import { WorkspacesModule } from '../../workspaces/workspaces.module';
import { ClubMembersModule } from '../members/club-members.module';
import { ClubMemberLoyaltyResolver, MemberLoyaltyLoader } from './club-member-loyalty';
import { ClubNewsService } from './club-news.service';
import { EarningService } from './earning.service';
import { LoyaltySettingsService } from './loyalty-settings.service';
import { LoyaltySms } from './loyalty-sms';
import { ClubNewsEntity, LoyaltyEntryEntity, RewardEntity, TierEntity } from './loyalty.entities';
import { LoyaltyJobs } from './loyalty.jobs';
import { ContactLoyaltyResolver, LoyaltyMemberResolver, LoyaltyStaffResolver, PointsEntryResolver } from './loyalty.resolver';
import { LoyaltyService } from './loyalty.service';
import { LoyaltySubscribers } from './loyalty.subscribers';
import { PointsLedger } from './points-ledger.service';
import { PurchasesService } from './purchases.service';
import { ReferralsService } from './referrals.service';
import { RewardsService } from './rewards.service';
import { TiersService } from './tiers.service';

/**
 * Points ledger, earning rules, tiers, rewards, vouchers, stamp cards, referral, club news (docs/CLUB.md "Loyalty").
 * Other modules use the exported services: PurchasesService.earnForPurchaseIn (storefront plugins' recordPurchase),
 * EarningService.awardBirthdayBonusIn (scheduled jobs), TiersService.tierCodeOfIn (PricingService's `tier`),
 * ReferralsService.checkCodeIn (sign-up), LoyaltyService (member state), RewardsService.redeem (points spent at the club store's checkout).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([LoyaltyEntryEntity, TierEntity, RewardEntity, ClubNewsEntity]),
    CatalogModule,
    ContactsModule,
    MessagingModule,
    SalesModule,
    WorkspacesModule,
    IdentityModule,
    ClubMembersModule,
  ],
  providers: [
    PointsLedger, LoyaltySettingsService, TiersService, EarningService, RewardsService, ReferralsService, PurchasesService, ClubNewsService, LoyaltyService,
    LoyaltySms, LoyaltySubscribers, LoyaltyJobs, LoyaltyStaffResolver, LoyaltyMemberResolver, ContactLoyaltyResolver,
    PointsEntryResolver, MemberLoyaltyLoader, ClubMemberLoyaltyResolver,
  ],
  exports: [PurchasesService, EarningService, TiersService, ReferralsService, LoyaltyService, PointsLedger, RewardsService],
})
export class LoyaltyModule {}
