import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

@Entity('club_settings')
export class ClubSettingsEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' }) workspaceId: string;
  @Column() enabled: boolean;
  @Column() approach: string;
  @Column({ name: 'after_sales_panel' }) afterSalesPanel: boolean;
  @Column({ name: 'display_name_fa', type: 'text', nullable: true }) displayNameFa: string | null;
  @Column({ name: 'display_name_en', type: 'text', nullable: true }) displayNameEn: string | null;
  @Column({ name: 'logo_url', type: 'text', nullable: true }) logoUrl: string | null;
  @Column({ name: 'primary_color', type: 'text', nullable: true }) primaryColor: string | null;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
