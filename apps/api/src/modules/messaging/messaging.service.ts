import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError, NotFoundError } from '../../core/errors/domain-errors';
import { DomainEvents } from '../../core/events/domain-events';
import { Connection, PageArgs, paginate } from '../../core/graphql/connection';
import { JobQueue } from '../../core/jobs/job-queue.service';
import { normalizePhone } from '@peyvand/phone';
import { toLatinDigits } from '@peyvand/text';
import { ConsentChannel, ConsentStatus } from '../contacts/models/contact.enums';
import { ContactsService } from '../contacts/contacts.service';
import { Direction } from '../timeline/timeline.model';
import { EmailChannel, OutgoingMessage, PermanentDeliveryError, SendResult, SmsChannel } from './channels';
import { MessageEntity, MessageEventEntity } from './message.entity';
import { Message, MessageChannel, MessageEvent, MessageFilter, MessagePurpose, MessageStatus, SendMessageInput } from './message.model';
import { MessageReceivedEvent, MessageSentEvent, MessagingEvents } from './messaging.events';

export const DELIVER_JOB = 'messaging.deliver';

export interface DeliverJob {
  workspaceId: string;
  messageId: string;
}

export interface NewMessage {
  contactId: string;
  channel: MessageChannel;
  purpose: MessagePurpose;
  subject?: string | null;
  /** Plain text, may hold {{contact.…}} variables. */
  body: string;
  templateKey?: string | null;
  idempotencyKey?: string | null;
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
  idempotencyKey: e.idempotencyKey, createdAt: e.createdAt, sentAt: e.sentAt, deliveredAt: e.deliveredAt,
});

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const VARIABLE = /\{\{\s*([\w.]+)\s*\}\}/g;

/**
 * The outbox. Every outgoing message is a row enqueued (with its `messaging.deliver` job) in the caller's
 * transaction; the worker claims the row (QUEUED → SENDING) so no message is sent twice, enforces consent for
 * marketing at send time, sends through the channel and records the outcome and its history.
 */
@Injectable()
export class MessagingService implements OnModuleInit {
  private readonly logger = new Logger(MessagingService.name);

  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly jobs: JobQueue,
    private readonly events: DomainEvents,
    private readonly contacts: ContactsService,
    private readonly email: EmailChannel,
    private readonly sms: SmsChannel,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** pg-boss retries this many times after the first attempt; the row's `attempts` reaching the total means FAILED. */
  get maxAttempts(): number {
    return this.config.MESSAGING_RETRY_LIMIT + 1;
  }

  onModuleInit(): void {
    this.jobs.define<DeliverJob>({
      name: DELIVER_JOB,
      retryLimit: this.config.MESSAGING_RETRY_LIMIT,
      retryDelaySeconds: this.config.MESSAGING_RETRY_DELAY_SECONDS,
      handler: (data) => this.deliver(data),
    });
  }

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
    const subject = input.subject?.trim() || null;
    if (input.channel === MessageChannel.EMAIL && !subject) throw BadInputError.field(`${path}.subject`, 'is required for email');
    const variables: Record<string, string> = {
      'contact.firstName': contact.firstName,
      'contact.lastName': contact.lastName,
      'contact.fullName': `${contact.firstName} ${contact.lastName}`.trim(),
    };
    const render = (text: string, field: string) =>
      text.replace(VARIABLE, (_m, name: string) => {
        if (!(name in variables)) throw BadInputError.field(`${path}.${field}`, `unknown variable {{${name}}} (known: ${Object.keys(variables).join(', ')})`);
        return variables[name];
      });
    const bodyText = render(input.body, 'body');
    const renderedSubject = subject ? render(subject, 'subject') : null;
    const bodyHtml =
      input.channel === MessageChannel.EMAIL
        ? `<!doctype html><html lang="fa" dir="rtl"><body style="font-family:Tahoma,sans-serif">${escapeHtml(bodyText)
            .split(/\n{2,}/)
            .map((p) => `<p>${p.replace(/\n/g, '<br>')}</p>`)
            .join('')}</body></html>`
        : null;
    const principal = this.context.principal();
    const [row] = await em.query(
      `INSERT INTO messages (workspace_id, contact_id, channel, purpose, template_key, recipient, subject, body_text, body_html, status, idempotency_key, created_by_member_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'QUEUED', $10, $11)
       ON CONFLICT (workspace_id, idempotency_key) DO NOTHING
       RETURNING id`,
      [workspaceId, contact.id, input.channel, input.purpose, input.templateKey ?? null, recipient, renderedSubject, bodyText, bodyHtml,
        input.idempotencyKey ?? null, principal?.kind === 'staff' ? principal.memberId : null],
    );
    if (!row) {
      // A concurrent transaction committed the same key first.
      return toMessage(await em.findOneOrFail(MessageEntity, { where: { idempotencyKey: input.idempotencyKey! } }));
    }
    await this.addEvent(em, workspaceId, row.id, MessageStatus.QUEUED, null);
    await this.jobs.enqueue<DeliverJob>(DELIVER_JOB, { workspaceId, messageId: row.id }, { em });
    return toMessage(await em.findOneOrFail(MessageEntity, { where: { id: row.id } }));
  }

  /** The worker: claim, check consent, send, record. Safe to run twice for one message. */
  async deliver({ workspaceId, messageId }: DeliverJob): Promise<void> {
    const claimed = await this.db.tx(async (em) => {
      const [rows] = await em.query(
        `UPDATE messages SET status = 'SENDING', attempts = attempts + 1, updated_at = now()
          WHERE id = $1 AND status = 'QUEUED' RETURNING id`,
        [messageId],
      );
      if (!rows?.length) return null;
      const message = await em.findOneOrFail(MessageEntity, { where: { id: messageId } });
      if (message.purpose === 'MARKETING') {
        const reason = await this.suppressionReason(em, message);
        if (reason) {
          await this.finish(em, message, { status: MessageStatus.SUPPRESSED, statusReason: reason });
          return null;
        }
      }
      return message;
    }, workspaceId);
    if (!claimed) return;

    let result: SendResult;
    try {
      const outgoing: OutgoingMessage = { ...claimed, purpose: claimed.purpose };
      result = await (claimed.channel === 'EMAIL' ? this.email.send(outgoing) : this.sms.send(outgoing));
    } catch (e) {
      const error = (e as Error).message ?? String(e);
      const permanent = e instanceof PermanentDeliveryError;
      const last = permanent || claimed.attempts >= this.maxAttempts;
      await this.db.tx(async (em) => {
        if (last) await this.finish(em, claimed, { status: MessageStatus.FAILED, statusReason: permanent ? 'rejected' : 'too many attempts', lastError: error });
        else {
          await em.update(MessageEntity, { id: claimed.id }, { status: MessageStatus.QUEUED, lastError: error, updatedAt: new Date() });
          await this.addEvent(em, workspaceId, claimed.id, MessageStatus.QUEUED, `attempt ${claimed.attempts} failed: ${error}`);
        }
      }, workspaceId);
      this.logger.warn({ messageId, attempt: claimed.attempts, permanent, error }, 'message delivery failed');
      if (!last) throw e; // pg-boss retries with exponential backoff
      return;
    }

    await this.db.tx(async (em) => {
      if (!result.sent) {
        await this.finish(em, claimed, { status: MessageStatus.NOT_SENT, statusReason: result.reason });
        return;
      }
      await this.finish(em, claimed, { status: MessageStatus.SENT, providerMessageId: result.providerMessageId, sentAt: new Date() });
      if (claimed.contactId) {
        await this.events.publish<MessageSentEvent>(MessagingEvents.Sent, {
          workspaceId, messageId: claimed.id, contactId: claimed.contactId, channel: claimed.channel, direction: 'OUT', purpose: claimed.purpose,
          recipient: claimed.recipient, subject: claimed.subject, bodyText: claimed.bodyText, actorMemberId: claimed.createdByMemberId,
        });
      }
    }, workspaceId);
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

  private async suppressionReason(em: EntityManager, message: MessageEntity): Promise<string | null> {
    if (!message.contactId) return 'no contact';
    const contact = await this.contacts.load(em, message.contactId).catch(() => null);
    if (!contact) return 'contact deleted';
    const consent = contact.consents?.[message.channel];
    if (!consent) return `no ${message.channel} consent`;
    if (consent.status !== 'GRANTED') return `${message.channel} consent withdrawn`;
    return null;
  }

  private async finish(em: EntityManager, message: MessageEntity, patch: Partial<MessageEntity> & { status: MessageStatus }): Promise<void> {
    Object.assign(message, patch);
    await em.update(MessageEntity, { id: message.id }, { ...patch, updatedAt: new Date() });
    await this.addEvent(em, message.workspaceId, message.id, patch.status, patch.lastError ?? patch.statusReason ?? patch.providerMessageId ?? null);
  }

  private async addEvent(em: EntityManager, workspaceId: string, messageId: string, status: MessageStatus, detail: string | null): Promise<void> {
    await em.query(`INSERT INTO message_events (workspace_id, message_id, status, detail) VALUES ($1, $2, $3, $4)`, [workspaceId, messageId, status, detail]);
  }
}
