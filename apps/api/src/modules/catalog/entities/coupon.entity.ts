import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { moneyTransformer } from './money.transformer';

@Entity('coupons')
export class CouponEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  /** Normalised (see normaliseCouponCode): upper-case, ASCII digits, no spaces. */
  @Column() code: string;
  @Column({ type: 'text', nullable: true }) description: string | null;
  @Column() kind: 'PERCENT' | 'FIXED';
  /** PERCENT: basis points; FIXED: Rial. */
  @Column({ type: 'bigint', transformer: moneyTransformer }) value: number;
  @Column({ name: 'max_discount', type: 'bigint', nullable: true, transformer: moneyTransformer }) maxDiscount: number | null;
  @Column({ name: 'min_order_total', type: 'bigint', transformer: moneyTransformer }) minOrderTotal: number;
  @Column({ name: 'product_ids', type: 'uuid', array: true }) productIds: string[];
  @Column({ name: 'category_ids', type: 'uuid', array: true }) categoryIds: string[];
  @Column({ name: 'max_uses', type: 'int', nullable: true }) maxUses: number | null;
  @Column({ type: 'int' }) uses: number;
  @Column({ name: 'per_contact_limit', type: 'int', nullable: true }) perContactLimit: number | null;
  @Column({ name: 'contact_id', type: 'uuid', nullable: true }) contactId: string | null;
  @Column({ name: 'valid_from', type: 'timestamptz', nullable: true }) validFrom: Date | null;
  @Column({ name: 'valid_to', type: 'timestamptz', nullable: true }) validTo: Date | null;
  @Column() active: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('coupon_redemptions')
export class CouponRedemptionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column({ name: 'coupon_id' }) couponId: string;
  @Column({ name: 'contact_id', type: 'uuid', nullable: true }) contactId: string | null;
  @Column({ name: 'order_ref' }) orderRef: string;
  @Column({ type: 'bigint', transformer: moneyTransformer }) amount: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
