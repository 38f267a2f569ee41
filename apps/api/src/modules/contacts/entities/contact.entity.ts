import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export interface ConsentState {
  status: 'GRANTED' | 'WITHDRAWN';
  changedAt: string;
  source: string;
}

@Entity('contacts')
export class ContactEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column({ name: 'first_name' }) firstName: string;
  @Column({ name: 'last_name' }) lastName: string;
  @Column({ type: 'text', nullable: true }) gender: string | null;
  @Column({ name: 'birth_calendar', type: 'text', nullable: true }) birthCalendar: 'JALALI' | 'GREGORIAN' | null;
  @Column({ name: 'birth_year', type: 'int', nullable: true }) birthYear: number | null;
  @Column({ name: 'birth_month', type: 'int', nullable: true }) birthMonth: number | null;
  @Column({ name: 'birth_day', type: 'int', nullable: true }) birthDay: number | null;
  @Column({ type: 'text', nullable: true }) email: string | null;
  /** E.164 of the primary phone, denormalised for lists. */
  @Column({ name: 'primary_phone', type: 'text', nullable: true }) primaryPhone: string | null;
  @Column({ type: 'text', nullable: true }) province: string | null;
  @Column({ type: 'text', nullable: true }) city: string | null;
  @Column({ type: 'text', nullable: true }) address: string | null;
  @Column() source: string;
  @Column({ type: 'text', array: true }) tags: string[];
  @Column({ name: 'owner_member_id', type: 'uuid', nullable: true }) ownerMemberId: string | null;
  @Column({ type: 'text', nullable: true }) notes: string | null;
  @Column() stage: string;
  @Column({ type: 'jsonb' }) consents: Partial<Record<'EMAIL' | 'SMS' | 'CALL', ConsentState>>;
  @Column({ name: 'custom_fields', type: 'jsonb' }) customFields: Record<string, unknown>;
  @Column({ name: 'search_text', select: false }) searchText: string;
  @Column({ name: 'order_count' }) orderCount: number;
  /** The latest orders' times (at most 100), for "N orders in M months". */
  @Column({ name: 'recent_orders', type: 'timestamptz', array: true }) recentOrders: Date[];
  @Column({ name: 'last_order_at', type: 'timestamptz', nullable: true }) lastOrderAt: Date | null;
  @Column({ name: 'referral_count' }) referralCount: number;
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true }) mergedIntoId: string | null;
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true }) deletedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
