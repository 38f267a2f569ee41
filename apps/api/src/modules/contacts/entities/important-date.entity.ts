import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('important_dates')
export class ImportantDateEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column({ name: 'contact_id', type: 'uuid', nullable: true }) contactId: string | null;
  @Column({ name: 'related_person_id', type: 'uuid', nullable: true }) relatedPersonId: string | null;
  @Column({ name: 'organization_id', type: 'uuid', nullable: true }) organizationId: string | null;
  @Column() kind: string;
  @Column({ type: 'text', nullable: true }) title: string | null;
  @Column() calendar: 'JALALI' | 'GREGORIAN';
  @Column({ type: 'int', nullable: true }) year: number | null;
  @Column({ type: 'int' }) month: number;
  @Column({ type: 'int' }) day: number;
  @Column() recurrence: 'YEARLY' | 'ONCE';
  @Column({ name: 'reminder_days_before', type: 'int' }) reminderDaysBefore: number;
  @Column() channel: string;
  @Column({ name: 'message_template', type: 'text', nullable: true }) messageTemplate: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
