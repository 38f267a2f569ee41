import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ClubMember, RequirePermission } from '../../../core/auth/auth.decorators';
import { RequestContext } from '../../../core/context/request-context';
import { PageArgs } from '../../../core/graphql/connection';
import { StaffMember } from '../../identity/models/staff.model';
import { StaffLoader } from '../../identity/staff.loader';
import { AdjustPointsInput, ParticipateInClubNewsInput, SaveClubNewsInput, SaveRewardInput, SaveTierInput, UpdateLoyaltySettingsInput } from './dto/loyalty.inputs';
import { ClubNewsService } from './club-news.service';
import { LoyaltySettingsService } from './loyalty-settings.service';
import { LoyaltyService } from './loyalty.service';
import {
  ClubNewsConnection, ClubNewsItem, ClubNewsResults, ClubParticipation, ContactLoyalty, LoyaltySettings, NewsClick, PointsChange, PointsEntryConnection,
  PointsEntry, PointsSummary, Redemption, ReferralInfo, Reward, RewardConnection, StampCard, Tier, TierStatus, Voucher,
} from './models/loyalty.models';
import { RewardsService } from './rewards.service';
import { TiersService } from './tiers.service';

/** Staff operations of the club's loyalty programme (dashboard). */
@Resolver()
export class LoyaltyStaffResolver {
  constructor(
    private readonly settings: LoyaltySettingsService,
    private readonly tierService: TiersService,
    private readonly rewardService: RewardsService,
    private readonly news: ClubNewsService,
    private readonly loyalty: LoyaltyService,
  ) {}

  @RequirePermission('club:read')
  @Query(() => LoyaltySettings)
  loyaltySettings(): Promise<LoyaltySettings> {
    return this.settings.get();
  }

  @RequirePermission('club:manage')
  @Mutation(() => LoyaltySettings)
  updateLoyaltySettings(@Args('input') input: UpdateLoyaltySettingsInput): Promise<LoyaltySettings> {
    return this.settings.update(input);
  }

  @RequirePermission('club:read')
  @Query(() => [Tier], { description: 'Lowest threshold first' })
  tiers(): Promise<Tier[]> {
    return this.tierService.list();
  }

  @RequirePermission('club:manage')
  @Mutation(() => Tier)
  saveTier(@Args('input') input: SaveTierInput): Promise<Tier> {
    return this.tierService.save(input);
  }

  @RequirePermission('club:manage')
  @Mutation(() => Boolean)
  deleteTier(@Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.tierService.delete(id);
  }

  @RequirePermission('club:read')
  @Query(() => RewardConnection)
  rewards(@Args() page: PageArgs, @Args('includeArchived', { defaultValue: false }) includeArchived: boolean) {
    return this.rewardService.list(page, includeArchived);
  }

  @RequirePermission('club:manage')
  @Mutation(() => Reward)
  saveReward(@Args('input') input: SaveRewardInput): Promise<Reward> {
    return this.rewardService.save(input);
  }

  @RequirePermission('club:manage')
  @Mutation(() => Reward)
  archiveReward(@Args('id', { type: () => ID }) id: string): Promise<Reward> {
    return this.rewardService.archive(id);
  }

  @RequirePermission('club:read')
  @Query(() => ClubNewsConnection)
  clubNewsItems(@Args() page: PageArgs) {
    return this.news.staffList(page);
  }

  @RequirePermission('club:read')
  @Query(() => ClubNewsResults, { description: 'What members answered a survey, or who entered a contest' })
  clubNewsResults(@Args('id', { type: () => ID }) id: string): Promise<ClubNewsResults> {
    return this.news.results(id);
  }

  @RequirePermission('club:manage')
  @Mutation(() => ClubNewsItem)
  saveClubNews(@Args('input') input: SaveClubNewsInput): Promise<ClubNewsItem> {
    return this.news.save(input);
  }

  @RequirePermission('club:read')
  @Query(() => ContactLoyalty, { description: "A contact's club state for the 360 page" })
  contactLoyalty(@Args('contactId', { type: () => ID }) contactId: string): Promise<ContactLoyalty> {
    return this.loyalty.contactLoyalty(contactId);
  }

  @RequirePermission('club:manage')
  @Mutation(() => PointsChange, { description: 'A manual correction with a reason (audited); cannot take the balance below 0' })
  adjustPoints(@Args('input') input: AdjustPointsInput): Promise<PointsChange> {
    return this.loyalty.adjust(input);
  }
}

@Resolver(() => ContactLoyalty)
export class ContactLoyaltyResolver {
  constructor(private readonly loyalty: LoyaltyService) {}

  @ResolveField(() => PointsEntryConnection, { description: 'The points ledger, newest first' })
  entries(@Parent() parent: ContactLoyalty, @Args() page: PageArgs) {
    return this.loyalty.history(parent.contactId, page);
  }
}

@Resolver(() => PointsEntry)
export class PointsEntryResolver {
  constructor(
    private readonly staff: StaffLoader,
    private readonly context: RequestContext,
  ) {}

  @ResolveField(() => StaffMember, { nullable: true, description: 'Staff only: who made a manual adjustment (null for members and for automatic entries)' })
  actor(@Parent() entry: PointsEntry): Promise<StaffMember | null> {
    if (!entry.actorMemberId || this.context.principal()?.kind !== 'staff') return Promise.resolve(null);
    return this.staff.load(entry.actorMemberId);
  }
}

/** The signed-in member's own loyalty (club SPA). */
@Resolver()
export class LoyaltyMemberResolver {
  constructor(
    private readonly loyalty: LoyaltyService,
    private readonly rewards: RewardsService,
    private readonly news: ClubNewsService,
  ) {}

  @ClubMember()
  @Query(() => PointsSummary)
  myPoints(): Promise<PointsSummary> {
    return this.loyalty.summary(this.loyalty.memberContactId());
  }

  @ClubMember()
  @Query(() => PointsEntryConnection)
  myPointsHistory(@Args() page: PageArgs) {
    return this.loyalty.history(this.loyalty.memberContactId(), page);
  }

  @ClubMember()
  @Query(() => TierStatus)
  myTier(): Promise<TierStatus> {
    return this.loyalty.tierStatus(this.loyalty.memberContactId());
  }

  @ClubMember()
  @Query(() => [Reward], { description: 'Rewards on offer, cheapest first' })
  clubRewards(): Promise<Reward[]> {
    return this.rewards.catalog();
  }

  @ClubMember()
  @Mutation(() => Redemption, { description: 'Spends points on a reward; a retry with the same key answers the first redemption' })
  redeemReward(@Args('rewardId', { type: () => ID }) rewardId: string, @Args('idempotencyKey') idempotencyKey: string): Promise<Redemption> {
    return this.rewards.redeem(this.loyalty.memberContactId(), rewardId, idempotencyKey);
  }

  @ClubMember()
  @Query(() => [Voucher], { description: 'My coupons usable now' })
  myVouchers(): Promise<Voucher[]> {
    return this.rewards.usableVouchers(this.loyalty.memberContactId());
  }

  @ClubMember()
  @Query(() => [StampCard])
  myStampCards(): Promise<StampCard[]> {
    return this.loyalty.stampCards(this.loyalty.memberContactId());
  }

  @ClubMember()
  @Query(() => ReferralInfo)
  myReferral(): Promise<ReferralInfo> {
    return this.loyalty.referralInfo(this.loyalty.memberContactId());
  }

  @ClubMember()
  @Query(() => [ClubNewsItem])
  clubNews(): Promise<ClubNewsItem[]> {
    return this.news.memberList(this.loyalty.memberContactId());
  }

  @ClubMember()
  @Mutation(() => NewsClick, { description: 'Opening a news item: its points once, and an SMS with the new balance' })
  clickClubNews(@Args('id', { type: () => ID }) id: string): Promise<NewsClick> {
    return this.news.click(this.loyalty.memberContactId(), id);
  }

  @ClubMember()
  @Mutation(() => ClubParticipation, {
    description: 'Answering a published survey or entering a contest: once per member (else CONFLICT ALREADY_ANSWERED), its points once; CONFLICT CLOSED after its end',
  })
  participateInClubNews(@Args('input') input: ParticipateInClubNewsInput): Promise<ClubParticipation> {
    return this.news.participate(this.loyalty.memberContactId(), input);
  }
}

