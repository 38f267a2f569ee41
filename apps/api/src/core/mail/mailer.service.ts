import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../../config/app-config';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  headers?: Record<string, string>;
  /** Default: MAIL_FROM. */
  from?: string | { name: string; address: string };
  replyTo?: string;
  /** The Message-ID header, `<id@host>`: a stable one makes a resend recognisable as the same message. */
  messageId?: string;
  /** Sign this message with DKIM (nodemailer's per-message option). */
  dkim?: { domainName: string; keySelector: string; privateKey: string };
}

export type MailResult = { sent: true; messageId: string } | { sent: false; reason: 'no_transport' };

/** SMTP through nodemailer (pooled). Without SMTP_URL nothing pretends to be sent. */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.SMTP_URL) {
      const url = new URL(config.SMTP_URL);
      url.searchParams.set('pool', 'true');
      this.transport = nodemailer.createTransport(url.toString());
    }
  }

  async send(message: MailMessage): Promise<MailResult> {
    if (!this.transport) {
      this.logger.warn({ to: message.to, subject: message.subject }, 'email not sent: SMTP_URL is not configured');
      return { sent: false, reason: 'no_transport' };
    }
    const info = await this.transport.sendMail({ ...message, from: message.from ?? this.config.MAIL_FROM });
    return { sent: true, messageId: info.messageId };
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
