import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity('ticket_queues')
export class TicketQueueEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column() name: string;
  @Column({ name: 'member_ids', type: 'uuid', array: true }) memberIds: string[];
  @Column({ name: 'assignment_mode' }) assignmentMode: string;
  @Column({ name: 'fixed_member_id', type: 'uuid', nullable: true }) fixedMemberId: string | null;
  @Column({ name: 'supervisor_member_id', type: 'uuid', nullable: true }) supervisorMemberId: string | null;
  @Column({ name: 'round_robin_cursor', type: 'bigint', select: false, insert: false, update: false }) roundRobinCursor: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('ticket_categories')
export class TicketCategoryEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column({ name: 'name_fa' }) nameFa: string;
  @Column({ name: 'name_en' }) nameEn: string;
  @Column({ name: 'queue_id', type: 'uuid', nullable: true }) queueId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('sla_policies')
export class SlaPolicyEntity {
  @PrimaryColumn({ name: 'workspace_id' }) workspaceId: string;
  @PrimaryColumn() priority: string;
  @Column({ name: 'first_response_minutes', type: 'int' }) firstResponseMinutes: number;
  @Column({ name: 'resolution_minutes', type: 'int' }) resolutionMinutes: number;
  @Column({ name: 'warn_before_minutes', type: 'int' }) warnBeforeMinutes: number;
}

@Entity('tickets')
export class TicketEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column({ type: 'int' }) number: number;
  @Column({ name: 'contact_id', type: 'uuid' }) contactId: string;
  @Column({ name: 'category_id', type: 'uuid', nullable: true }) categoryId: string | null;
  @Column({ name: 'queue_id', type: 'uuid', nullable: true }) queueId: string | null;
  @Column() type: string;
  @Column() priority: string;
  @Column() channel: string;
  @Column() subject: string;
  @Column() status: string;
  @Column({ name: 'assignee_member_id', type: 'uuid', nullable: true }) assigneeMemberId: string | null;
  @Column({ name: 'related_invoice_id', type: 'uuid', nullable: true }) relatedInvoiceId: string | null;
  @Column({ name: 'related_product_id', type: 'uuid', nullable: true }) relatedProductId: string | null;
  @Column({ type: 'text', array: true }) tags: string[];
  @Column({ name: 'created_by_member_id', type: 'uuid', nullable: true }) createdByMemberId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column({ name: 'first_response_at', type: 'timestamptz', nullable: true }) firstResponseAt: Date | null;
  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true }) resolvedAt: Date | null;
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true }) closedAt: Date | null;
  @Column({ name: 'reopened_count', type: 'int' }) reopenedCount: number;
  @Column({ name: 'first_response_due_at', type: 'timestamptz', nullable: true }) firstResponseDueAt: Date | null;
  @Column({ name: 'resolution_due_at', type: 'timestamptz', nullable: true }) resolutionDueAt: Date | null;
  @Column({ name: 'sla_warned_at', type: 'timestamptz', nullable: true }) slaWarnedAt: Date | null;
  @Column({ name: 'sla_breached_at', type: 'timestamptz', nullable: true }) slaBreachedAt: Date | null;
  @Column({ name: 'csat_score', type: 'smallint', nullable: true }) csatScore: number | null;
  @Column({ name: 'csat_comment', type: 'text', nullable: true }) csatComment: string | null;
  @Column({ name: 'csat_requested_at', type: 'timestamptz', nullable: true }) csatRequestedAt: Date | null;
  @Column({ name: 'csat_rated_at', type: 'timestamptz', nullable: true }) csatRatedAt: Date | null;
  @Column({ name: 'resolution_warned_at', type: 'timestamptz', nullable: true }) resolutionWarnedAt: Date | null;
  @Column({ name: 'sla_paused_at', type: 'timestamptz', nullable: true }) slaPausedAt: Date | null;
  @Column({ name: 'sla_paused_minutes', type: 'int', default: 0 }) slaPausedMinutes: number;
}

@Entity('ticket_messages')
export class TicketMessageEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column({ name: 'ticket_id', type: 'uuid' }) ticketId: string;
  @Column() kind: string;
  @Column({ name: 'author_member_id', type: 'uuid', nullable: true }) authorMemberId: string | null;
  @Column({ name: 'author_contact_id', type: 'uuid', nullable: true }) authorContactId: string | null;
  @Column() body: string;
  @Column() channel: string;
  @Column({ name: 'external_id', type: 'text', nullable: true }) externalId: string | null;
  @Column({ name: 'outbound_message_id', type: 'uuid', nullable: true }) outboundMessageId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity('ticket_events')
export class TicketEventEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column({ name: 'ticket_id', type: 'uuid' }) ticketId: string;
  @Column() kind: string;
  @Column({ name: 'from_value', type: 'text', nullable: true }) fromValue: string | null;
  @Column({ name: 'to_value', type: 'text', nullable: true }) toValue: string | null;
  @Column({ name: 'actor_member_id', type: 'uuid', nullable: true }) actorMemberId: string | null;
  @Column({ type: 'jsonb' }) data: Record<string, unknown>;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity('ticket_attachments')
export class TicketAttachmentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column({ name: 'ticket_id', type: 'uuid', nullable: true }) ticketId: string | null;
  @Column({ name: 'message_id', type: 'uuid', nullable: true }) messageId: string | null;
  @Column({ name: 'file_name' }) fileName: string;
  @Column({ name: 'content_type' }) contentType: string;
  @Column({ name: 'size_bytes', type: 'int' }) sizeBytes: number;
  @Column() sha256: string;
  @Column({ name: 'storage_key' }) storageKey: string;
  @Column({ name: 'uploaded_by_member_id', type: 'uuid', nullable: true }) uploadedByMemberId: string | null;
  @Column({ name: 'uploaded_by_contact_id', type: 'uuid', nullable: true }) uploadedByContactId: string | null;
  @Column({ name: 'uploaded_by_api_key_id', type: 'uuid', nullable: true }) uploadedByApiKeyId: string | null;
  @Column() source: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

@Entity('ticket_macros')
export class TicketMacroEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column() name: string;
  @Column() body: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('ticket_settings')
export class TicketSettingsEntity {
  @PrimaryColumn({ name: 'workspace_id' }) workspaceId: string;
  @Column({ name: 'auto_close_days', type: 'int' }) autoCloseDays: number;
  @Column({ name: 'sms_keywords', type: 'text', array: true }) smsKeywords: string[];
  @Column({ name: 'csat_enabled' }) csatEnabled: boolean;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
