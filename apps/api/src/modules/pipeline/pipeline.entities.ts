import { Column, CreateDateColumn, Entity, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, ValueTransformer } from 'typeorm';

/** bigint Rial ⇄ number (amounts stay far below 2^53). */
const money: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | null) => (v == null ? null : Number(v)),
};

/** Migration 1764000000009. */
@Entity('pipeline_stages')
export class PipelineStageEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column({ name: 'name_fa' }) nameFa: string;
  @Column({ name: 'name_en' }) nameEn: string;
  @Column({ type: 'int' }) position: number;
  @Column({ type: 'int' }) probability: number;
  @Column() kind: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('opportunities')
export class OpportunityEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column() title: string;
  @Column({ name: 'contact_id' }) contactId: string;
  @Column({ name: 'organization_id', type: 'uuid', nullable: true }) organizationId: string | null;
  @Column({ name: 'stage_id' }) stageId: string;
  @Column({ type: 'bigint', transformer: money }) amount: number;
  @Column({ type: 'int' }) probability: number;
  @Column({ name: 'probability_overridden' }) probabilityOverridden: boolean;
  @Column({ name: 'expected_close_date', type: 'date', nullable: true }) expectedCloseDate: string | null;
  @Column({ name: 'owner_member_id', type: 'uuid', nullable: true }) ownerMemberId: string | null;
  @Column() status: string;
  @Column({ name: 'lost_reason', type: 'text', nullable: true }) lostReason: string | null;
  @Column({ name: 'won_at', type: 'timestamptz', nullable: true }) wonAt: Date | null;
  @Column({ name: 'lost_at', type: 'timestamptz', nullable: true }) lostAt: Date | null;
  @Column({ name: 'proforma_id', type: 'uuid', nullable: true }) proformaId: string | null;
  @Column({ type: 'int' }) position: number;
  @Column({ type: 'text', nullable: true }) notes: string | null;
  @Column({ name: 'created_by_member_id', type: 'uuid', nullable: true }) createdByMemberId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('sales_teams')
export class SalesTeamEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column() name: string;
  @Column({ name: 'lead_member_id', type: 'uuid', nullable: true }) leadMemberId: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('sales_team_members')
export class SalesTeamMemberEntity {
  @PrimaryColumn({ name: 'workspace_id' }) workspaceId: string;
  @PrimaryColumn({ name: 'team_id' }) teamId: string;
  @PrimaryColumn({ name: 'member_id' }) memberId: string;
}

@Entity('sales_quotas')
export class SalesQuotaEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column({ name: 'member_id', type: 'uuid', nullable: true }) memberId: string | null;
  @Column({ name: 'team_id', type: 'uuid', nullable: true }) teamId: string | null;
  @Column({ name: 'period_kind' }) periodKind: string;
  @Column({ name: 'jalali_year', type: 'int' }) jalaliYear: number;
  @Column({ name: 'period_index', type: 'int' }) periodIndex: number;
  @Column({ type: 'bigint', transformer: money }) target: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** A tier as stored: exactly one of fromAmount (Rial) / fromAttainmentPercent, by the rule's basis. */
export interface StoredTier {
  from: number;
  rateBp: number;
}

@Entity('commission_rules')
export class CommissionRuleEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'workspace_id' }) workspaceId: string;
  @Column() name: string;
  @Column({ name: 'applies_to' }) appliesTo: string;
  @Column({ name: 'member_id', type: 'uuid', nullable: true }) memberId: string | null;
  @Column({ name: 'team_id', type: 'uuid', nullable: true }) teamId: string | null;
  @Column() basis: string;
  @Column({ type: 'jsonb' }) tiers: StoredTier[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
