/**
 * Events of the customer club, published inside the transaction of the step. The timeline records each one on the
 * member's contact (timeline/club-timeline.projector.ts); `club.referral_succeeded` is the ladder's input and lives in
 * contacts.events.ts.
 */
export const ClubEvents = {
  MemberJoined: 'club.member_joined',
  MemberSignedIn: 'club.member_signed_in',
  PointsChanged: 'club.points_changed',
  TierChanged: 'club.tier_changed',
  RewardRedeemed: 'club.reward_redeemed',
  NewsClicked: 'club.news_clicked',
  /** A survey answered or a contest entered (news items of those kinds). */
  NewsAnswered: 'club.news_answered',
  OrderPlaced: 'club.order_placed',
  PurchaseRecorded: 'club.purchase_recorded',
  /** A storefront plugin reported a return of a purchase it had reported. */
  PurchaseReturned: 'club.purchase_returned',
} as const;

interface ClubEventBase {
  workspaceId: string;
  contactId: string;
}

export type ClubJoinVia = 'SIGN_UP' | 'PURCHASE' | 'PLUGIN' | 'STAFF';

export interface MemberJoinedEvent extends ClubEventBase {
  clubMemberId: string;
  via: ClubJoinVia;
  /** The referral code the new member signed up with, if any (loyalty records the pending referral). */
  referralCode: string | null;
}

export interface MemberSignedInEvent extends ClubEventBase {
  clubMemberId: string;
  method: 'CODE' | 'PASSWORD';
}

export type PointsEntryKind = 'EARN' | 'REDEEM' | 'EXPIRE' | 'ADJUST' | 'REVERSE';

export interface PointsChangedEvent extends ClubEventBase {
  ledgerEntryId: string;
  kind: PointsEntryKind;
  /** Signed: positive for earned points. */
  delta: number;
  balance: number;
  reason: string;
  actorMemberId: string | null;
}

export interface TierChangedEvent extends ClubEventBase {
  fromTierId: string | null;
  fromTierName: string | null;
  toTierId: string | null;
  toTierName: string | null;
}

export interface RewardRedeemedEvent extends ClubEventBase {
  rewardId: string;
  rewardName: string;
  points: number;
  /** The voucher code issued, for voucher rewards. */
  voucherCode: string | null;
}

export interface NewsClickedEvent extends ClubEventBase {
  newsId: string;
  title: string;
  pointsAwarded: number;
}

export interface NewsAnsweredEvent extends ClubEventBase {
  newsId: string;
  kind: 'SURVEY' | 'CONTEST';
  title: string;
  pointsAwarded: number;
}

export interface OrderPlacedEvent extends ClubEventBase {
  proformaId: string;
  number: number;
  total: number;
}

export interface PurchaseRecordedEvent extends ClubEventBase {
  externalOrderId: string;
  source: string;
  amount: number;
}

export interface PurchaseReturnedEvent extends ClubEventBase {
  externalOrderId: string;
  externalReturnId: string;
  source: string;
  /** Rial refunded in this return. */
  amount: number;
  pointsReversed: number;
}
