import { Injectable } from '@nestjs/common';
import { toPersianDigits } from '@peyvand/text';
import { EntityManager } from 'typeorm';
import { NotFoundError } from '../../../core/errors/domain-errors';
import { ContactsService } from '../../contacts/contacts.service';
import { MessageChannel } from '../../messaging/message.model';
import { MessagingService } from '../../messaging/messaging.service';
import { WorkspacesService } from '../../workspaces/workspaces.service';

export interface LoyaltySmsText {
  fa: (n: (value: number) => string) => string;
  en: (n: (value: number) => string) => string;
}

/**
 * SMS to a member about their points, through the messaging outbox in the caller's transaction: the workspace's
 * template under `templateKey` when it has one (params loyalty.points …), else a built-in text in the workspace language.
 * Contacts without a mobile number are skipped.
 */
@Injectable()
export class LoyaltySms {
  constructor(
    private readonly messaging: MessagingService,
    private readonly contacts: ContactsService,
    private readonly workspaces: WorkspacesService,
  ) {}

  async sendIn(em: EntityManager, contactId: string, templateKey: string, params: Record<string, unknown>, text: LoyaltySmsText, idempotencyKey: string): Promise<boolean> {
    const contact = await this.contacts.load(em, contactId);
    if (!contact.primaryPhone) return false;
    try {
      await this.messaging.enqueueIn(em, { contactId, channel: MessageChannel.SMS, templateKey, params, idempotencyKey });
      return true;
    } catch (e) {
      // No such template for SMS: nothing was written; fall back to the built-in text.
      if (!(e instanceof NotFoundError)) throw e;
    }
    const { defaultLocale, name } = await this.workspaces.current();
    const fa = defaultLocale === 'fa';
    const body = `${fa ? text.fa((v) => toPersianDigits(String(v))) : text.en(String)}\n${name}`;
    await this.messaging.enqueueIn(em, { contactId, channel: MessageChannel.SMS, body, language: defaultLocale, literal: true, idempotencyKey });
    return true;
  }
}
