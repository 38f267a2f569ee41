import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { MessagingSettingsService, WorkspaceMessagingSettings } from '../settings/messaging-settings.service';
import { HttpGatewaySmsProvider } from './http-gateway.provider';
import { KavenegarSmsProvider } from './kavenegar.provider';
import { OutgoingMessage, PermanentDeliveryError, SendResult, SmsProvider } from './sms-provider';

/**
 * SMS through the workspace's provider (messaging settings): DEFAULT = the server's SMS_PROVIDER, NONE, KAVENEGAR or
 * a generic HTTP gateway. No provider → "no transport". Providers are built once per workspace and settings version.
 */
@Injectable()
export class SmsChannel {
  private readonly serverDefault: SmsProvider | null;
  private readonly providers = new Map<string, { version: number; provider: SmsProvider | null }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly settings: MessagingSettingsService,
  ) {
    this.serverDefault =
      config.SMS_PROVIDER === 'kavenegar' && config.SMS_KAVENEGAR_API_KEY
        ? new KavenegarSmsProvider({ url: config.SMS_KAVENEGAR_URL, apiKey: config.SMS_KAVENEGAR_API_KEY, sender: config.SMS_SENDER })
        : null;
  }

  async send(workspaceId: string, message: OutgoingMessage): Promise<SendResult> {
    const provider = await this.providerFor(workspaceId);
    if (!provider) return { sent: false, reason: 'no transport' };
    const { providerMessageId } = await provider.send({ to: message.recipient, text: message.bodyText, localId: message.id });
    return { sent: true, providerMessageId };
  }

  /** The workspace's provider (null: none configured). */
  async providerFor(workspaceId: string): Promise<SmsProvider | null> {
    const settings = await this.settings.forWorkspace(workspaceId);
    const version = settings.updatedAt?.getTime() ?? 0;
    const cached = this.providers.get(workspaceId);
    if (cached && cached.version === version) return cached.provider;
    const provider = this.build(settings);
    this.providers.set(workspaceId, { version, provider });
    return provider;
  }

  private build(s: WorkspaceMessagingSettings): SmsProvider | null {
    const needCredentials = () => {
      if (s.smsCredentialsError) throw new PermanentDeliveryError(s.smsCredentialsError);
      return s.smsCredentials;
    };
    switch (s.smsProvider) {
      case 'NONE':
        return null;
      case 'KAVENEGAR': {
        const { apiKey } = needCredentials();
        if (!apiKey) throw new PermanentDeliveryError('Kavenegar is selected but no API key is stored (messaging settings)');
        return new KavenegarSmsProvider({ url: s.kavenegarUrl ?? this.config.SMS_KAVENEGAR_URL, apiKey, sender: s.smsSender ?? undefined });
      }
      case 'HTTP_GATEWAY':
        if (!s.smsGateway) throw new PermanentDeliveryError('the HTTP gateway is selected but not configured (messaging settings)');
        return new HttpGatewaySmsProvider(s.smsGateway, { credentials: needCredentials(), sender: s.smsSender });
      default:
        return this.serverDefault;
    }
  }
}
