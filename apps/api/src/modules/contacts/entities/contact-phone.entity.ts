import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('contact_phones')
export class ContactPhoneEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column({ name: 'contact_id' }) contactId: string;
  @Column() e164: string;
  @Column() kind: 'MOBILE' | 'LANDLINE' | 'FOREIGN';
  @Column({ type: 'text', nullable: true }) label: string | null;
  @Column({ name: 'is_primary' }) isPrimary: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
