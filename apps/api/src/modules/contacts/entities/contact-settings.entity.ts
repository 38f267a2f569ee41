import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn, CreateDateColumn, UpdateDateColumn } from 'typeorm';

@Entity('custom_field_definitions')
export class CustomFieldDefinitionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column() key: string;
  @Column() label: string;
  @Column() type: 'TEXT' | 'NUMBER' | 'DATE' | 'SELECT' | 'MULTI_SELECT';
  @Column({ type: 'text', array: true }) options: string[];
  @Column() required: boolean;
  @Column({ type: 'int' }) position: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('stage_changes')
export class StageChangeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column({ name: 'contact_id' }) contactId: string;
  @Column({ name: 'from_stage', type: 'text', nullable: true }) fromStage: string | null;
  @Column({ name: 'to_stage' }) toStage: string;
  @Column() reason: string;
  @Column() automatic: boolean;
  @Column({ name: 'changed_by_member_id', type: 'uuid', nullable: true }) changedByMemberId: string | null;
  @CreateDateColumn({ name: 'changed_at', type: 'timestamptz' }) changedAt: Date;
}

export interface LifecycleThresholds {
  clientMinOrders: number;
  clientWindowMonths: number;
  advocateMinReferrals: number;
  inactiveAfterDays: number;
  lostAfterDays: number;
}

@Entity('contact_settings')
export class ContactSettingsEntity {
  @PrimaryColumn({ name: 'workspace_id' }) workspaceId: string;
  @Column({ type: 'jsonb' }) lifecycle: Partial<LifecycleThresholds>;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
