import { Injectable, OnModuleInit } from '@nestjs/common';
import { DomainEvents } from '../../core/events/domain-events';
import {
  ClubEvents, MemberJoinedEvent, MemberSignedInEvent, NewsAnsweredEvent, NewsClickedEvent, OrderPlacedEvent, PointsChangedEvent, PurchaseRecordedEvent,
  PurchaseReturnedEvent, RewardRedeemedEvent, TierChangedEvent,
} from '../club/club.events';
import { ReferralSucceededEvent, LifecycleInputEvents } from '../contacts/contacts.events';
import { Direction, TimelineKind } from './timeline.model';
import { TimelineService } from './timeline.service';

/** The club's events on the member's 360 timeline (the club half of TimelineProjector, kept apart for its size). */
@Injectable()
export class ClubTimelineProjector implements OnModuleInit {
  constructor(
    private readonly events: DomainEvents,
    private readonly timeline: TimelineService,
  ) {}

  onModuleInit(): void {
    this.events.subscribeInTransaction<MemberJoinedEvent>(ClubEvents.MemberJoined, async (e, em) => {
      await this.timeline.record(em, {
        workspaceId: e.workspaceId, contactId: e.contactId, kind: TimelineKind.CLUB, direction: Direction.IN, summary: 'Joined the club',
        data: { step: 'joined', via: e.via, referralCode: e.referralCode }, dedupeKey: `club:joined:${e.clubMemberId}`,
      });
    });
    this.events.subscribeInTransaction<MemberSignedInEvent>(ClubEvents.MemberSignedIn, async (e, em) => {
      await this.timeline.record(em, {
        workspaceId: e.workspaceId, contactId: e.contactId, kind: TimelineKind.CLUB, direction: Direction.IN, summary: 'Signed in to the club',
        data: { step: 'signed_in', method: e.method },
      });
    });
    this.events.subscribeInTransaction<PointsChangedEvent>(ClubEvents.PointsChanged, async (e, em) => {
      await this.timeline.record(em, {
        workspaceId: e.workspaceId, contactId: e.contactId, kind: TimelineKind.POINTS, direction: Direction.NONE,
        summary: `${e.delta > 0 ? '+' : ''}${e.delta} points (${e.kind.toLowerCase()})`, body: e.reason,
        data: { kind: e.kind, delta: e.delta, balance: e.balance }, actorMemberId: e.actorMemberId, dedupeKey: `club:points:${e.ledgerEntryId}`,
      });
    });
    this.events.subscribeInTransaction<TierChangedEvent>(ClubEvents.TierChanged, async (e, em) => {
      await this.timeline.record(em, {
        workspaceId: e.workspaceId, contactId: e.contactId, kind: TimelineKind.CLUB, summary: `Tier ${e.fromTierName ?? '—'} → ${e.toTierName ?? '—'}`,
        data: { step: 'tier_changed', fromTierId: e.fromTierId, toTierId: e.toTierId },
      });
    });
    this.events.subscribeInTransaction<RewardRedeemedEvent>(ClubEvents.RewardRedeemed, async (e, em) => {
      await this.timeline.record(em, {
        workspaceId: e.workspaceId, contactId: e.contactId, kind: TimelineKind.CLUB, direction: Direction.IN, summary: `Redeemed ${e.rewardName}`,
        data: { step: 'reward_redeemed', rewardId: e.rewardId, points: e.points, voucherCode: e.voucherCode },
      });
    });
    this.events.subscribeInTransaction<NewsClickedEvent>(ClubEvents.NewsClicked, async (e, em) => {
      await this.timeline.record(em, {
        workspaceId: e.workspaceId, contactId: e.contactId, kind: TimelineKind.CLUB, direction: Direction.IN, summary: `Opened club news: ${e.title}`,
        data: { step: 'news_clicked', newsId: e.newsId, points: e.pointsAwarded },
      });
    });
    this.events.subscribeInTransaction<OrderPlacedEvent>(ClubEvents.OrderPlaced, async (e, em) => {
      await this.timeline.record(em, {
        workspaceId: e.workspaceId, contactId: e.contactId, kind: TimelineKind.CLUB, direction: Direction.IN, summary: `Ordered in the club store (pro-forma #${e.number})`,
        data: { step: 'order_placed', proformaId: e.proformaId, total: e.total },
      });
    });
    this.events.subscribeInTransaction<PurchaseRecordedEvent>(ClubEvents.PurchaseRecorded, async (e, em) => {
      await this.timeline.record(em, {
        workspaceId: e.workspaceId, contactId: e.contactId, kind: TimelineKind.ORDER, direction: Direction.IN, summary: `Purchase ${e.externalOrderId} at ${e.source}`,
        data: { step: 'external_purchase', externalOrderId: e.externalOrderId, amount: e.amount, source: e.source },
        dedupeKey: `club:purchase:${e.source}:${e.externalOrderId}`,
      });
    });
    this.events.subscribeInTransaction<NewsAnsweredEvent>(ClubEvents.NewsAnswered, async (e, em) => {
      await this.timeline.record(em, {
        workspaceId: e.workspaceId, contactId: e.contactId, kind: TimelineKind.CLUB, direction: Direction.IN,
        summary: e.kind === 'SURVEY' ? `Answered the club survey: ${e.title}` : `Entered the club contest: ${e.title}`,
        data: { step: 'news_answered', kind: e.kind, newsId: e.newsId, points: e.pointsAwarded },
        dedupeKey: `club:news_answered:${e.newsId}:${e.contactId}`,
      });
    });
    this.events.subscribeInTransaction<PurchaseReturnedEvent>(ClubEvents.PurchaseReturned, async (e, em) => {
      await this.timeline.record(em, {
        workspaceId: e.workspaceId, contactId: e.contactId, kind: TimelineKind.ORDER, direction: Direction.IN,
        summary: `Return ${e.externalReturnId} of purchase ${e.externalOrderId} at ${e.source}`,
        data: { step: 'external_return', externalOrderId: e.externalOrderId, externalReturnId: e.externalReturnId, amount: e.amount, source: e.source, pointsReversed: e.pointsReversed },
        dedupeKey: `club:return:${e.source}:${e.externalOrderId}:${e.externalReturnId}`,
      });
    });
    this.events.subscribeInTransaction<ReferralSucceededEvent>(LifecycleInputEvents.ReferralSucceeded, async (e, em) => {
      await this.timeline.record(em, {
        workspaceId: e.workspaceId, contactId: e.referrerContactId, kind: TimelineKind.CLUB, summary: 'Referred a new customer',
        data: { step: 'referral_succeeded', referredContactId: e.referredContactId },
      });
    });
  }
}
