import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Mailer } from '../../core/mail/mailer.service';

/** What a channel reports back: sent (with the provider's id) or no transport configured. */
export type SendResult = { sent: true; providerMessageId: string } | { sent: false; reason: 'no transport' };

/** A failure that will not get better by retrying (rejected recipient, bad credentials, 4xx). */
export class PermanentDeliveryError extends Error {}

export interface OutgoingMessage {
  id: string;
  purpose: 'TRANSACTIONAL' | 'MARKETING';
  recipient: string;
  subject: string | null;
  bodyText: string;
  bodyHtml: string | null;
}

/** Email over the shared nodemailer transport (SMTP_URL), HTML + text; one-click List-Unsubscribe on marketing mail. */
@Injectable()
export class EmailChannel {
  constructor(
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async send(message: OutgoingMessage): Promise<SendResult> {
    const headers: Record<string, string> = { 'X-Peyvand-Message-Id': message.id };
    if (message.purpose === 'MARKETING') {
      headers['List-Unsubscribe'] = `<${new URL(`/unsubscribe/${message.id}`, this.config.PUBLIC_URL).toString()}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
    try {
      const result = await this.mailer.send({
        to: message.recipient,
        subject: message.subject ?? '',
        text: message.bodyText,
        html: message.bodyHtml ?? undefined,
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

/** One interface for every SMS provider adapter. */
export interface SmsProvider {
  readonly name: string;
  send(to: string, text: string): Promise<{ providerMessageId: string }>;
}

/**
 * Kavenegar-compatible HTTP API: POST {url}/v1/{apiKey}/sms/send.json (form: receptor, sender, message),
 * answering { return: { status, message }, entries: [{ messageid }] }. HTTP 4xx is permanent, 5xx and network errors are retried.
 */
export class KavenegarSmsProvider implements SmsProvider {
  readonly name = 'kavenegar';

  constructor(private readonly options: { url: string; apiKey: string; sender?: string; timeoutMs?: number }) {}

  async send(to: string, text: string): Promise<{ providerMessageId: string }> {
    const body = new URLSearchParams({ receptor: to.replace(/^\+/, ''), message: text });
    if (this.options.sender) body.set('sender', this.options.sender);
    const url = `${this.options.url.replace(/\/$/, '')}/v1/${encodeURIComponent(this.options.apiKey)}/sms/send.json`;
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', accept: 'application/json' },
      body,
      signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
    });
    const raw = await res.text();
    let json: { return?: { status?: number; message?: string }; entries?: Array<{ messageid?: number | string }> } = {};
    try {
      json = JSON.parse(raw);
    } catch {
      /* not JSON: keep the raw text in the error */
    }
    const detail = `${this.name} HTTP ${res.status}${json.return ? ` (${json.return.status}: ${json.return.message})` : `: ${raw.slice(0, 200)}`}`;
    if (res.status >= 400 && res.status < 500) throw new PermanentDeliveryError(detail);
    if (!res.ok || json.return?.status !== 200) throw new Error(detail);
    const id = json.entries?.[0]?.messageid;
    if (id === undefined) throw new Error(`${this.name}: no message id in the answer`);
    return { providerMessageId: String(id) };
  }
}

/** SMS through the configured provider; none configured → "no transport". */
@Injectable()
export class SmsChannel {
  private readonly provider?: SmsProvider;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (config.SMS_PROVIDER === 'kavenegar' && config.SMS_KAVENEGAR_API_KEY) {
      this.provider = new KavenegarSmsProvider({ url: config.SMS_KAVENEGAR_URL, apiKey: config.SMS_KAVENEGAR_API_KEY, sender: config.SMS_SENDER });
    }
  }

  async send(message: OutgoingMessage): Promise<SendResult> {
    if (!this.provider) return { sent: false, reason: 'no transport' };
    const { providerMessageId } = await this.provider.send(message.recipient, message.bodyText);
    return { sent: true, providerMessageId };
  }
}
