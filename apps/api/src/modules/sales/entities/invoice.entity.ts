import { rialColumn } from './rial.column';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('invoices')
export class InvoiceEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column({ name: 'proforma_id', type: 'uuid' }) proformaId: string;
  @Column({ name: 'contact_id', type: 'uuid' }) contactId: string;
  @Column({ name: 'owner_member_id', type: 'uuid', nullable: true }) ownerMemberId: string | null;
  @Column({ name: 'jalali_year', type: 'int' }) jalaliYear: number;
  @Column({ type: 'int' }) number: number;
  @Column(rialColumn()) subtotal: number;
  @Column(rialColumn('discount_total')) discountTotal: number;
  @Column(rialColumn('coupon_discount')) couponDiscount: number;
  @Column(rialColumn('tax_total')) taxTotal: number;
  @Column(rialColumn()) total: number;
  @Column(rialColumn('paid_total')) paidTotal: number;
  @Column({ name: 'payment_status' }) paymentStatus: string;
  @Column() status: string;
  @Column({ name: 'issued_at', type: 'timestamptz' }) issuedAt: Date;
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true }) cancelledAt: Date | null;
  @Column({ name: 'cancel_reason', type: 'text', nullable: true }) cancelReason: string | null;
  /** When the order became complete (paid in full and delivered): the moment sales.order_completed was published. */
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true }) completedAt: Date | null;
  @Column({ name: 'created_by_member_id', type: 'uuid', nullable: true }) createdByMemberId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('invoice_payments')
export class InvoicePaymentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column({ name: 'invoice_id', type: 'uuid' }) invoiceId: string;
  @Column(rialColumn()) amount: number;
  @Column() method: string;
  @Column({ type: 'text', nullable: true }) reference: string | null;
  @Column({ name: 'paid_at', type: 'timestamptz' }) paidAt: Date;
  @Column({ name: 'recorded_by_member_id', type: 'uuid', nullable: true }) recordedByMemberId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
