import { Injectable } from '@nestjs/common';
import { normalizePhone } from '@peyvand/phone';
import { PubSub } from 'graphql-subscriptions';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError } from '../../core/errors/domain-errors';
import { DomainEvents } from '../../core/events/domain-events';
import { nationalPhone } from '../contacts/contact-values';
import { ContactsService } from '../contacts/contacts.service';
import { StaffService } from '../identity/staff.service';
import { TaskStatus } from '../tasks/task.model';
import { TasksService } from '../tasks/tasks.service';
import { TimelineService } from '../timeline/timeline.service';
import { CallWebhookDto } from './call-webhook.dto';
import { ScreenPop } from './screen-pop.model';
import { CallLoggedEvent, TelephonyEvents } from './telephony.events';

export const SCREEN_POP_TOPIC = 'incoming-call';

export interface ScreenPopMessage {
  incomingCall: ScreenPop;
  memberId: string;
  workspaceId: string;
}

/**
 * Calls reported by the PBX: each is kept in `calls` (idempotent on the PBX's call id), a ringing call pops the
 * caller's 360 summary up for the member whose extension rings, and a finished call of a known contact lands on
 * the contact's timeline (through the telephony.call_logged event).
 */
@Injectable()
export class TelephonyService {
  readonly pubsub = new PubSub();

  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly events: DomainEvents,
    private readonly contacts: ContactsService,
    private readonly staff: StaffService,
    private readonly tasks: TasksService,
    private readonly timeline: TimelineService,
  ) {}

  async handle(dto: CallWebhookDto): Promise<{ callId: string; contactId: string | null; memberId: string | null; status: string }> {
    const remoteRaw = dto.direction === 'in' ? dto.from : dto.to;
    if (!remoteRaw) throw BadInputError.field('to', 'is required for an outbound call');
    const normalised = normalizePhone(remoteRaw, { defaultCountry: 'IR', allowForeign: true });
    const remote = normalised.ok ? normalised.e164 : null;
    const member = dto.extension ? await this.staff.findByExtension(dto.extension) : null;
    const contact = remote ? await this.contacts.byPhone(remote) : null;
    const workspaceId = this.context.workspaceId()!;

    const result = await this.db.tx(async (em) => {
      const [row] = await em.query(
        `INSERT INTO calls (workspace_id, external_id, direction, remote_e164, remote_raw, extension, member_id, contact_id, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'ringing')
         ON CONFLICT (workspace_id, external_id) DO UPDATE SET
           extension = COALESCE(EXCLUDED.extension, calls.extension),
           member_id = COALESCE(EXCLUDED.member_id, calls.member_id),
           contact_id = COALESCE(calls.contact_id, EXCLUDED.contact_id)
         RETURNING id, status, started_at, member_id, contact_id`,
        [workspaceId, dto.callId, dto.direction, remote, remoteRaw, dto.extension ?? null, member?.id ?? null, contact?.id ?? null],
      );
      let status: string = row.status;
      if (dto.event === 'answered' && status === 'ringing') {
        await em.query(`UPDATE calls SET status = 'answered', answered_at = now() WHERE id = $1`, [row.id]);
        status = 'answered';
      }
      if (dto.event === 'hangup' && status !== 'ended' && status !== 'missed') {
        const duration = dto.durationSeconds ?? 0;
        status = status === 'answered' || duration > 0 ? 'ended' : 'missed';
        await em.query(`UPDATE calls SET status = $2, ended_at = now(), duration_seconds = $3, recording_url = $4 WHERE id = $1`, [
          row.id, status, duration, dto.recordingUrl ?? null,
        ]);
        if (row.contact_id) {
          const answered = status === 'ended';
          await this.events.publish<CallLoggedEvent>(TelephonyEvents.CallLogged, {
            workspaceId,
            contactId: row.contact_id,
            callId: dto.callId,
            direction: dto.direction,
            startedAt: new Date(row.started_at).toISOString(),
            summary: `${dto.direction === 'in' ? 'Incoming' : 'Outgoing'} call${answered ? '' : ' (missed)'}`,
            data: { durationSeconds: duration, outcome: answered ? 'answered' : 'missed', extension: dto.extension ?? null, recordingUrl: dto.recordingUrl ?? null },
            actorMemberId: row.member_id,
          });
        }
      }
      return { callId: row.id as string, contactId: row.contact_id as string | null, memberId: row.member_id as string | null, status };
    });

    if (dto.event === 'ringing' && dto.direction === 'in' && member) {
      const pop = await this.screenPop(dto, remote ?? remoteRaw, contact?.id ?? null);
      this.db.afterCommit(() => void this.pubsub.publish(SCREEN_POP_TOPIC, { incomingCall: pop, memberId: member.id, workspaceId } satisfies ScreenPopMessage));
    }
    return result;
  }

  /** The 360 summary shown before answering; each later module adds its section (purchases, tickets, points). */
  private async screenPop(dto: CallWebhookDto, phone: string, contactId: string | null): Promise<ScreenPop> {
    if (!contactId) {
      return { callId: dto.callId, phone: phone.startsWith('+') ? nationalPhone(phone) : phone, direction: dto.direction.toUpperCase(), extension: dto.extension ?? null, contact: null, isNewCaller: true, openTasks: 0, lastInteractions: [] };
    }
    const [contact, tasks, lastInteractions] = await Promise.all([
      this.contacts.get(contactId),
      this.tasks.ofContacts([contactId], TaskStatus.OPEN),
      this.timeline.latest(contactId, 5),
    ]);
    return {
      callId: dto.callId,
      phone: nationalPhone(phone),
      direction: dto.direction.toUpperCase(),
      extension: dto.extension ?? null,
      contact,
      isNewCaller: false,
      openTasks: tasks.get(contactId)?.length ?? 0,
      lastInteractions,
    };
  }
}
