import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

@Entity('messages')
export class MessageEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column({ name: 'contact_id', type: 'uuid', nullable: true }) contactId: string | null;
  @Column() channel: 'EMAIL' | 'SMS';
  @Column() direction: 'IN' | 'OUT';
  @Column() purpose: 'TRANSACTIONAL' | 'MARKETING';
  @Column({ name: 'template_id', type: 'uuid', nullable: true }) templateId: string | null;
  @Column({ name: 'template_key', type: 'text', nullable: true }) templateKey: string | null;
  @Column() recipient: string;
  @Column({ type: 'text', nullable: true }) subject: string | null;
  @Column({ name: 'body_text' }) bodyText: string;
  @Column({ name: 'body_html', type: 'text', nullable: true }) bodyHtml: string | null;
  @Column({ type: 'text' }) language: 'fa' | 'en';
  @Column() status: string;
  @Column({ name: 'status_reason', type: 'text', nullable: true }) statusReason: string | null;
  @Column({ name: 'provider_message_id', type: 'text', nullable: true }) providerMessageId: string | null;
  @Column() attempts: number;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
  @Column({ name: 'idempotency_key', type: 'text', nullable: true }) idempotencyKey: string | null;
  @Column({ name: 'created_by_member_id', type: 'uuid', nullable: true }) createdByMemberId: string | null;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true }) deliveredAt: Date | null;
  @Column({ name: 'member_id', type: 'uuid', nullable: true }) memberId: string | null;
}

@Entity('message_events')
export class MessageEventEntity {
  @PrimaryColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column({ name: 'message_id' }) messageId: string;
  @Column() status: string;
  @Column({ type: 'text', nullable: true }) detail: string | null;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt: Date;
}
