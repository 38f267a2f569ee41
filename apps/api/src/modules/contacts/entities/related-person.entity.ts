import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('related_people')
export class RelatedPersonEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column({ name: 'contact_id' }) contactId: string;
  @Column() relation: string;
  @Column() name: string;
  @Column({ name: 'related_contact_id', type: 'uuid', nullable: true }) relatedContactId: string | null;
  @Column({ name: 'birth_calendar', type: 'text', nullable: true }) birthCalendar: 'JALALI' | 'GREGORIAN' | null;
  @Column({ name: 'birth_year', type: 'int', nullable: true }) birthYear: number | null;
  @Column({ name: 'birth_month', type: 'int', nullable: true }) birthMonth: number | null;
  @Column({ name: 'birth_day', type: 'int', nullable: true }) birthDay: number | null;
  @Column({ type: 'text', nullable: true }) preferences: string | null;
  @Column({ type: 'text', nullable: true }) notes: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
