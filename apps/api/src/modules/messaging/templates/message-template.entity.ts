import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A workspace's template for one channel and language (table created by migration 1764000000004). */
@Entity('message_templates')
export class MessageTemplateEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column() key: string;
  @Column() name: string;
  @Column() channel: 'EMAIL' | 'SMS';
  @Column() language: 'fa' | 'en';
  @Column() purpose: 'TRANSACTIONAL' | 'MARKETING';
  @Column({ type: 'text', nullable: true }) subject: string | null;
  @Column() body: string;
  /** The catalog variables the subject and body use, kept at save. */
  @Column({ type: 'text', array: true }) variables: string[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
