import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { StaffRole } from '../../core/auth/permissions';
import { UserEntity } from './user.entity';

export type MemberStatus = 'ACTIVE' | 'DISABLED';

/** A staff member: a user's membership of one workspace with a role. */
@Entity('workspace_members')
export class WorkspaceMemberEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column({ name: 'user_id' }) userId: string;
  @ManyToOne(() => UserEntity) @JoinColumn({ name: 'user_id' }) user?: UserEntity;
  @Column({ type: 'text' }) role: StaffRole;
  @Column({ type: 'text' }) status: MemberStatus;
  @Column({ name: 'phone_extension', type: 'text', nullable: true }) phoneExtension: string | null;
  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true }) lastLoginAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
