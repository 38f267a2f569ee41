import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('club_members')
export class ClubMemberEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column({ name: 'contact_id' }) contactId: string;
  @Column() status: string;
  @Column({ name: 'joined_via' }) joinedVia: string;
  @Column({ name: 'joined_at', type: 'timestamptz' }) joinedAt: Date;
  @Column({ name: 'password_hash', type: 'text', nullable: true, select: false }) passwordHash: string | null;
  @Column({ name: 'password_set_at', type: 'timestamptz', nullable: true }) passwordSetAt: Date | null;
  @Column({ name: 'failed_password_count' }) failedPasswordCount: number;
  @Column({ name: 'password_locked_until', type: 'timestamptz', nullable: true }) passwordLockedUntil: Date | null;
  @Column({ name: 'last_sign_in_at', type: 'timestamptz', nullable: true }) lastSignInAt: Date | null;
  @Column({ name: 'blocked_at', type: 'timestamptz', nullable: true }) blockedAt: Date | null;
  @Column({ name: 'blocked_reason', type: 'text', nullable: true }) blockedReason: string | null;
  @Column({ name: 'welcome_sent_at', type: 'timestamptz', nullable: true }) welcomeSentAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
