import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError, NotFoundError } from '../../core/errors/domain-errors';
import { DomainEvents } from '../../core/events/domain-events';
import { Connection, PageArgs, paginate } from '../../core/graphql/connection';
import { normalizePhone } from '@peyvand/phone';
import { toLatinDigits } from '@peyvand/text';
import { ConsentChannel, ConsentStatus } from '../contacts/models/contact.enums';
import { ContactsService } from '../contacts/contacts.service';
import { Direction } from '../timeline/timeline.model';
import { MessageDispatcher } from './delivery/message-dispatcher';
import { MessageTemplatesService } from './templates/message-templates.service';
import { toEmailHtml } from './templates/template-renderer';
import { MessageEntity, MessageEventEntity } from './message.entity';
import { Message, MessageChannel, MessageEvent, MessageFilter, MessagePurpose, MessageStatus, SendMessageInput } from './message.model';
import { MessageReceivedEvent, MessagingEvents } from './messaging.events';

export interface NewMessage {
  contactId: string;
  channel: MessageChannel;
  /** Defaults to the template's purpose; TRANSACTIONAL for one-off text. */
  purpose?: MessagePurpose;
  /** A saved template, by key (in `language`, else the workspace language, falling back to the other) or id … */
  templateKey?: string | null;
  templateId?: string | null;
  /** … or one-off text, with the same {{variables}}. */
  subject?: string | null;
  body?: string | null;
  language?: 'fa' | 'en';
  /** Values of the template's param variables (coupon.code, loyalty.points, …). */
  params?: Record<string, unknown> | null;
  /** One-off text sent exactly as written ({{…}} is content, not a variable): words typed by staff or customers. */
  literal?: boolean;
  idempotencyKey?: string | null;
}

/** Many messages from one template (or text) to many contacts, each with its own idempotency key. */
export interface NewMessages extends Pick<NewMessage, 'channel' | 'purpose' | 'templateKey' | 'templateId' | 'subject' | 'body' | 'language' | 'params'> {
  items: ReadonlyArray<{ contactId: string; idempotencyKey: string }>;
}

/** One item of `enqueueManyIn`: the message (new, or the one its key already names), or why none was queued. */
export interface QueuedItem {
  contactId: string;
  idempotencyKey: string;
  messageId: string | null;
  error: string | null;
}

/** Rendered rows for one multi-row outbox insert (`insertQueued`). */
export interface QueuedRows {
  workspaceId: string;
  channel: string;
  purpose: string;
  templateId: string | null;
  templateKey: string | null;
  language: string;
  createdByMemberId: string | null;
  bulkSendId?: string | null;
  rows: Array<{ contactId: string; recipient: string; subject: string | null; bodyText: string; bodyHtml: string | null; idempotencyKey: string }>;
}

/** Inbound SMS texts that withdraw SMS consent (compared after trimming, Latin digits, lower case). */
export const SMS_OPT_OUT_KEYWORDS = ['لغو', 'لغو11', 'انصراف', '11', 'stop', 'cancel', 'unsubscribe'];

export interface InboundSms {
  from: string;
  to?: string;
  message: string;
  /** The provider's id of the inbound message: a repeated webhook call with it is stored once. */
  messageid?: string;
}

const toMessage = (e: MessageEntity): Message => ({
  id: e.id, contactId: e.contactId, channel: e.channel as MessageChannel, direction: e.direction as Direction, purpose: e.purpose as MessagePurpose, recipient: e.recipient,
  subject: e.subject, bodyText: e.bodyText, bodyHtml: e.bodyHtml, templateKey: e.templateKey, status: e.status as MessageStatus,
  statusReason: e.statusReason, providerMessageId: e.providerMessageId, attempts: e.attempts, lastError: e.lastError,
  idempotencyKey: e.idempotencyKey, createdAt: e.createdAt, sentAt: e.sentAt, deliveredAt: e.deliveredAt, memberId: e.memberId,
  language: e.language,
});

/**
 * The outbox. Every outgoing message is a row written in the caller's transaction together with the trigger of
 * its workspace's dispatcher (delivery/message-dispatcher.ts), which claims, checks consent, sends and records.
 */
@Injectable()
export class MessagingService {
  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly dispatcher: MessageDispatcher,
    private readonly events: DomainEvents,
    private readonly contacts: ContactsService,
    private readonly templates: MessageTemplatesService,
  ) {}

  send(input: SendMessageInput): Promise<Message> {
    return this.db.tx((em) => this.enqueueIn(em, input, 'input'));
  }

  /**
   * Renders and queues a message inside the caller's transaction (the outbox). With an idempotency key already
   * used in this workspace, returns that message: no second row, no second job.
   */
  async enqueueIn(em: EntityManager, input: NewMessage, path = 'input'): Promise<Message> {
    if (input.idempotencyKey) {
      const existing = await em.findOne(MessageEntity, { where: { idempotencyKey: input.idempotencyKey } });
      if (existing) return toMessage(existing);
    }
    const contact = await this.contacts.load(em, input.contactId);
    const workspaceId = contact.workspaceId;
    const recipient = input.channel === MessageChannel.EMAIL ? contact.email : contact.primaryPhone;
    if (!recipient) {
      throw BadInputError.field(`${path}.channel`, input.channel === MessageChannel.EMAIL ? 'the contact has no email address' : 'the contact has no phone number');
    }
    const fromTemplate = !!(input.templateKey || input.templateId);
    if (fromTemplate === !!input.body) throw BadInputError.field(`${path}.body`, 'give either a template (templateKey or templateId) or a body, not both');
    const rendered = input.literal && !fromTemplate
      ? await this.templates.literalIn(em, { channel: input.channel, language: input.language, subject: input.subject, body: input.body!, purpose: input.purpose }, path)
      : fromTemplate
      ? await this.templates.renderIn(em, {
          templateKey: input.templateKey ?? undefined, templateId: input.templateId ?? undefined, channel: input.channel,
          language: input.language, contactId: contact.id, params: input.params ?? undefined,
        }, path)
      : await this.templates.renderAdHocIn(em, {
          channel: input.channel, language: input.language, subject: input.subject, body: input.body!, contactId: contact.id,
          params: input.params ?? undefined, purpose: input.purpose,
        }, path);
    const purpose = input.purpose ?? rendered.purpose;
    const principal = this.context.principal();
    const [row] = await em.query(
      `INSERT INTO messages (workspace_id, contact_id, channel, purpose, template_id, template_key, language, recipient, subject, body_text, body_html,
                             status, idempotency_key, created_by_member_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'QUEUED', $12, $13)
       ON CONFLICT (workspace_id, idempotency_key) DO NOTHING
       RETURNING id`,
      [workspaceId, contact.id, input.channel, purpose, rendered.templateId, rendered.templateKey, rendered.language, recipient, rendered.subject,
        rendered.bodyText, rendered.bodyHtml, input.idempotencyKey ?? null, principal?.kind === 'staff' ? principal.memberId : null],
    );
    if (!row) {
      // A concurrent transaction committed the same key first.
      return toMessage(await em.findOneOrFail(MessageEntity, { where: { idempotencyKey: input.idempotencyKey! } }));
    }
    await this.addEvent(em, workspaceId, row.id, MessageStatus.QUEUED, null);
    await this.dispatcher.trigger(workspaceId, { em });
    return toMessage(await em.findOneOrFail(MessageEntity, { where: { id: row.id } }));
  }

  /**
   * `enqueueIn` for many contacts at once (scheduled greetings): the template is checked once, the contacts read in one
   * query, the rows written in one statement, one dispatcher trigger. A template that cannot be used throws (nothing
   * written); a contact that cannot receive it (no phone, a value missing) is reported in its item and skipped.
   */
  async enqueueManyIn(em: EntityManager, input: NewMessages, path = 'input'): Promise<QueuedItem[]> {
    if (!input.items.length) return [];
    const fromTemplate = !!(input.templateKey || input.templateId);
    if (fromTemplate === !!input.body) throw BadInputError.field(`${path}.body`, 'give either a template (templateKey or templateId) or a body, not both');
    const prepared = await this.templates.prepareIn(em, fromTemplate
      ? { templateKey: input.templateKey ?? undefined, templateId: input.templateId ?? undefined, channel: input.channel, language: input.language, params: input.params ?? undefined }
      : { channel: input.channel, language: input.language, subject: input.subject, body: input.body!, params: input.params ?? undefined, purpose: input.purpose }, path);
    const contacts = await this.contacts.loadManyIn(em, input.items.map((i) => i.contactId));
    const principal = this.context.principal();
    const workspaceId = this.context.workspaceId() ?? this.db.currentWorkspaceId()!;
    const results: QueuedItem[] = [];
    const rows: QueuedRows['rows'] = [];
    for (const item of input.items) {
      const result: QueuedItem = { ...item, messageId: null, error: null };
      results.push(result);
      const contact = contacts.get(item.contactId);
      const recipient = !contact ? null : input.channel === MessageChannel.EMAIL ? contact.email : contact.primaryPhone;
      if (!contact) result.error = 'the contact does not exist';
      else if (!recipient) result.error = input.channel === MessageChannel.EMAIL ? 'the contact has no email address' : 'the contact has no phone number';
      else {
        try {
          const rendered = prepared.render(contact);
          rows.push({ contactId: contact.id, recipient, subject: rendered.subject, bodyText: rendered.bodyText, bodyHtml: rendered.bodyHtml, idempotencyKey: item.idempotencyKey });
        } catch (e) {
          if (!(e instanceof BadInputError)) throw e;
          result.error = e.message;
        }
      }
    }
    const { ids } = await this.insertQueued(em, {
      workspaceId, channel: input.channel, purpose: input.purpose ?? prepared.purpose, templateId: prepared.templateId, templateKey: prepared.templateKey,
      language: prepared.language, createdByMemberId: principal?.kind === 'staff' ? principal.memberId : null, rows,
    });
    for (const r of results) if (!r.error) r.messageId = ids.get(r.idempotencyKey) ?? null;
    return results;
  }

  /**
   * Writes rendered messages in one statement with their QUEUED events and triggers the dispatcher once. A key
   * already used answers its existing message. Returns message ids by idempotency key, and how many are new.
   */
  async insertQueued(em: EntityManager, batch: QueuedRows): Promise<{ ids: Map<string, string>; inserted: number }> {
    const ids = new Map<string, string>();
    if (!batch.rows.length) return { ids, inserted: 0 };
    const col = <K extends keyof QueuedRows['rows'][number]>(k: K) => batch.rows.map((r) => r[k]);
    const inserted: Array<{ id: string; idempotency_key: string }> = await em.query(
      `INSERT INTO messages (workspace_id, contact_id, channel, purpose, template_id, template_key, language, recipient, subject, body_text, body_html,
                             status, idempotency_key, created_by_member_id, bulk_send_id)
       SELECT $1, u.contact_id, $2, $3, $4, $5, $6, u.recipient, u.subject, u.body_text, u.body_html, 'QUEUED', u.key, $7, $8
         FROM unnest($9::uuid[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[]) AS u(contact_id, recipient, subject, body_text, body_html, key)
       ON CONFLICT (workspace_id, idempotency_key) DO NOTHING
       RETURNING id, idempotency_key`,
      [batch.workspaceId, batch.channel, batch.purpose, batch.templateId, batch.templateKey, batch.language, batch.createdByMemberId, batch.bulkSendId ?? null,
        col('contactId'), col('recipient'), col('subject'), col('bodyText'), col('bodyHtml'), col('idempotencyKey')],
    );
    for (const r of inserted) ids.set(r.idempotency_key, r.id);
    if (inserted.length) {
      await em.query(
        `INSERT INTO message_events (workspace_id, message_id, status) SELECT $1, id, 'QUEUED' FROM unnest($2::uuid[]) AS id`,
        [batch.workspaceId, inserted.map((r) => r.id)],
      );
      await this.dispatcher.trigger(batch.workspaceId, { em });
    }
    if (inserted.length < batch.rows.length) {
      const existing: Array<{ id: string; idempotency_key: string }> = await em.query(
        `SELECT id, idempotency_key FROM messages WHERE workspace_id = $1 AND idempotency_key = ANY($2::text[])`,
        [batch.workspaceId, col('idempotencyKey').filter((k) => !ids.has(k))],
      );
      for (const r of existing) ids.set(r.idempotency_key, r.id);
    }
    return { ids, inserted: inserted.length };
  }

  /** A message to a staff member (alerts): plain text already in their language, no contact and no consent check. */
  async enqueueForStaffIn(
    em: EntityManager,
    input: { memberId: string; channel: MessageChannel; recipient: string; language: 'fa' | 'en'; subject: string | null; body: string; idempotencyKey: string },
  ): Promise<Message> {
    const existing = await em.findOne(MessageEntity, { where: { idempotencyKey: input.idempotencyKey } });
    if (existing) return toMessage(existing);
    const workspaceId = this.context.workspaceId() ?? this.db.currentWorkspaceId()!;
    const [row] = await em.query(
      `INSERT INTO messages (workspace_id, member_id, channel, purpose, language, recipient, subject, body_text, body_html, status, idempotency_key)
       VALUES ($1, $2, $3, 'TRANSACTIONAL', $4, $5, $6, $7, $8, 'QUEUED', $9)
       ON CONFLICT (workspace_id, idempotency_key) DO NOTHING RETURNING id`,
      [workspaceId, input.memberId, input.channel, input.language, input.recipient, input.subject, input.body,
        input.channel === MessageChannel.EMAIL ? toEmailHtml(input.body, input.language) : null, input.idempotencyKey],
    );
    if (!row) return toMessage(await em.findOneOrFail(MessageEntity, { where: { idempotencyKey: input.idempotencyKey } }));
    await this.addEvent(em, workspaceId, row.id, MessageStatus.QUEUED, null);
    await this.dispatcher.trigger(workspaceId, { em });
    return toMessage(await em.findOneOrFail(MessageEntity, { where: { id: row.id } }));
  }

  /**
   * A transactional message to an address that belongs to no contact yet (a club sign-in code to a number that may
   * not be a customer): plain text already in its language, on no timeline.
   */
  async enqueueToAddressIn(
    em: EntityManager,
    input: { channel: MessageChannel; recipient: string; language: 'fa' | 'en'; subject?: string | null; body: string },
  ): Promise<Message> {
    const workspaceId = this.db.currentWorkspaceId() ?? this.context.workspaceId()!;
    const [row] = await em.query(
      `INSERT INTO messages (workspace_id, channel, purpose, language, recipient, subject, body_text, body_html, status)
       VALUES ($1, $2, 'TRANSACTIONAL', $3, $4, $5, $6, $7, 'QUEUED') RETURNING id`,
      [workspaceId, input.channel, input.language, input.recipient, input.subject ?? null, input.body,
        input.channel === MessageChannel.EMAIL ? toEmailHtml(input.body, input.language) : null],
    );
    await this.addEvent(em, workspaceId, row.id, MessageStatus.QUEUED, null);
    await this.dispatcher.trigger(workspaceId, { em });
    return toMessage(await em.findOneOrFail(MessageEntity, { where: { id: row.id } }));
  }

  /**
   * Rewrites the text of a message that has left the outbox (a one-time code once used): false while it is still
   * queued or being sent, so what the provider receives is never the rewritten text.
   */
  async redactIn(em: EntityManager, messageId: string, redact: (text: string) => string): Promise<boolean> {
    const [row] = await em.query(`SELECT body_text FROM messages WHERE id = $1 AND status NOT IN ('QUEUED', 'SENDING') FOR UPDATE`, [messageId]);
    if (!row) return false;
    const [, affected] = await em.query(
      `UPDATE messages SET body_text = $2, body_html = NULL WHERE id = $1 AND status NOT IN ('QUEUED', 'SENDING')`,
      [messageId, redact(row.body_text)],
    );
    return affected > 0;
  }

  /**
   * An inbound SMS from the provider's webhook: stored (once per provider message id), put on the sender's timeline
   * when the number belongs to a contact, and an opt-out keyword (لغو / STOP / 11 …) withdraws the contact's SMS consent.
   */
  receiveSms(input: InboundSms): Promise<{ messageId: string; contactId: string | null; optedOut: boolean; duplicate: boolean }> {
    const phone = normalizePhone(input.from, { defaultCountry: 'IR', allowForeign: true });
    if (!phone.ok) throw BadInputError.field('from', phone.message);
    const workspaceId = this.context.workspaceId()!;
    return this.db.tx(async (em) => {
      const key = input.messageid ? `sms-in:${input.messageid}` : null;
      if (key) {
        const existing = await em.findOne(MessageEntity, { where: { idempotencyKey: key } });
        if (existing) return { messageId: existing.id, contactId: existing.contactId, optedOut: false, duplicate: true };
      }
      const contact = await this.contacts.byPhone(phone.e164);
      const [row] = await em.query(
        `INSERT INTO messages (workspace_id, contact_id, channel, direction, purpose, recipient, body_text, status, idempotency_key)
         VALUES ($1, $2, 'SMS', 'IN', 'TRANSACTIONAL', $3, $4, 'RECEIVED', $5)
         ON CONFLICT (workspace_id, idempotency_key) DO NOTHING RETURNING id`,
        [workspaceId, contact?.id ?? null, phone.e164, input.message, key],
      );
      if (!row) {
        const existing = await em.findOneOrFail(MessageEntity, { where: { idempotencyKey: key! } });
        return { messageId: existing.id, contactId: existing.contactId, optedOut: false, duplicate: true };
      }
      await this.addEvent(em, workspaceId, row.id, MessageStatus.RECEIVED, input.to ? `to ${input.to}` : null);
      let optedOut = false;
      if (contact) {
        await this.events.publish<MessageReceivedEvent>(MessagingEvents.Received, {
          workspaceId, messageId: row.id, contactId: contact.id, channel: 'SMS', direction: 'IN', purpose: 'TRANSACTIONAL',
          recipient: phone.e164, subject: null, bodyText: input.message, actorMemberId: null,
        });
        const word = toLatinDigits(input.message).trim().toLowerCase().replace(/\s+/g, '');
        if (SMS_OPT_OUT_KEYWORDS.includes(word)) {
          await this.contacts.setConsentIn(em, contact.id, ConsentChannel.SMS, ConsentStatus.WITHDRAWN, 'sms-keyword');
          optedOut = true;
        }
      }
      return { messageId: row.id, contactId: contact?.id ?? null, optedOut, duplicate: false };
    });
  }

  get(id: string): Promise<Message> {
    return this.db.tx(async (em) => {
      const row = await em.findOne(MessageEntity, { where: { id } });
      if (!row) throw new NotFoundError('Message', id);
      return toMessage(row);
    });
  }

  list(args: PageArgs, filter: MessageFilter = {}): Promise<Connection<Message>> {
    return this.db.tx(async (em) => {
      const qb = em.createQueryBuilder(MessageEntity, 'm');
      if (filter.status) qb.andWhere('m.status = :status', { status: filter.status });
      if (filter.channel) qb.andWhere('m.channel = :channel', { channel: filter.channel });
      if (filter.contactId) qb.andWhere('m.contact_id = :contactId', { contactId: filter.contactId });
      if (filter.bulkSendId) qb.andWhere('m.bulk_send_id = :bulkSendId', { bulkSendId: filter.bulkSendId });
      return paginate(qb, args, { orderBy: 'createdAt', map: toMessage, count: this.db.count });
    });
  }

  eventsOf(messageIds: readonly string[]): Promise<Map<string, MessageEvent[]>> {
    return this.db.tx(async (em) => {
      const rows = await em.find(MessageEventEntity, { where: { messageId: In([...messageIds]) }, order: { occurredAt: 'ASC', id: 'ASC' } });
      const map = new Map<string, MessageEvent[]>();
      for (const r of rows) {
        map.set(r.messageId, [...(map.get(r.messageId) ?? []), { id: String(r.id), status: r.status as MessageStatus, detail: r.detail, occurredAt: r.occurredAt }]);
      }
      return map;
    });
  }

  private async addEvent(em: EntityManager, workspaceId: string, messageId: string, status: MessageStatus, detail: string | null): Promise<void> {
    await em.query(`INSERT INTO message_events (workspace_id, message_id, status, detail) VALUES ($1, $2, $3, $4)`, [workspaceId, messageId, status, detail]);
  }
}
