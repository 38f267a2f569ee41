import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('suppressions')
export class SuppressionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id', type: 'uuid' }) workspaceId: string;
  @Column({ type: 'text' }) channel: 'EMAIL' | 'SMS';
  @Column({ type: 'text' }) address: string;
  @Column({ type: 'text' }) reason: 'BOUNCED' | 'UNSUBSCRIBED' | 'COMPLAINED' | 'DO_NOT_CONTACT';
  @Column({ type: 'text', nullable: true }) detail: string | null;
  @Column({ name: 'message_id', type: 'uuid', nullable: true }) messageId: string | null;
  @Column({ name: 'created_by_member_id', type: 'uuid', nullable: true }) createdByMemberId: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
