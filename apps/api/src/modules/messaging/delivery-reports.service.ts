import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError, ConflictError, DomainError, ErrorCode, FieldError } from '../../core/errors/domain-errors';
import { MessageStatus } from './message.model';
import { SuppressionReason } from './suppressions/suppression.model';
import { SuppressionsService } from './suppressions/suppressions.service';

/** What a delivery report says happened to an SMS. `pending`: an intermediate step (queued at the operator …). */
export type SmsOutcome = 'delivered' | 'failed' | 'undeliverable' | 'pending';
export type EmailOutcome = 'delivered' | 'bounced' | 'complained';

/** Either our message id (the X-Peyvand-Message-Id / Message-ID we sent) or the provider's id of the message. */
export interface MessageRef {
  messageId?: string | null;
  providerMessageId?: string | null;
}

export interface SmsDeliveryReport extends MessageRef {
  outcome: SmsOutcome;
  /** How the provider said it (e.g. "kavenegar status 11: undeliverable"), kept in the message history. */
  detail?: string | null;
}

export interface EmailDeliveryEvent extends MessageRef {
  event: EmailOutcome;
  /** For bounces: hard (permanent, the address is suppressed) or soft (temporary: history only). Default hard. */
  bounceType?: 'hard' | 'soft' | null;
  detail?: string | null;
}

export interface DeliveryReportResult {
  messageId: string;
  /** The message's status after the report. */
  status: MessageStatus;
  /** Whether the report changed the status (a repeated or late report does not). */
  applied: boolean;
}

/**
 * Kavenegar delivery statuses (the `status` of its delivery callback and of /sms/status.json), as documented by
 * Kavenegar and its official SDKs: 1 queued, 2 scheduled, 4 / 5 sent to the operator, 6 failed, 10 delivered,
 * 11 undeliverable, 13 cancelled, 14 blocked (filtered: the recipient refuses advertising SMS).
 */
export const KAVENEGAR_STATUSES: Readonly<Record<number, { outcome: SmsOutcome; label: string }>> = {
  1: { outcome: 'pending', label: 'queued' },
  2: { outcome: 'pending', label: 'scheduled' },
  4: { outcome: 'pending', label: 'sent to the operator' },
  5: { outcome: 'pending', label: 'sent to the operator' },
  6: { outcome: 'failed', label: 'failed' },
  10: { outcome: 'delivered', label: 'delivered' },
  11: { outcome: 'undeliverable', label: 'undeliverable' },
  13: { outcome: 'failed', label: 'cancelled' },
  14: { outcome: 'failed', label: 'blocked by the recipient or operator' },
};

const GENERIC_SMS_STATUSES: readonly SmsOutcome[] = ['delivered', 'failed', 'undeliverable'];
const OUR_ID = /^<?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(@[^>\s]*)?>?$/i;
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v.trim() || undefined : typeof v === 'number' ? String(v) : undefined);

interface Row {
  id: string;
  status: MessageStatus;
  recipient: string;
  channel: 'EMAIL' | 'SMS';
}

interface Change {
  status: MessageStatus;
  statusReason?: string | null;
  lastError?: string | null;
  delivered?: boolean;
}

/**
 * Delivery reports from providers (SMS delivery callbacks, email delivered/bounce/complaint events): they move a SENT
 * message on to DELIVERED, FAILED or BOUNCED, append to its history, and put hard-bounced or complaining addresses on
 * the suppression list. Reports are idempotent and never move a message backwards (a late "delivered" does not undo a
 * bounce).
 */
@Injectable()
export class DeliveryReportsService {
  constructor(
    private readonly db: TenantDb,
    private readonly suppressions: SuppressionsService,
  ) {}

  /** Reads an SMS delivery report in Kavenegar's form ({ messageid, status: 10 … }) or the generic one ({ messageId | providerMessageId, status: delivered … }). */
  parseSmsReport(body: Record<string, unknown>): SmsDeliveryReport {
    const errors: FieldError[] = [];
    if (body.messageid !== undefined) {
      const providerMessageId = str(body.messageid);
      const code = Number(str(body.status));
      const known = KAVENEGAR_STATUSES[code];
      if (!providerMessageId) errors.push({ field: 'messageid', message: 'is required' });
      if (!known) errors.push({ field: 'status', message: `must be a Kavenegar delivery status (${Object.keys(KAVENEGAR_STATUSES).join(', ')})` });
      if (errors.length) throw new BadInputError(errors);
      const statusText = str(body.statustext);
      return { providerMessageId, outcome: known.outcome, detail: `kavenegar status ${code}: ${statusText ?? known.label}` };
    }
    const messageId = str(body.messageId);
    const providerMessageId = str(body.providerMessageId);
    const status = str(body.status)?.toLowerCase() as SmsOutcome | undefined;
    if (!messageId && !providerMessageId) errors.push({ field: 'messageId', message: 'messageId or providerMessageId is required' });
    if (!status || !GENERIC_SMS_STATUSES.includes(status)) errors.push({ field: 'status', message: `must be one of ${GENERIC_SMS_STATUSES.join(', ')}` });
    const detail = str(body.detail);
    if (detail && detail.length > 1000) errors.push({ field: 'detail', message: 'at most 1000 characters' });
    if (errors.length) throw new BadInputError(errors);
    return { messageId, providerMessageId, outcome: status!, detail: detail ?? null };
  }

  applySms(report: SmsDeliveryReport): Promise<DeliveryReportResult> {
    return this.db.tx(async (em) => {
      const m = await this.find(em, 'SMS', report);
      const what = report.detail ?? report.outcome;
      let change: Change | null = null;
      if (report.outcome === 'delivered' && m.status === MessageStatus.SENT) change = { status: MessageStatus.DELIVERED, delivered: true };
      if ((report.outcome === 'failed' || report.outcome === 'undeliverable') && m.status === MessageStatus.SENT) {
        change = { status: MessageStatus.FAILED, statusReason: report.outcome === 'undeliverable' ? 'undeliverable' : 'failed after sending', lastError: what };
      }
      return this.apply(em, m, report.outcome !== 'pending', change, `delivery report: ${what}`);
    });
  }

  applyEmail(event: EmailDeliveryEvent): Promise<DeliveryReportResult> {
    return this.db.tx(async (em) => {
      const m = await this.find(em, 'EMAIL', event);
      const hard = event.event === 'bounced' && event.bounceType !== 'soft';
      const detail = event.detail?.trim() || null;
      let change: Change | null = null;
      let description: string;
      if (event.event === 'delivered') {
        description = `delivered${detail ? `: ${detail}` : ''}`;
        if (m.status === MessageStatus.SENT) change = { status: MessageStatus.DELIVERED, delivered: true };
      } else if (event.event === 'bounced') {
        description = `${hard ? 'hard' : 'soft'} bounce${detail ? `: ${detail}` : ''}`;
        // A bounce may follow "delivered" (accepted by the receiving server, then returned).
        if (hard && (m.status === MessageStatus.SENT || m.status === MessageStatus.DELIVERED)) {
          change = { status: MessageStatus.BOUNCED, statusReason: 'hard bounce', lastError: detail };
        }
      } else {
        description = `spam complaint${detail ? `: ${detail}` : ''}`;
      }
      if (hard || event.event === 'complained') {
        await this.suppressions.addIn(em, {
          channel: 'EMAIL', address: m.recipient, reason: hard ? SuppressionReason.BOUNCED : SuppressionReason.COMPLAINED, detail: description, messageId: m.id,
        });
      }
      return this.apply(em, m, event.event === 'delivered' || hard, change, description);
    });
  }

  /** The message a report is about, locked against a concurrent report; 404 when this workspace has none. */
  private async find(em: EntityManager, channel: 'EMAIL' | 'SMS', ref: MessageRef): Promise<Row> {
    const ours = ref.messageId ? OUR_ID.exec(ref.messageId.trim())?.[1] : undefined;
    if (ref.messageId && !ours && !ref.providerMessageId) throw BadInputError.field('messageId', 'is not a message id of ours (a uuid, or <uuid@host>)');
    const [row]: Row[] = ours
      ? await em.query(`SELECT id, status, recipient, channel FROM messages WHERE id = $1 AND channel = $2 AND direction = 'OUT' FOR UPDATE`, [ours, channel])
      : await em.query(
          `SELECT id, status, recipient, channel FROM messages WHERE channel = $1 AND provider_message_id = $2 AND direction = 'OUT'
            ORDER BY created_at DESC LIMIT 1 FOR UPDATE`,
          [channel, ref.providerMessageId],
        );
    if (!row) {
      const which = ours ? `id ${ours}` : `provider message id ${ref.providerMessageId}`;
      throw new DomainError(ErrorCode.NOT_FOUND, `No outgoing ${channel} message with ${which} in this workspace`, { entity: 'Message' });
    }
    return row;
  }

  /**
   * Records a report: the status change if it applies, and always a history entry. A final report about a message
   * still being sent (QUEUED/SENDING: the provider answered faster than we recorded it) is refused with 409 so the
   * provider sends it again later, instead of being lost or overwritten by the sender.
   */
  private async apply(em: EntityManager, m: Row, final: boolean, change: Change | null, description: string): Promise<DeliveryReportResult> {
    if (final && (m.status === MessageStatus.QUEUED || m.status === MessageStatus.SENDING)) {
      throw new ConflictError(`Message ${m.id} is still being sent (${m.status}); send the report again later`);
    }
    if (change) {
      await em.query(
        `UPDATE messages SET status = $2, status_reason = COALESCE($3, status_reason), last_error = COALESCE($4, last_error),
                delivered_at = CASE WHEN $5 THEN COALESCE(delivered_at, now()) ELSE delivered_at END, updated_at = now()
          WHERE id = $1`,
        [m.id, change.status, change.statusReason ?? null, change.lastError ?? null, !!change.delivered],
      );
    }
    const status = change?.status ?? m.status;
    const detail = change || !final ? description : `${description} (no change: the message is ${m.status})`;
    await em.query(`INSERT INTO message_events (workspace_id, message_id, status, detail) VALUES (app_current_workspace(), $1, $2, $3)`, [m.id, status, detail.slice(0, 2000)]);
    return { messageId: m.id, status, applied: !!change };
  }
}
