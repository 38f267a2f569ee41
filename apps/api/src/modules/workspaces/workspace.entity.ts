import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export interface ClubBrandingSettings {
  primaryColor?: string;
  logoUrl?: string;
  tagline?: string;
}

@Entity('workspaces')
export class WorkspaceEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column() name: string;
  @Column() slug: string;
  @Column() timezone: string;
  @Column({ name: 'default_locale' }) defaultLocale: 'fa' | 'en';
  @Column({ name: 'display_currency' }) displayCurrency: 'IRR' | 'IRT';
  @Column({ type: 'jsonb' }) branding: ClubBrandingSettings;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
