import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('organizations')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column() name: string;
  @Column({ type: 'text', nullable: true }) email: string | null;
  @Column({ name: 'phone_e164', type: 'text', nullable: true }) phoneE164: string | null;
  @Column({ type: 'text', nullable: true }) industry: string | null;
  @Column({ type: 'text', nullable: true }) city: string | null;
  @Column({ type: 'text', nullable: true }) address: string | null;
  @Column({ type: 'text', array: true }) tags: string[];
  @Column({ name: 'search_text', select: false }) searchText: string;
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true }) deletedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('contact_organizations')
export class ContactOrganizationEntity {
  @PrimaryColumn({ name: 'workspace_id' }) workspaceId: string;
  @PrimaryColumn({ name: 'contact_id' }) contactId: string;
  @PrimaryColumn({ name: 'organization_id' }) organizationId: string;
  @Column({ type: 'text', nullable: true }) title: string | null;
}
