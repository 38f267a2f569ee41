import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { BusinessHoliday, BusinessHoursRange, Weekday } from '@peyvand/calendar';

/** A workspace's business hours and holidays; no row = the Iranian default in the workspace's time zone. */
@Entity('business_calendars')
export class BusinessCalendarEntity {
  @PrimaryColumn('uuid', { name: 'workspace_id' }) workspaceId: string;
  /** 0 = Sunday … 6 = Saturday. */
  @Column({ type: 'jsonb' }) week: Record<Weekday, BusinessHoursRange[]>;
  @Column({ type: 'jsonb' }) holidays: BusinessHoliday[];
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
