import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterQueue } from 'rate-limiter-flexible';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { DomainEvents } from '../../../core/events/domain-events';
import { JobQueue } from '../../../core/jobs/job-queue.service';
import { Scheduler } from '../../../core/jobs/scheduler.service';
import { ContactsService } from '../../contacts/contacts.service';
import { WorkspacesService } from '../../workspaces/workspaces.service';
import { EmailChannel, OutgoingMessage, PermanentDeliveryError, SendResult, SmsChannel } from '../channels';
import { MessageStatus } from '../message.model';
import { MessagesSentEvent, MessagingEvents } from '../messaging.events';
import { MessagingSettingsService } from '../settings/messaging-settings.service';
import { SuppressionsService } from '../suppressions/suppressions.service';
import { quietHoursEnd, QuietHours } from './quiet-hours';

export const DISPATCH_JOB = 'messaging.dispatch';
export const SWEEP_JOB = 'messaging.sweep';

export interface DispatchJob {
  workspaceId: string;
}

type Channel = 'EMAIL' | 'SMS';

/** A row claimed for sending (status SENDING, lease running). */
interface ClaimedMessage {
  id: string;
  workspaceId: string;
  contactId: string | null;
  channel: Channel;
  purpose: 'TRANSACTIONAL' | 'MARKETING';
  language: 'fa' | 'en';
  recipient: string;
  subject: string | null;
  bodyText: string;
  bodyHtml: string | null;
  attempts: number;
  createdByMemberId: string | null;
  /** The previous claim's lease ran out: a worker died holding it. */
  recovered: boolean;
}

type Outcome =
  | { kind: 'sent'; providerMessageId: string }
  | { kind: 'not_sent'; reason: string }
  | { kind: 'suppressed'; reason: string }
  | { kind: 'retry'; error: string }
  | { kind: 'failed'; reason: string; error: string };

interface DeliveryPolicy {
  perSecond: Record<Channel, number>;
  quiet: QuietHours;
}

/** How long one dispatch job keeps draining before it hands over to a fresh job (pg-boss expires long jobs). */
const MAX_RUN_MS = 60_000;
const IN_FLIGHT = 16;

/**
 * Delivers the outbox. The `messages` rows are the queue: a dispatch job for a workspace claims due rows in
 * batches (FOR UPDATE SKIP LOCKED, QUEUED → SENDING with a lease), checks consent and the suppression list for
 * marketing, sends through the channels at the workspace's rate, and records every outcome of a batch in one
 * transaction. A worker that dies mid-batch leaves rows in SENDING whose lease expires; the next dispatch (or
 * the once-a-minute sweep) claims them again and resends with the same Message-ID / provider de-duplication id.
 *
 * One dispatcher per workspace runs at a time cluster-wide (a PostgreSQL advisory lock), so its in-process rate
 * limiter is the workspace's real rate. Dispatch jobs are throttled to one per workspace per second.
 */
@Injectable()
export class MessageDispatcher implements OnModuleInit {
  private readonly logger = new Logger(MessageDispatcher.name);

  constructor(
    private readonly db: TenantDb,
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly scheduler: Scheduler,
    private readonly events: DomainEvents,
    private readonly contacts: ContactsService,
    private readonly workspaces: WorkspacesService,
    private readonly email: EmailChannel,
    private readonly sms: SmsChannel,
    private readonly settings: MessagingSettingsService,
    private readonly suppressions: SuppressionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Attempts in total: the first plus MESSAGING_RETRY_LIMIT retries. */
  get maxAttempts(): number {
    return this.config.MESSAGING_RETRY_LIMIT + 1;
  }

  onModuleInit(): void {
    this.jobs.define<DispatchJob>({ name: DISPATCH_JOB, retryLimit: 3, retryDelaySeconds: 5, concurrency: 4, handler: (data) => this.dispatch(data.workspaceId) });
    this.jobs.define<{ slot: string }>({ name: SWEEP_JOB, retryLimit: 0, handler: () => this.sweep() });
    this.scheduler.define({ job: SWEEP_JOB, cron: '* * * * *', slotSeconds: 60, runAtStart: true });
  }

  /**
   * Makes sure a dispatch job runs for the workspace at `at` (default now) or within a second after it. With `em`,
   * the job is part of that transaction (the outbox insert and its trigger commit together).
   */
  async trigger(workspaceId: string, options: { em?: EntityManager; at?: Date } = {}): Promise<void> {
    if (options.at && options.at.getTime() > Date.now() + 1000) {
      // A later dispatch (retry backoff, end of quiet hours): one per workspace and due second.
      const due = Math.ceil(options.at.getTime() / 1000);
      await this.jobs.enqueue<DispatchJob>(DISPATCH_JOB, { workspaceId }, {
        em: options.em, startAfter: new Date(due * 1000), singletonKey: `dispatch-at:${workspaceId}:${due}`, singletonSeconds: 3600,
      });
      return;
    }
    await this.jobs.enqueue<DispatchJob>(DISPATCH_JOB, { workspaceId }, {
      em: options.em, singletonKey: `dispatch:${workspaceId}`, singletonSeconds: 1, singletonNextSlot: true,
    });
  }

  /**
   * Once a minute and when a worker starts: every workspace with due rows (retries whose time came, expired leases)
   * gets a dispatch, and one whose rows fall due before the next sweep gets one at that time — so the claims of a
   * worker that died are sent again when their lease ends, not up to a minute later.
   */
  async sweep(): Promise<void> {
    const rows: Array<{ workspace_id: string; due: Date }> = await this.db.system((em) =>
      em.query(
        `SELECT workspace_id, min(next_attempt_at) AS due FROM messages
          WHERE status IN ('QUEUED', 'SENDING') AND next_attempt_at <= now() + interval '60 seconds'
          GROUP BY workspace_id`,
      ),
    );
    for (const { workspace_id, due } of rows) await this.trigger(workspace_id, { at: new Date(due) });
  }

  /** Drains the workspace's due messages (for at most a minute, then hands over to a new job). */
  async dispatch(workspaceId: string): Promise<void> {
    const lock = this.dataSource.createQueryRunner();
    await lock.connect();
    const key = `messaging.dispatch:${workspaceId}`;
    try {
      const [{ locked }] = await lock.query(`SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked`, [key]);
      // Another dispatcher holds the workspace; it re-checks for due rows after releasing the lock.
      if (!locked) return;
      let more: boolean;
      try {
        more = await this.drain(workspaceId);
      } finally {
        await lock.query(`SELECT pg_advisory_unlock(hashtextextended($1, 0))`, [key]);
      }
      if (more || (await this.hasDue(workspaceId))) await this.trigger(workspaceId);
      else await this.scheduleNextDue(workspaceId);
    } finally {
      await lock.release();
    }
  }

  /** Claims and sends batches until nothing is due or the time is up; true when it stopped with work left. */
  private async drain(workspaceId: string): Promise<boolean> {
    const started = Date.now();
    const policy = await this.policy(workspaceId);
    const limiters = {
      EMAIL: new RateLimiterQueue(new RateLimiterMemory({ points: policy.perSecond.EMAIL, duration: 1 }), { maxQueueSize: 100_000 }),
      SMS: new RateLimiterQueue(new RateLimiterMemory({ points: policy.perSecond.SMS, duration: 1 }), { maxQueueSize: 100_000 }),
    };
    // A batch's outcomes are written while the next batch is claimed and sent (one write in flight at a time).
    let recording: Promise<void> = Promise.resolve();
    try {
      for (;;) {
        if (Date.now() - started > MAX_RUN_MS) return true;
        const quietEnd = quietHoursEnd(new Date(), policy.quiet);
        if (quietEnd) await this.deferMarketingSms(workspaceId, quietEnd);
        const batch = await this.claim(workspaceId, policy);
        if (!batch.length) return false;
        const outcomes = await this.sendAll(batch, limiters);
        await recording;
        recording = this.record(workspaceId, batch, outcomes);
      }
    } finally {
      await recording;
    }
  }

  private async policy(workspaceId: string): Promise<DeliveryPolicy> {
    return this.db.tx(async (em) => {
      const [workspace, settings] = await Promise.all([this.workspaces.current(), this.settings.forWorkspace(workspaceId, em)]);
      return {
        perSecond: { EMAIL: settings.emailPerSecond, SMS: settings.smsPerSecond },
        quiet: { startMinute: settings.quietHours.start, endMinute: settings.quietHours.end, timeZone: workspace.timezone },
      };
    }, workspaceId);
  }

  /** Marketing SMS due during quiet hours wait, unclaimed, until they end; a dispatch is booked for that moment. */
  private async deferMarketingSms(workspaceId: string, until: Date): Promise<void> {
    const deferred = await this.db.tx(async (em) => {
      const [rows] = await em.query(
        `UPDATE messages SET next_attempt_at = $1, status_reason = 'quiet hours', updated_at = now()
          WHERE workspace_id = $2 AND status = 'QUEUED' AND channel = 'SMS' AND purpose = 'MARKETING' AND next_attempt_at < $1
          RETURNING id`,
        [until, workspaceId],
      );
      return rows.length as number;
    }, workspaceId);
    if (deferred) await this.trigger(workspaceId, { at: until });
  }

  /**
   * QUEUED rows whose time has come, and SENDING rows whose lease ran out, become SENDING with a fresh lease
   * (next_attempt_at doubles as the lease end, so one partial index serves both). Marketing rows are checked
   * against consent and the suppression list here and settled as SUPPRESSED without being sent.
   */
  private async claim(workspaceId: string, policy: DeliveryPolicy): Promise<ClaimedMessage[]> {
    const perChannel = (c: Channel) => Math.max(1, Math.min(this.config.MESSAGING_BATCH_SIZE, policy.perSecond[c] * 10));
    return this.db.tx(async (em) => {
      const [rows]: [Array<Record<string, unknown>>, number] = await em.query(
        `WITH email AS (
           SELECT id, status FROM messages
            WHERE workspace_id = $1 AND status IN ('QUEUED', 'SENDING') AND next_attempt_at <= now() AND channel = 'EMAIL'
            ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED
         ), sms AS (
           SELECT id, status FROM messages
            WHERE workspace_id = $1 AND status IN ('QUEUED', 'SENDING') AND next_attempt_at <= now() AND channel = 'SMS'
            ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED
         ), due AS (SELECT * FROM email UNION ALL SELECT * FROM sms)
         UPDATE messages m
            SET status = 'SENDING', attempts = m.attempts + 1, updated_at = now(),
                next_attempt_at = now() + make_interval(secs => $4), lease_until = now() + make_interval(secs => $4)
           FROM due WHERE m.id = due.id
         RETURNING m.id, m.workspace_id, m.contact_id, m.channel, m.purpose, m.language, m.recipient, m.subject, m.body_text,
                   m.body_html, m.attempts, m.created_by_member_id, due.status = 'SENDING' AS recovered`,
        [workspaceId, perChannel('EMAIL'), perChannel('SMS'), this.config.MESSAGING_LEASE_SECONDS],
      );
      const claimed: ClaimedMessage[] = rows.map((r) => ({
        id: r.id as string, workspaceId: r.workspace_id as string, contactId: r.contact_id as string | null, channel: r.channel as Channel,
        purpose: r.purpose as ClaimedMessage['purpose'], language: r.language as 'fa' | 'en', recipient: r.recipient as string,
        subject: r.subject as string | null, bodyText: r.body_text as string, bodyHtml: r.body_html as string | null,
        attempts: r.attempts as number, createdByMemberId: r.created_by_member_id as string | null, recovered: r.recovered as boolean,
      }));
      const recovered = claimed.filter((m) => m.recovered);
      if (recovered.length) {
        this.logger.warn({ workspaceId, count: recovered.length }, 'reclaimed messages whose worker lease expired');
        await this.addEvents(em, workspaceId, recovered.map((m) => ({ id: m.id, status: MessageStatus.SENDING, detail: 'claim expired (worker stopped); sending again' })));
      }
      const marketing = claimed.filter((m) => m.purpose === 'MARKETING');
      if (!marketing.length) return claimed;
      const reasons = await this.suppressionReasons(em, marketing);
      if (!reasons.size) return claimed;
      await this.record(workspaceId, claimed.filter((m) => reasons.has(m.id)), new Map([...reasons].map(([id, reason]) => [id, { kind: 'suppressed', reason } as Outcome])), em);
      return claimed.filter((m) => !reasons.has(m.id));
    }, workspaceId);
  }

  /** Why marketing messages must not go: no or withdrawn consent, or the address is on the suppression list. */
  private async suppressionReasons(em: EntityManager, messages: ClaimedMessage[]): Promise<Map<string, string>> {
    const reasons = new Map<string, string>();
    const contactIds = [...new Set(messages.map((m) => m.contactId).filter((id): id is string => !!id))];
    const consents = await this.contacts.consentsOf(em, contactIds);
    const listed = {
      EMAIL: await this.suppressions.reasonsIn(em, 'EMAIL', messages.filter((m) => m.channel === 'EMAIL').map((m) => m.recipient)),
      SMS: await this.suppressions.reasonsIn(em, 'SMS', messages.filter((m) => m.channel === 'SMS').map((m) => m.recipient)),
    };
    for (const m of messages) {
      const contact = m.contactId ? consents.get(m.contactId) : undefined;
      if (!m.contactId) reasons.set(m.id, 'no contact');
      else if (!contact) reasons.set(m.id, 'contact deleted');
      else if (!contact[m.channel]) reasons.set(m.id, `no ${m.channel} consent`);
      else if (contact[m.channel] !== 'GRANTED') reasons.set(m.id, `${m.channel} consent withdrawn`);
      else if (listed[m.channel].has(m.recipient)) reasons.set(m.id, listed[m.channel].get(m.recipient)!);
    }
    return reasons;
  }

  /** Sends a batch, at most IN_FLIGHT at a time and each channel at its rate. */
  private async sendAll(batch: ClaimedMessage[], limiters: Record<Channel, RateLimiterQueue>): Promise<Map<string, Outcome>> {
    const outcomes = new Map<string, Outcome>();
    let next = 0;
    const worker = async () => {
      while (next < batch.length) {
        const message = batch[next++];
        await limiters[message.channel].removeTokens(1);
        outcomes.set(message.id, await this.sendOne(message));
      }
    };
    await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, batch.length) }, worker));
    return outcomes;
  }

  private async sendOne(message: ClaimedMessage): Promise<Outcome> {
    const outgoing: OutgoingMessage = {
      id: message.id, purpose: message.purpose, recipient: message.recipient, subject: message.subject, bodyText: message.bodyText,
      bodyHtml: message.bodyHtml, language: message.language, contactId: message.contactId,
    };
    try {
      const result: SendResult = await (message.channel === 'EMAIL' ? this.email : this.sms).send(message.workspaceId, outgoing);
      return result.sent ? { kind: 'sent', providerMessageId: result.providerMessageId } : { kind: 'not_sent', reason: result.reason };
    } catch (e) {
      const error = (e as Error).message ?? String(e);
      this.logger.warn({ messageId: message.id, attempt: message.attempts, error }, 'message delivery failed');
      if (e instanceof PermanentDeliveryError) return { kind: 'failed', reason: 'rejected', error };
      if (message.attempts >= this.maxAttempts) return { kind: 'failed', reason: 'too many attempts', error };
      return { kind: 'retry', error };
    }
  }

  /** Writes a batch's outcomes (status, history, timeline) in one transaction. */
  private async record(workspaceId: string, batch: ClaimedMessage[], outcomes: Map<string, Outcome>, inTx?: EntityManager): Promise<void> {
    const write = async (em: EntityManager) => {
      const ids: string[] = [], statuses: string[] = [], reasons: (string | null)[] = [], providerIds: (string | null)[] = [];
      const errors: (string | null)[] = [], delays: (number | null)[] = [];
      const events: Array<{ id: string; status: MessageStatus; detail: string | null }> = [];
      const sent: ClaimedMessage[] = [];
      for (const m of batch) {
        const o = outcomes.get(m.id);
        if (!o) continue;
        ids.push(m.id);
        if (o.kind === 'retry') {
          const delay = this.config.MESSAGING_RETRY_DELAY_SECONDS * 2 ** (m.attempts - 1);
          statuses.push(MessageStatus.QUEUED); reasons.push(null); providerIds.push(null); errors.push(o.error); delays.push(delay);
          events.push({ id: m.id, status: MessageStatus.QUEUED, detail: `attempt ${m.attempts} failed: ${o.error}` });
          continue;
        }
        delays.push(null);
        if (o.kind === 'sent') {
          statuses.push(MessageStatus.SENT); reasons.push(null); providerIds.push(o.providerMessageId); errors.push(null);
          events.push({ id: m.id, status: MessageStatus.SENT, detail: o.providerMessageId });
          sent.push(m);
        } else if (o.kind === 'not_sent') {
          statuses.push(MessageStatus.NOT_SENT); reasons.push(o.reason); providerIds.push(null); errors.push(null);
          events.push({ id: m.id, status: MessageStatus.NOT_SENT, detail: o.reason });
        } else if (o.kind === 'suppressed') {
          statuses.push(MessageStatus.SUPPRESSED); reasons.push(o.reason); providerIds.push(null); errors.push(null);
          events.push({ id: m.id, status: MessageStatus.SUPPRESSED, detail: o.reason });
        } else {
          statuses.push(MessageStatus.FAILED); reasons.push(o.reason); providerIds.push(null); errors.push(o.error);
          events.push({ id: m.id, status: MessageStatus.FAILED, detail: o.error });
        }
      }
      if (!ids.length) return;
      await em.query(
        `UPDATE messages m SET
            status = u.status,
            status_reason = COALESCE(u.reason, CASE WHEN u.status = 'QUEUED' THEN m.status_reason END),
            provider_message_id = COALESCE(u.provider_id, m.provider_message_id),
            last_error = COALESCE(u.error, m.last_error),
            sent_at = CASE WHEN u.status = 'SENT' THEN now() ELSE m.sent_at END,
            next_attempt_at = CASE WHEN u.delay IS NOT NULL THEN now() + make_interval(secs => u.delay) ELSE m.next_attempt_at END,
            lease_until = NULL,
            updated_at = now()
           FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[]) AS u(id, status, reason, provider_id, error, delay)
          WHERE m.id = u.id AND m.status = 'SENDING'`,
        [ids, statuses, reasons, providerIds, errors, delays],
      );
      await this.addEvents(em, workspaceId, events);
      const toTimeline = sent.filter((m) => m.contactId);
      if (toTimeline.length) {
        await this.events.publish<MessagesSentEvent>(MessagingEvents.Sent, {
          workspaceId,
          messages: toTimeline.map((m) => ({
            messageId: m.id, contactId: m.contactId!, channel: m.channel, direction: 'OUT', purpose: m.purpose, recipient: m.recipient,
            subject: m.subject, bodyText: m.bodyText, actorMemberId: m.createdByMemberId,
          })),
        });
      }
    };
    if (inTx) await write(inTx);
    else await this.db.tx(write, workspaceId);
  }

  private async addEvents(em: EntityManager, workspaceId: string, events: Array<{ id: string; status: MessageStatus; detail: string | null }>): Promise<void> {
    if (!events.length) return;
    await em.query(
      `INSERT INTO message_events (workspace_id, message_id, status, detail) SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::text[])`,
      [workspaceId, events.map((e) => e.id), events.map((e) => e.status), events.map((e) => e.detail)],
    );
  }

  private hasDue(workspaceId: string): Promise<boolean> {
    return this.db.tx(async (em) => {
      const [row] = await em.query(
        `SELECT EXISTS (SELECT 1 FROM messages WHERE workspace_id = $1 AND status IN ('QUEUED', 'SENDING') AND next_attempt_at <= now()) AS due`,
        [workspaceId],
      );
      return row.due as boolean;
    }, workspaceId);
  }

  /** Retries waiting for their backoff and messages held by quiet hours get a dispatch at their time. */
  private async scheduleNextDue(workspaceId: string): Promise<void> {
    const next: Date | null = await this.db.tx(async (em) => {
      const [row] = await em.query(
        `SELECT min(next_attempt_at) AS at FROM messages WHERE workspace_id = $1 AND status IN ('QUEUED', 'SENDING')`,
        [workspaceId],
      );
      return row.at ? new Date(row.at) : null;
    }, workspaceId);
    if (next) await this.trigger(workspaceId, { at: next });
  }
}
