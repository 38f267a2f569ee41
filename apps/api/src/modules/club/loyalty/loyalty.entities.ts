import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { moneyTransformer } from '../../catalog/entities/money.transformer';
import type { ClubNewsKind, SurveyQuestion } from './models/loyalty.models';

@Entity('loyalty_entries')
export class LoyaltyEntryEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column({ name: 'contact_id' }) contactId: string;
  @Column() kind: string;
  @Column() source: string;
  @Column({ type: 'int' }) delta: number;
  @Column() reason: string;
  @Column({ name: 'source_ref', type: 'text', nullable: true }) sourceRef: string | null;
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true }) expiresAt: Date | null;
  @Column({ type: 'int' }) remaining: number;
  @Column({ name: 'actor_member_id', type: 'uuid', nullable: true }) actorMemberId: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity('loyalty_tiers')
export class TierEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column() code: string;
  @Column() name: string;
  @Column({ type: 'int' }) threshold: number;
  @Column({ name: 'multiplier_percent', type: 'int' }) multiplierPercent: number;
  @Column({ name: 'price_list_id', type: 'uuid', nullable: true }) priceListId: string | null;
  @Column({ name: 'free_shipping' }) freeShipping: boolean;
  @Column({ type: 'text', nullable: true }) benefits: string | null;
}

@Entity('loyalty_rewards')
export class RewardEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column() kind: string;
  @Column() name: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column({ name: 'points_cost', type: 'int' }) pointsCost: number;
  @Column({ name: 'voucher_kind', type: 'text', nullable: true }) voucherKind: string | null;
  @Column({ name: 'voucher_value', type: 'bigint', nullable: true, transformer: moneyTransformer }) voucherValue: number | null;
  @Column({ name: 'max_discount', type: 'bigint', nullable: true, transformer: moneyTransformer }) maxDiscount: number | null;
  @Column({ name: 'min_order_total', type: 'bigint', transformer: moneyTransformer }) minOrderTotal: number;
  @Column({ name: 'valid_days', type: 'int' }) validDays: number;
  @Column({ name: 'product_id', type: 'uuid', nullable: true }) productId: string | null;
  @Column({ name: 'category_id', type: 'uuid', nullable: true }) categoryId: string | null;
  @Column({ name: 'stamps_required', type: 'int', nullable: true }) stampsRequired: number | null;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt: Date;
}

@Entity('club_news')
export class ClubNewsEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column() title: string;
  @Column() body: string;
  @Column({ name: 'title_en', type: 'text', nullable: true }) titleEn: string | null;
  @Column({ name: 'body_en', type: 'text', nullable: true }) bodyEn: string | null;
  @Column({ type: 'text', nullable: true }) url: string | null;
  @Column({ name: 'image_url', type: 'text', nullable: true }) imageUrl: string | null;
  @Column({ type: 'int', nullable: true }) points: number | null;
  @Column({ type: 'text', default: 'NEWS' }) kind: ClubNewsKind;
  /** Surveys: SurveyQuestion[] (ClubNewsService validates it). */
  @Column({ type: 'jsonb', default: () => `'[]'` }) questions: SurveyQuestion[];
  @Column({ name: 'ends_at', type: 'timestamptz', nullable: true }) endsAt: Date | null;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt: Date | null;
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true }) archivedAt: Date | null;
  @Column({ name: 'created_at', type: 'timestamptz', insert: false, update: false }) createdAt: Date;
}
