import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Written only by the audit_row_change() trigger; read here. */
@Entity('audit_log')
export class AuditLogEntity {
  @PrimaryColumn({ name: 'workspace_id' }) workspaceId: string;
  @PrimaryColumn({ type: 'bigint' }) id: string;
  @Column({ name: 'occurred_at', type: 'timestamptz' }) occurredAt: Date;
  @Column({ name: 'actor_type' }) actorType: string;
  @Column({ name: 'actor_id', type: 'text', nullable: true }) actorId: string | null;
  @Column({ name: 'actor_label', type: 'text', nullable: true }) actorLabel: string | null;
  @Column({ name: 'request_id', type: 'text', nullable: true }) requestId: string | null;
  @Column() action: string;
  @Column() entity: string;
  @Column({ name: 'entity_id', type: 'text', nullable: true }) entityId: string | null;
  @Column({ type: 'jsonb' }) changes: Record<string, { before?: unknown; after?: unknown }>;
}
