import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequestContext } from '../../../core/context/request-context';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { BadInputError, ForbiddenError } from '../../../core/errors/domain-errors';
import { StaffService } from '../../identity/staff.service';
import { MessageChannel } from '../message.model';
import { MessagingService } from '../messaging.service';
import { StaffAlertDefinition, TASK_ASSIGNED_ALERT } from './staff-alert-events';
import { StaffAlertPreference } from './staff-alert.model';

export interface StaffAlert {
  memberId: string;
  event: string;
  /** The text in both languages; each member gets theirs. SMS uses the body only. */
  content: Record<'fa' | 'en', { subject: string; body: string }>;
  /** One alert per key and channel, however often the cause is replayed. */
  idempotencyKey: string;
}

/**
 * Alerts for staff (a task or ticket given to them …) through the same outbox as customer messages. Each member
 * chooses per event which channels reach them; until they do, the event's defaults apply.
 */
@Injectable()
export class StaffAlertsService {
  private readonly definitions = new Map<string, StaffAlertDefinition>([[TASK_ASSIGNED_ALERT.event, TASK_ASSIGNED_ALERT]]);

  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly staff: StaffService,
    private readonly messaging: MessagingService,
  ) {}

  register(definition: StaffAlertDefinition): void {
    this.definitions.set(definition.event, definition);
  }

  myPreferences(): Promise<StaffAlertPreference[]> {
    const memberId = this.memberId();
    return this.db.tx(async (em) => {
      const rows: Array<{ event: string; channels: string[] }> = await em.query(
        `SELECT event, channels FROM staff_alert_preferences WHERE member_id = $1`,
        [memberId],
      );
      const chosen = new Map(rows.map((r) => [r.event, r.channels as MessageChannel[]]));
      const [me] = [...(await this.staff.alertAddressesIn(em, [memberId])).values()];
      const language = me?.locale ?? 'fa';
      return [...this.definitions.values()].map((d) => ({
        event: d.event,
        description: d.description[language],
        channels: chosen.get(d.event) ?? (d.defaultChannels as MessageChannel[]),
        defaultChannels: d.defaultChannels as MessageChannel[],
        customised: chosen.has(d.event),
      }));
    });
  }

  async setMyPreference(event: string, channels: MessageChannel[]): Promise<StaffAlertPreference[]> {
    if (!this.definitions.has(event)) {
      throw BadInputError.field('event', `unknown alert event "${event}" (known: ${[...this.definitions.keys()].join(', ')})`);
    }
    const memberId = this.memberId();
    await this.db.tx((em) =>
      em.query(
        `INSERT INTO staff_alert_preferences (workspace_id, member_id, event, channels) VALUES (app_current_workspace(), $1, $2, $3)
         ON CONFLICT (workspace_id, member_id, event) DO UPDATE SET channels = EXCLUDED.channels, updated_at = now()`,
        [memberId, event, channels],
      ),
    );
    return this.myPreferences();
  }

  /**
   * Queues the alert in the caller's transaction on every channel the member wants and can be reached on
   * (no phone number → no SMS). Returns the number of messages queued.
   */
  async notifyIn(em: EntityManager, alert: StaffAlert): Promise<number> {
    const definition = this.definitions.get(alert.event);
    if (!definition) throw new Error(`Unregistered staff alert ${alert.event}`);
    const address = (await this.staff.alertAddressesIn(em, [alert.memberId])).get(alert.memberId);
    if (!address) return 0;
    const [row]: Array<{ channels: string[] }> = await em.query(
      `SELECT channels FROM staff_alert_preferences WHERE member_id = $1 AND event = $2`,
      [alert.memberId, alert.event],
    );
    const channels = (row?.channels ?? definition.defaultChannels) as Array<'EMAIL' | 'SMS'>;
    const content = alert.content[address.locale];
    let queued = 0;
    for (const channel of channels) {
      const recipient = channel === 'EMAIL' ? address.email : address.phone;
      if (!recipient) continue;
      await this.messaging.enqueueForStaffIn(em, {
        memberId: alert.memberId, channel: channel as MessageChannel, recipient, language: address.locale,
        subject: channel === 'EMAIL' ? content.subject : null, body: content.body, idempotencyKey: `${alert.idempotencyKey}:${channel}`,
      });
      queued++;
    }
    return queued;
  }

  private memberId(): string {
    const principal = this.context.principal();
    if (principal?.kind !== 'staff') throw new ForbiddenError('Alert preferences belong to a signed-in staff member');
    return principal.memberId;
  }
}
