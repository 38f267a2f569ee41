import { Module } from '@nestjs/common';

/** Points ledger, earning rules, tiers, rewards, vouchers, stamp cards, referral. */
@Module({})
export class LoyaltyModule {}
