import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError, ConflictError, NotFoundError } from '../../core/errors/domain-errors';
import { StaffService } from '../identity/staff.service';
import { CreateTicketCategoryInput, SlaPolicyInput, TicketQueueInput, UpdateTicketingSettingsInput, UpdateTicketQueueInput } from './dto/ticket.inputs';
import { TicketAssignmentMode, TicketPriority } from './models/ticket.enums';
import { SlaPolicy, TicketCategory, TicketingSettings, TicketQueue } from './models/ticket.model';
import { SlaPolicyEntity, TicketCategoryEntity, TicketQueueEntity, TicketSettingsEntity } from './ticket.entities';

/** Targets used until a workspace sets its own (business minutes of the workspace's calendar). */
export const DEFAULT_SLA: Record<TicketPriority, Omit<SlaPolicy, 'priority' | 'isDefault'>> = {
  [TicketPriority.URGENT]: { firstResponseMinutes: 60, resolutionMinutes: 240, warnBeforeMinutes: 15 },
  [TicketPriority.HIGH]: { firstResponseMinutes: 240, resolutionMinutes: 1440, warnBeforeMinutes: 60 },
  [TicketPriority.NORMAL]: { firstResponseMinutes: 480, resolutionMinutes: 2880, warnBeforeMinutes: 60 },
  [TicketPriority.LOW]: { firstResponseMinutes: 1440, resolutionMinutes: 7200, warnBeforeMinutes: 120 },
};

export const toQueue = (e: TicketQueueEntity): TicketQueue => ({
  id: e.id, name: e.name, memberIds: e.memberIds, assignmentMode: e.assignmentMode as TicketAssignmentMode, fixedMemberId: e.fixedMemberId,
  supervisorMemberId: e.supervisorMemberId,
});
/** Until a workspace saves its own (the table's defaults say the same). */
export const DEFAULT_TICKETING_SETTINGS: TicketingSettings = { autoCloseDays: 7, smsKeywords: ['پشتیبانی', 'support', 'تیکت', 'ticket'], csatEnabled: true };

const toCategory = (e: TicketCategoryEntity): TicketCategory => ({ id: e.id, nameFa: e.nameFa, nameEn: e.nameEn, queueId: e.queueId });

/** Queues of experts, categories mapped to queues and SLA targets per priority (tickets:manage). */
@Injectable()
export class TicketSettingsService {
  constructor(
    private readonly db: TenantDb,
    private readonly staff: StaffService,
  ) {}

  queues(): Promise<TicketQueue[]> {
    return this.db.tx(async (em) => (await em.find(TicketQueueEntity, { order: { name: 'ASC' } })).map(toQueue));
  }

  queue(id: string): Promise<TicketQueue> {
    return this.db.tx(async (em) => toQueue(await this.loadQueue(em, id)));
  }

  createQueue(input: TicketQueueInput): Promise<TicketQueue> {
    return this.db.tx(async (em) => {
      await this.checkQueue(input.memberIds, input.assignmentMode, input.fixedMemberId ?? null, input.supervisorMemberId ?? null);
      await this.assertUniqueName(em, input.name);
      const saved = await em.save(
        em.create(TicketQueueEntity, {
          workspaceId: this.db.currentWorkspaceId()!, name: input.name.trim(), memberIds: input.memberIds, assignmentMode: input.assignmentMode,
          fixedMemberId: input.fixedMemberId ?? null, supervisorMemberId: input.supervisorMemberId ?? null,
        }),
      );
      return toQueue(saved);
    });
  }

  updateQueue(id: string, input: UpdateTicketQueueInput): Promise<TicketQueue> {
    return this.db.tx(async (em) => {
      const queue = await this.loadQueue(em, id);
      if (input.name !== undefined && input.name.trim() !== queue.name) {
        await this.assertUniqueName(em, input.name);
        queue.name = input.name.trim();
      }
      if (input.memberIds) queue.memberIds = input.memberIds;
      if (input.assignmentMode) queue.assignmentMode = input.assignmentMode;
      if (input.fixedMemberId !== undefined) queue.fixedMemberId = input.fixedMemberId;
      if (input.supervisorMemberId !== undefined) queue.supervisorMemberId = input.supervisorMemberId;
      await this.checkQueue(queue.memberIds, queue.assignmentMode as TicketAssignmentMode, queue.fixedMemberId, queue.supervisorMemberId);
      return toQueue(await em.save(queue));
    });
  }

  categories(): Promise<TicketCategory[]> {
    return this.db.tx(async (em) => (await em.find(TicketCategoryEntity, { order: { nameFa: 'ASC' } })).map(toCategory));
  }

  createCategory(input: CreateTicketCategoryInput): Promise<TicketCategory> {
    return this.db.tx(async (em) => {
      if (input.queueId && !(await em.findOne(TicketQueueEntity, { where: { id: input.queueId } }))) {
        throw BadInputError.field('input.queueId', 'is not a ticket queue of this workspace');
      }
      if (await em.findOne(TicketCategoryEntity, { where: { nameFa: input.nameFa.trim() } })) {
        throw new ConflictError(`A ticket category named "${input.nameFa.trim()}" already exists`);
      }
      const saved = await em.save(
        em.create(TicketCategoryEntity, { workspaceId: this.db.currentWorkspaceId()!, nameFa: input.nameFa.trim(), nameEn: input.nameEn.trim(), queueId: input.queueId ?? null }),
      );
      return toCategory(saved);
    });
  }

  slaPolicies(): Promise<SlaPolicy[]> {
    return this.db.tx(async (em) => {
      const rows = new Map((await em.find(SlaPolicyEntity)).map((r) => [r.priority, r]));
      return Object.values(TicketPriority).map((priority) => this.policyOf(priority, rows.get(priority)));
    });
  }

  setSlaPolicy(input: SlaPolicyInput): Promise<SlaPolicy> {
    if (input.firstResponseMinutes > input.resolutionMinutes) {
      throw BadInputError.field('input.firstResponseMinutes', 'must not be longer than resolutionMinutes');
    }
    return this.db.tx(async (em) => {
      await em.query(
        `INSERT INTO sla_policies (workspace_id, priority, first_response_minutes, resolution_minutes, warn_before_minutes)
         VALUES (app_current_workspace(), $1, $2, $3, $4)
         ON CONFLICT (workspace_id, priority) DO UPDATE SET first_response_minutes = EXCLUDED.first_response_minutes,
           resolution_minutes = EXCLUDED.resolution_minutes, warn_before_minutes = EXCLUDED.warn_before_minutes, updated_at = now()`,
        [input.priority, input.firstResponseMinutes, input.resolutionMinutes, input.warnBeforeMinutes],
      );
      return this.policyOf(input.priority, (await em.findOne(SlaPolicyEntity, { where: { priority: input.priority } })) ?? undefined);
    });
  }

  ticketingSettings(): Promise<TicketingSettings> {
    return this.db.tx((em) => this.ticketingSettingsIn(em));
  }

  async ticketingSettingsIn(em: EntityManager): Promise<TicketingSettings> {
    const row = await em.findOne(TicketSettingsEntity, { where: {} });
    return row ? { autoCloseDays: row.autoCloseDays, smsKeywords: row.smsKeywords, csatEnabled: row.csatEnabled } : { ...DEFAULT_TICKETING_SETTINGS };
  }

  /** Keywords are kept trimmed, one word each, distinct (case-insensitive), in the order given. */
  updateTicketingSettings(input: UpdateTicketingSettingsInput): Promise<TicketingSettings> {
    const keywords = input.smsKeywords?.map((k) => k.trim());
    const bad = keywords?.findIndex((k) => !k || /\s/.test(k)) ?? -1;
    if (bad >= 0) throw BadInputError.field(`input.smsKeywords.${bad}`, 'must be one word');
    return this.db.tx(async (em) => {
      const current = await this.ticketingSettingsIn(em);
      const next: TicketingSettings = {
        autoCloseDays: input.autoCloseDays ?? current.autoCloseDays,
        smsKeywords: keywords ? [...new Map(keywords.map((k) => [k.toLowerCase(), k])).values()] : current.smsKeywords,
        csatEnabled: input.csatEnabled ?? current.csatEnabled,
      };
      await em.query(
        `INSERT INTO ticket_settings (workspace_id, auto_close_days, sms_keywords, csat_enabled) VALUES (app_current_workspace(), $1, $2, $3)
         ON CONFLICT (workspace_id) DO UPDATE SET auto_close_days = EXCLUDED.auto_close_days, sms_keywords = EXCLUDED.sms_keywords,
           csat_enabled = EXCLUDED.csat_enabled, updated_at = now()`,
        [next.autoCloseDays, next.smsKeywords, next.csatEnabled],
      );
      return next;
    });
  }

  /** The workspace's policy of a priority (or the default), in the caller's transaction. */
  async policyIn(em: EntityManager, priority: TicketPriority): Promise<SlaPolicy> {
    return this.policyOf(priority, (await em.findOne(SlaPolicyEntity, { where: { priority } })) ?? undefined);
  }

  async policiesIn(em: EntityManager): Promise<Map<string, SlaPolicy>> {
    const rows = new Map((await em.find(SlaPolicyEntity)).map((r) => [r.priority, r]));
    return new Map(Object.values(TicketPriority).map((p) => [p, this.policyOf(p, rows.get(p))]));
  }

  private policyOf(priority: TicketPriority, row?: SlaPolicyEntity): SlaPolicy {
    if (row) return { priority, firstResponseMinutes: row.firstResponseMinutes, resolutionMinutes: row.resolutionMinutes, warnBeforeMinutes: row.warnBeforeMinutes, isDefault: false };
    return { priority, ...DEFAULT_SLA[priority], isDefault: true };
  }

  private async loadQueue(em: EntityManager, id: string): Promise<TicketQueueEntity> {
    const queue = await em.findOne(TicketQueueEntity, { where: { id } });
    if (!queue) throw new NotFoundError('TicketQueue', id);
    return queue;
  }

  private async assertUniqueName(em: EntityManager, name: string): Promise<void> {
    if (await em.findOne(TicketQueueEntity, { where: { name: name.trim() } })) throw new ConflictError(`A ticket queue named "${name.trim()}" already exists`);
  }

  private async checkQueue(memberIds: string[], mode: TicketAssignmentMode, fixed: string | null, supervisor: string | null): Promise<void> {
    const ids = [...new Set([...memberIds, ...(fixed ? [fixed] : []), ...(supervisor ? [supervisor] : [])])];
    const known = new Set((await this.staff.findByIds(ids)).map((m) => m.id));
    const problems = [
      ...memberIds.flatMap((id, i) => (known.has(id) ? [] : [{ field: `input.memberIds.${i}`, message: 'is not a staff member of this workspace' }])),
      ...(fixed && !known.has(fixed) ? [{ field: 'input.fixedMemberId', message: 'is not a staff member of this workspace' }] : []),
      ...(supervisor && !known.has(supervisor) ? [{ field: 'input.supervisorMemberId', message: 'is not a staff member of this workspace' }] : []),
    ];
    if (mode === TicketAssignmentMode.FIXED && !fixed) problems.push({ field: 'input.fixedMemberId', message: 'is required when assignmentMode is FIXED' });
    if (problems.length) throw new BadInputError(problems);
  }
}
