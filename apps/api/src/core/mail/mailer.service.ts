import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { connect, Socket } from 'node:net';
import nodemailer, { Transporter } from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseConnectionUrl } = require('nodemailer/lib/shared') as { parseConnectionUrl(url: string): Record<string, unknown> };
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
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.SMTP_URL) {
      // nodemailer's own URL parser keeps every SMTP_URL option (auth, secure, ?maxConnections=…) as documented.
      const fromUrl = parseConnectionUrl(config.SMTP_URL);
      this.transport = nodemailer.createTransport({
        // Ten pooled connections unless SMTP_URL says otherwise (?maxConnections=…): nodemailer's five leave bulk sends
        // waiting on round trips (docs/BENCHMARKS.md, messaging).
        maxConnections: 10,
        ...fromUrl,
        pool: true,
        // nodemailer connects with Nagle's algorithm on: the final "." of each message then waits for the server's
        // delayed ACK (40 ms on Linux), capping a pooled connection at ~20 messages/s. Connect without delay.
        getSocket: (options: { host: string; port: number }, callback: (err: Error | null, socket?: { connection: Socket }) => void) => {
          const socket = connect({ host: options.host, port: options.port, noDelay: true }, () => callback(null, { connection: socket }));
          socket.once('error', (error) => callback(error));
        },
      } as unknown as SMTPPool.Options);
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

  /** After the job workers have stopped (beforeApplicationShutdown), so a mail job in flight still sends. */
  onApplicationShutdown(): void {
    this.transport?.close();
  }
}
