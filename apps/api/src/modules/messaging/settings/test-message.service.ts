import { Injectable } from '@nestjs/common';
import { normalizePhone } from '@peyvand/phone';
import { randomUUID } from 'node:crypto';
import { RequestContext } from '../../../core/context/request-context';
import { BadInputError } from '../../../core/errors/domain-errors';
import { EmailChannel } from '../channels/email.channel';
import { SmsChannel } from '../channels/sms.channel';
import { OutgoingMessage } from '../channels/sms-provider';
import { MessageChannel } from '../message.model';
import { TestMessageResult } from './messaging-settings.model';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * "Send test message" on the settings page: one message straight through the workspace's channel (not the outbox,
 * no retries), reporting what the provider answered so a wrong key or template shows at once.
 */
@Injectable()
export class TestMessageService {
  constructor(
    private readonly context: RequestContext,
    private readonly email: EmailChannel,
    private readonly sms: SmsChannel,
  ) {}

  async send(channel: MessageChannel, to: string): Promise<TestMessageResult> {
    const workspaceId = this.context.workspaceId()!;
    let recipient: string;
    if (channel === MessageChannel.EMAIL) {
      recipient = to.trim().toLowerCase();
      if (!EMAIL.test(recipient)) throw BadInputError.field('to', 'must be a valid email address');
    } else {
      const phone = normalizePhone(to, { defaultCountry: 'IR', allowForeign: true });
      if (!phone.ok) throw BadInputError.field('to', phone.message);
      recipient = phone.e164;
    }
    const message: OutgoingMessage = {
      id: randomUUID(),
      purpose: 'TRANSACTIONAL',
      recipient,
      subject: 'پیام آزمایشی پیوند / Peyvand test message',
      bodyText: 'این یک پیام آزمایشی از تنظیمات پیام‌رسانی پیوند است.\nThis is a test message from Peyvand messaging settings.',
      bodyHtml: null,
      language: 'fa',
      contactId: null,
    };
    try {
      const result = await (channel === MessageChannel.EMAIL ? this.email : this.sms).send(workspaceId, message);
      return result.sent
        ? { ok: true, providerMessageId: result.providerMessageId, error: null }
        : { ok: false, providerMessageId: null, error: `not sent: no ${channel === MessageChannel.EMAIL ? 'SMTP server (SMTP_URL)' : 'SMS provider'} is configured` };
    } catch (e) {
      return { ok: false, providerMessageId: null, error: (e as Error).message ?? String(e) };
    }
  }
}
