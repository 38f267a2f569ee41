import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { ConnectionType } from '../../../../core/graphql/connection';
import { CouponKind } from '../../../catalog/models/catalog.enums';

export enum PointsKind {
  EARN = 'EARN',
  REDEEM = 'REDEEM',
  EXPIRE = 'EXPIRE',
  ADJUST = 'ADJUST',
  REVERSE = 'REVERSE',
}
registerEnumType(PointsKind, { name: 'PointsKind', description: 'What a points ledger entry is: earned, spent on a reward, expired, adjusted by staff, or a purchase reversed' });

/** Why points moved; each earning rule is one source (daily caps are per source). */
export enum PointsSource {
  PURCHASE = 'PURCHASE',
  CALL = 'CALL',
  SMS = 'SMS',
  NEWS = 'NEWS',
  SURVEY = 'SURVEY',
  CONTEST = 'CONTEST',
  REFERRAL = 'REFERRAL',
  BIRTHDAY = 'BIRTHDAY',
  MANUAL = 'MANUAL',
  REWARD = 'REWARD',
  EXPIRY = 'EXPIRY',
  /** Points moved from a duplicate contact merged into this one. */
  MERGE = 'MERGE',
}
registerEnumType(PointsSource, { name: 'PointsSource' });

export enum TierBasis {
  POINTS_EARNED = 'POINTS_EARNED',
  PURCHASE_COUNT = 'PURCHASE_COUNT',
}
registerEnumType(TierBasis, { name: 'TierBasis', description: 'What tier thresholds count over the rolling window: points earned, or purchases' });

export enum RewardKind {
  VOUCHER = 'VOUCHER',
  FREE_PRODUCT = 'FREE_PRODUCT',
  STAMP_CARD = 'STAMP_CARD',
}
registerEnumType(RewardKind, {
  name: 'RewardKind',
  description: 'VOUCHER: a discount coupon for points; FREE_PRODUCT: one unit of a product free for points; STAMP_CARD: buy N of a product or category, get one free',
});

export enum VoucherOrigin {
  REWARD = 'REWARD',
  STAMP_CARD = 'STAMP_CARD',
  NEXT_PURCHASE = 'NEXT_PURCHASE',
}
registerEnumType(VoucherOrigin, { name: 'VoucherOrigin' });

export enum ClubNewsKind {
  NEWS = 'NEWS',
  SURVEY = 'SURVEY',
  CONTEST = 'CONTEST',
}
registerEnumType(ClubNewsKind, {
  name: 'ClubNewsKind',
  description: 'NEWS: opening it earns its points; SURVEY: members answer its questions; CONTEST: members enter, with an optional text answer',
});

export enum SurveyQuestionType {
  SINGLE_CHOICE = 'SINGLE_CHOICE',
  MULTIPLE_CHOICE = 'MULTIPLE_CHOICE',
  TEXT = 'TEXT',
}
registerEnumType(SurveyQuestionType, { name: 'SurveyQuestionType' });

@ObjectType({ description: 'One line of the append-only points ledger' })
export class PointsEntry {
  @Field(() => ID) id: string;
  @Field(() => PointsKind) kind: PointsKind;
  @Field(() => PointsSource) source: PointsSource;
  @Field(() => Int, { description: 'Signed: positive for points gained' }) delta: number;
  @Field() reason: string;
  @Field(() => Date, { nullable: true, description: 'Positive entries: when what is left of them expires' }) expiresAt: Date | null;
  @Field(() => Int, { description: 'Positive entries: points of this lot not yet spent or expired' }) remaining: number;
  @Field() createdAt: Date;
  /** The staff member whose request wrote it (resolved as `actor` for staff only). */
  actorMemberId: string | null;
}
export const PointsEntryConnection = ConnectionType(PointsEntry);

@ObjectType()
export class PointsSummary {
  @Field(() => Int) balance: number;
  @Field(() => Int) lifetimeEarned: number;
  @Field(() => Int, { description: 'Points that expire within the warning period of the settings (30 days when warnings are off)' }) expiringSoon: number;
  @Field(() => Date, { nullable: true, description: 'When the next points expire' }) nextExpiryAt: Date | null;
}

@ObjectType()
export class PointsChange {
  @Field(() => PointsEntry) entry: PointsEntry;
  @Field(() => Int) balance: number;
}

@ObjectType()
export class DailyCap {
  @Field(() => PointsSource) source: PointsSource;
  @Field(() => Int, { description: 'Most points of this source one member can earn per day (workspace time zone)' }) points: number;
}

@ObjectType({ description: 'Earning rules, expiry, tiers window and the next-purchase voucher of the workspace' })
export class LoyaltySettings {
  @Field() enabled: boolean;
  @Field(() => Int, { description: 'Points for each purchaseUnit Rial of a purchase' }) purchasePoints: number;
  @Field(() => GraphQLSafeInt, { description: 'Rial, e.g. 100000: 1 point per 100,000 Rial' }) purchaseUnit: number;
  @Field(() => Int) callPoints: number;
  @Field(() => Int) smsPoints: number;
  @Field(() => Int, { description: 'Default points for opening a club news item (an item may set its own)' }) newsPoints: number;
  @Field(() => Int) surveyPoints: number;
  @Field(() => Int) contestPoints: number;
  @Field(() => Int, { description: 'For the member who referred, when the referee makes a first purchase' }) referrerPoints: number;
  @Field(() => Int, { description: 'For the referred member, on their first purchase' }) refereePoints: number;
  @Field(() => Int) birthdayPoints: number;
  @Field(() => [DailyCap]) dailyCaps: DailyCap[];
  @Field({ description: 'Whether tier multipliers apply to earned points' }) tierMultipliers: boolean;
  @Field(() => Int, { nullable: true, description: 'Points expire this many months after they were earned; null = never' }) expiryMonths: number | null;
  @Field(() => Int, { description: 'Members are warned by SMS this many days before points expire (0 = no warning)' }) expiryWarningDays: number;
  @Field(() => TierBasis) tierBasis: TierBasis;
  @Field(() => Int) tierWindowMonths: number;
  @Field({ description: 'After each purchase, a personal voucher for the next one' }) nextVoucherEnabled: boolean;
  @Field(() => CouponKind) nextVoucherKind: CouponKind;
  @Field(() => GraphQLSafeInt, { description: 'PERCENT: basis points (500 = 5%); FIXED: Rial' }) nextVoucherValue: number;
  @Field(() => GraphQLSafeInt, { nullable: true }) nextVoucherMaxDiscount: number | null;
  @Field(() => GraphQLSafeInt) nextVoucherMinOrder: number;
  @Field(() => Int) nextVoucherValidDays: number;
}

@ObjectType({ description: 'A club level (like Miles & More): reached at a threshold over the rolling window, with its benefits' })
export class Tier {
  @Field(() => ID) id: string;
  @Field({ description: 'Upper-case code; TIER price lists with this target give the tier its prices' }) code: string;
  @Field() name: string;
  @Field(() => Int) threshold: number;
  @Field(() => Int, { description: 'Earned points × this / 100' }) multiplierPercent: number;
  @Field(() => ID, { nullable: true, description: 'The TIER price list of this tier' }) priceListId: string | null;
  @Field() freeShipping: boolean;
  @Field(() => String, { nullable: true }) benefits: string | null;
}

@ObjectType()
export class TierStatus {
  @Field(() => TierBasis) basis: TierBasis;
  @Field(() => Int) windowMonths: number;
  @Field(() => Int, { description: 'Points earned (or purchases) over the window' }) qualifying: number;
  @Field(() => Tier, { nullable: true }) current: Tier | null;
  @Field(() => Tier, { nullable: true }) next: Tier | null;
  @Field(() => Int, { nullable: true, description: 'Still needed for the next tier' }) toNext: number | null;
  @Field(() => Int, { description: '0–100 from the current tier towards the next (100 at the top)' }) progressPercent: number;
  @Field(() => Date, { nullable: true }) since: Date | null;
}

@ObjectType()
export class TierChange {
  @Field(() => String, { nullable: true }) fromTierName: string | null;
  @Field(() => String, { nullable: true }) toTierName: string | null;
  @Field(() => Int) qualifying: number;
  @Field() reason: string;
  @Field() createdAt: Date;
}

@ObjectType()
export class Reward {
  @Field(() => ID) id: string;
  @Field(() => RewardKind) kind: RewardKind;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Int) pointsCost: number;
  @Field(() => CouponKind, { nullable: true }) voucherKind: CouponKind | null;
  @Field(() => GraphQLSafeInt, { nullable: true }) voucherValue: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true }) maxDiscount: number | null;
  @Field(() => GraphQLSafeInt) minOrderTotal: number;
  @Field(() => Int, { description: 'The voucher is valid this many days' }) validDays: number;
  @Field(() => ID, { nullable: true }) productId: string | null;
  @Field(() => ID, { nullable: true }) categoryId: string | null;
  @Field(() => Int, { nullable: true }) stampsRequired: number | null;
  @Field() archived: boolean;
  @Field() createdAt: Date;
}
export const RewardConnection = ConnectionType(Reward);

@ObjectType({ description: 'A coupon the member can use now' })
export class Voucher {
  @Field(() => ID, { description: 'The coupon id' }) id: string;
  @Field() code: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => CouponKind) kind: CouponKind;
  @Field(() => GraphQLSafeInt) value: number;
  @Field(() => GraphQLSafeInt, { nullable: true }) maxDiscount: number | null;
  @Field(() => GraphQLSafeInt) minOrderTotal: number;
  @Field(() => [ID]) productIds: string[];
  @Field(() => [ID]) categoryIds: string[];
  @Field(() => Date, { nullable: true }) validTo: Date | null;
  @Field(() => VoucherOrigin, { nullable: true, description: 'null: a coupon staff gave the member' }) origin: VoucherOrigin | null;
}

@ObjectType()
export class Redemption {
  @Field(() => ID) id: string;
  @Field(() => Reward) reward: Reward;
  @Field(() => Int) points: number;
  @Field(() => Int, { description: 'Balance after the redemption' }) balance: number;
  @Field(() => Voucher) voucher: Voucher;
}

@ObjectType()
export class StampCard {
  @Field(() => Reward) reward: Reward;
  @Field(() => Int, { description: 'Stamps on the current card' }) stamps: number;
  @Field(() => Int) required: number;
  @Field(() => Int, { description: 'Cards completed so far (each gave a free item voucher)' }) completed: number;
}

@ObjectType()
export class ReferralInfo {
  @Field() code: string;
  @Field() link: string;
  @Field(() => Int) successfulCount: number;
  @Field(() => Int) pendingCount: number;
}

@ObjectType()
export class SurveyOption {
  @Field(() => ID, { description: 'Stable within its question (answers name it)' }) id: string;
  @Field() text: string;
  @Field(() => String, { nullable: true }) textEn: string | null;
}

@ObjectType()
export class SurveyQuestion {
  @Field(() => ID, { description: 'Stable within its survey (answers name it)' }) id: string;
  @Field({ description: 'Persian' }) text: string;
  @Field(() => String, { nullable: true }) textEn: string | null;
  @Field(() => SurveyQuestionType) type: SurveyQuestionType;
  @Field() required: boolean;
  @Field(() => [SurveyOption], { description: 'Choice questions: the choices; TEXT: empty' }) options: SurveyOption[];
}

@ObjectType()
export class ClubNewsItem {
  @Field(() => ClubNewsKind) kind: ClubNewsKind;
  @Field(() => [SurveyQuestion], { description: 'Surveys: the questions, in order; otherwise empty' }) questions: SurveyQuestion[];
  @Field(() => Date, { nullable: true, description: 'Surveys and contests: closed to new answers from then on' }) endsAt: Date | null;
  @Field({ description: 'A survey or contest past its end date' }) closed: boolean;
  @Field({ description: 'Members: whether I already answered this survey or entered this contest' }) answered: boolean;
  @Field(() => Int, { description: 'Members: the points this item earned me (opening, answering or entering)' }) pointsEarned: number;
  @Field(() => Int, { nullable: true, description: 'Staff: how many members answered or entered (null for members)' }) responseCount: number | null;
  @Field(() => ID) id: string;
  @Field({ description: 'Persian (the default language)' }) title: string;
  @Field() body: string;
  @Field(() => String, { nullable: true, description: 'English title, if given: members reading the club in English see titleEn and bodyEn, else the Persian text' })
  titleEn: string | null;
  @Field(() => String, { nullable: true, description: 'English body (given only with titleEn)' }) bodyEn: string | null;
  @Field(() => String, { nullable: true }) url: string | null;
  @Field(() => String, { nullable: true }) imageUrl: string | null;
  @Field(() => Int, { description: 'Points for opening it, answering the survey or entering the contest (its own, else the settings default of its kind)' })
  points: number;
  @Field(() => Int, { nullable: true, description: 'Its own points; null = the settings default' }) ownPoints: number | null;
  @Field(() => Date, { nullable: true }) publishedAt: Date | null;
  @Field() archived: boolean;
  @Field({ description: 'Members: whether I already opened it' }) clicked: boolean;
  @Field() createdAt: Date;
}
export const ClubNewsConnection = ConnectionType(ClubNewsItem, 'ClubNewsItem');

@ObjectType()
export class PointsAward {
  @Field(() => Int) pointsAwarded: number;
  @Field(() => Int) balance: number;
}

@ObjectType()
export class NewsClick extends PointsAward {
  @Field(() => ClubNewsItem) news: ClubNewsItem;
}

@ObjectType()
export class ClubParticipation extends PointsAward {
  @Field(() => ClubNewsItem) news: ClubNewsItem;
}

@ObjectType()
export class SurveyOptionResult {
  @Field(() => SurveyOption) option: SurveyOption;
  @Field(() => Int) count: number;
}

@ObjectType()
export class SurveyQuestionResult {
  @Field(() => SurveyQuestion) question: SurveyQuestion;
  @Field(() => Int, { description: 'Respondents who answered this question' }) answered: number;
  @Field(() => [SurveyOptionResult], { description: 'Choice questions: members per option, in the order of the options' }) options: SurveyOptionResult[];
  @Field(() => [String], { description: 'TEXT questions: the answers, oldest first' }) texts: string[];
}

@ObjectType()
export class ClubNewsRespondent {
  @Field(() => ID) contactId: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'Contests: the text answer, if any' }) text: string | null;
  @Field(() => Int) points: number;
  @Field() createdAt: Date;
}

@ObjectType({ description: 'What members answered a survey, or who entered a contest' })
export class ClubNewsResults {
  @Field(() => ClubNewsItem) news: ClubNewsItem;
  @Field(() => Int) respondents: number;
  @Field(() => [SurveyQuestionResult], { description: 'Surveys: per question' }) questions: SurveyQuestionResult[];
  @Field(() => [ClubNewsRespondent], { description: 'Who answered or entered, oldest first (the first 1000)' }) entrants: ClubNewsRespondent[];
}

@ObjectType({ description: "A contact's club state for the 360 page" })
export class ContactLoyalty {
  @Field(() => ID) contactId: string;
  @Field(() => Int) balance: number;
  @Field(() => Int) lifetimeEarned: number;
  @Field(() => Int) expiringSoon: number;
  @Field(() => TierStatus) tier: TierStatus;
  @Field(() => [TierChange]) tierHistory: TierChange[];
  @Field(() => [Voucher]) vouchers: Voucher[];
  @Field(() => [StampCard]) stampCards: StampCard[];
  @Field(() => String, { nullable: true }) referralCode: string | null;
}
