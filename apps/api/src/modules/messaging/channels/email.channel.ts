import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { Mailer } from '../../../core/mail/mailer.service';
import { MessagingSettingsService } from '../settings/messaging-settings.service';
import { UnsubscribeLinks } from '../unsubscribe/unsubscribe-links';
import { OutgoingMessage, PermanentDeliveryError, SendResult } from './sms-provider';

/**
 * Email over the shared pooled nodemailer transport (SMTP_URL), HTML + text, with the workspace's From, Reply-To and
 * DKIM signature. The Message-ID is derived from the outbox id, so a resend after a crash carries the same id (and
 * receivers and our bounce webhook recognise it); marketing mail carries one-click List-Unsubscribe (RFC 8058).
 */
@Injectable()
export class EmailChannel {
  private readonly host: string;

  constructor(
    private readonly mailer: Mailer,
    private readonly settings: MessagingSettingsService,
    private readonly unsubscribe: UnsubscribeLinks,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.host = new URL(config.PUBLIC_URL).hostname;
  }

  /** The Message-ID header of an outbox message. */
  messageIdOf(id: string): string {
    return `<${id}@${this.host}>`;
  }

  async send(workspaceId: string, message: OutgoingMessage): Promise<SendResult> {
    const settings = await this.settings.forWorkspace(workspaceId);
    // Configured to sign but the key cannot be read: not sent unsigned behind the workspace's back.
    if (settings.dkimError) throw new PermanentDeliveryError(settings.dkimError);
    const headers: Record<string, string> = { 'X-Peyvand-Message-Id': message.id };
    if (message.purpose === 'MARKETING') {
      const links = [`<${this.unsubscribe.url(workspaceId, message.id)}>`];
      // A mailto only where a person reads the mailbox (the workspace's Reply-To): nobody processes the default From.
      if (settings.emailReplyTo) links.push(`<mailto:${settings.emailReplyTo}?subject=${encodeURIComponent('unsubscribe')}>`);
      headers['List-Unsubscribe'] = links.join(', ');
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    try {
      const result = await this.mailer.send({
        from: settings.emailFrom.name ? settings.emailFrom : settings.emailFrom.address,
        replyTo: settings.emailReplyTo ?? undefined,
        to: message.recipient,
        subject: message.subject ?? '',
        text: message.bodyText,
        html: message.bodyHtml ?? undefined,
        messageId: this.messageIdOf(message.id),
        dkim: settings.dkim ?? undefined,
        headers,
      });
      return result.sent ? { sent: true, providerMessageId: result.messageId } : { sent: false, reason: 'no transport' };
    } catch (e) {
      const code = (e as { responseCode?: number }).responseCode;
      if (code && code >= 500 && code < 600) throw new PermanentDeliveryError(`SMTP ${code}: ${(e as Error).message}`);
      throw e;
    }
  }
}
