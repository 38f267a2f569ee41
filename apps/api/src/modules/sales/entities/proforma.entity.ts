import { rialColumn } from './rial.column';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('proformas')
export class ProformaEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column({ type: 'int' }) number: number;
  @Column({ name: 'contact_id', type: 'uuid' }) contactId: string;
  @Column({ name: 'owner_member_id', type: 'uuid', nullable: true }) ownerMemberId: string | null;
  @Column() source: string;
  @Column() status: string;
  @Column({ name: 'coupon_code', type: 'text', nullable: true }) couponCode: string | null;
  @Column(rialColumn()) subtotal: number;
  @Column(rialColumn('discount_total')) discountTotal: number;
  @Column(rialColumn('coupon_discount')) couponDiscount: number;
  @Column(rialColumn('tax_total')) taxTotal: number;
  @Column(rialColumn()) total: number;
  @Column({ name: 'validity_days', type: 'int' }) validityDays: number;
  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true }) expiresAt: Date | null;
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true }) confirmedAt: Date | null;
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true }) cancelledAt: Date | null;
  @Column({ name: 'cancel_reason', type: 'text', nullable: true }) cancelReason: string | null;
  @Column({ name: 'expired_at', type: 'timestamptz', nullable: true }) expiredAt: Date | null;
  @Column({ name: 'invoiced_at', type: 'timestamptz', nullable: true }) invoicedAt: Date | null;
  @Column({ type: 'text', nullable: true }) notes: string | null;
  @Column({ name: 'created_by_member_id', type: 'uuid', nullable: true }) createdByMemberId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('proforma_lines')
export class ProformaLineEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column({ name: 'proforma_id', type: 'uuid' }) proformaId: string;
  @Column({ type: 'int' }) position: number;
  @Column({ name: 'product_id', type: 'uuid' }) productId: string;
  /** Name, SKU and unit as sold (the document keeps them when the product is renamed later). */
  @Column({ name: 'product_name' }) productName: string;
  @Column({ name: 'product_sku' }) productSku: string;
  @Column({ type: 'text', nullable: true }) unit: string | null;
  @Column({ type: 'int' }) quantity: number;
  @Column(rialColumn('unit_base_price')) unitBasePrice: number;
  @Column(rialColumn('unit_price')) unitPrice: number;
  @Column(rialColumn()) discount: number;
  @Column(rialColumn('coupon_discount')) couponDiscount: number;
  @Column({ name: 'tax_rate_bp', type: 'int' }) taxRateBp: number;
  @Column(rialColumn()) tax: number;
  @Column(rialColumn()) total: number;
  @Column({ name: 'price_list_id', type: 'uuid', nullable: true }) priceListId: string | null;
}
