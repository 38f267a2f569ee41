import { Module } from '@nestjs/common';
import { LoyaltyModule } from './loyalty/loyalty.module';
import { ClubMembersModule } from './members/club-members.module';
import { ClubStoreModule } from './store/club-store.module';

/** The customer club (docs/CLUB.md): members, loyalty, the member panel and the club store. */
@Module({
  imports: [ClubMembersModule, LoyaltyModule, ClubStoreModule],
})
export class ClubModule {}
