import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { HttpGatewayConfig } from '../channels/http-gateway.provider';

export type SmsProviderSetting = 'DEFAULT' | 'NONE' | 'KAVENEGAR' | 'HTTP_GATEWAY';

/** Non-secret SMS adapter configuration, kept per adapter so switching providers back and forth loses nothing. */
export interface SmsConfig {
  kavenegar?: { url?: string | null };
  gateway?: HttpGatewayConfig;
}

/** One row per workspace (none until the first save: defaults apply). Secrets are SecretBox values. */
@Entity('messaging_settings')
export class MessagingSettingsEntity {
  @PrimaryColumn({ name: 'workspace_id', type: 'uuid' }) workspaceId: string;
  @Column({ name: 'email_from_name', type: 'text', nullable: true }) emailFromName: string | null;
  @Column({ name: 'email_from_address', type: 'text', nullable: true }) emailFromAddress: string | null;
  @Column({ name: 'email_reply_to', type: 'text', nullable: true }) emailReplyTo: string | null;
  @Column({ name: 'dkim_domain', type: 'text', nullable: true }) dkimDomain: string | null;
  @Column({ name: 'dkim_selector', type: 'text', nullable: true }) dkimSelector: string | null;
  @Column({ name: 'dkim_private_key_enc', type: 'text', nullable: true }) dkimPrivateKeyEnc: string | null;
  @Column({ name: 'sms_provider', type: 'text' }) smsProvider: SmsProviderSetting;
  @Column({ name: 'sms_sender', type: 'text', nullable: true }) smsSender: string | null;
  @Column({ name: 'sms_config', type: 'jsonb' }) smsConfig: SmsConfig;
  @Column({ name: 'sms_credentials_enc', type: 'text', nullable: true }) smsCredentialsEnc: string | null;
  @Column({ name: 'email_per_second', type: 'int' }) emailPerSecond: number;
  @Column({ name: 'sms_per_second', type: 'int' }) smsPerSecond: number;
  @Column({ name: 'quiet_hours_start', type: 'smallint' }) quietHoursStart: number;
  @Column({ name: 'quiet_hours_end', type: 'smallint' }) quietHoursEnd: number;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
