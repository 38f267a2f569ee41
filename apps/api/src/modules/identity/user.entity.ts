import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A person who signs in; global, so one login can belong to several workspaces. */
@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() email: string;
  @Column({ name: 'password_hash', select: false }) passwordHash: string;
  @Column({ name: 'full_name' }) fullName: string;
  @Column() locale: 'fa' | 'en';
  /** Mobile number (E.164) for staff alerts by SMS. */
  @Column({ type: 'text', nullable: true }) phone: string | null;
  @Column({ name: 'failed_login_count' }) failedLoginCount: number;
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true }) lockedUntil: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
