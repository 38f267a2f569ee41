import { Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError, NotFoundError } from '../../core/errors/domain-errors';
import { DomainEvents } from '../../core/events/domain-events';
import { ContactEvents, ContactStageChangedEvent, LifecycleInputEvents, OrderCompletedEvent, ReferralSucceededEvent } from './contacts.events';
import { LifecycleSettingsInput } from './dto/contact.inputs';
import { ContactEntity } from './entities/contact.entity';
import { ContactSettingsEntity, LifecycleThresholds, StageChangeEntity } from './entities/contact-settings.entity';
import { LifecycleStage } from './models/contact.enums';
import { LifecycleSettings, StageChange } from './models/contact.model';

export const DEFAULT_LIFECYCLE: LifecycleThresholds = {
  clientMinOrders: 4,
  clientWindowMonths: 6,
  advocateMinReferrals: 2,
  inactiveAfterDays: 180,
  lostAfterDays: 365,
};

/** Stages only a person can judge; automatic transitions never leave PARTNER. */
export const MANUAL_STAGES = [LifecycleStage.SUSPECT, LifecycleStage.PROSPECT, LifecycleStage.DISQUALIFIED, LifecycleStage.PARTNER];

const CUSTOMER_RANK: Partial<Record<LifecycleStage, number>> = {
  [LifecycleStage.FIRST_TIME_CUSTOMER]: 1,
  [LifecycleStage.REPEAT_CUSTOMER]: 2,
  [LifecycleStage.CLIENT]: 3,
  [LifecycleStage.ADVOCATE]: 4,
  [LifecycleStage.PARTNER]: 5,
};

const MONTH_MS = 30.44 * 86_400_000;

/**
 * The customer ladder (customer-classification article): suspect → prospect → first-time → repeat → client →
 * advocate → partner, with disqualified, inactive and lost. Purchases and referrals (events of the sales and
 * club modules) move it automatically, with per-workspace thresholds; people decide the judgement calls.
 * Every change is kept in stage_changes with when, from, to, why and who. Automatic reasons are codes the apps
 * translate: created, imported, first_order, repeat_order:<n>, orders_in_window:<n>:<months>, referrals:<n>,
 * no_purchase:<days>; a person's reason is their own words.
 */
@Injectable()
export class LifecycleService implements OnModuleInit {
  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly events: DomainEvents,
  ) {}

  onModuleInit(): void {
    this.events.subscribeInTransaction<OrderCompletedEvent>(LifecycleInputEvents.OrderCompleted, (e, em) => this.onOrderCompleted(em, e));
    this.events.subscribeInTransaction<ReferralSucceededEvent>(LifecycleInputEvents.ReferralSucceeded, (e, em) => this.onReferralSucceeded(em, e));
  }

  async settings(em: EntityManager): Promise<LifecycleThresholds> {
    const row = await em.findOneBy(ContactSettingsEntity, {});
    return { ...DEFAULT_LIFECYCLE, ...(row?.lifecycle ?? {}) };
  }

  getSettings(): Promise<LifecycleSettings> {
    return this.db.tx((em) => this.settings(em));
  }

  updateSettings(input: LifecycleSettingsInput): Promise<LifecycleSettings> {
    return this.db.tx(async (em) => {
      const merged = { ...(await this.settings(em)), ...Object.fromEntries(Object.entries(input).filter(([, v]) => v != null)) } as LifecycleThresholds;
      if (merged.lostAfterDays <= merged.inactiveAfterDays) throw BadInputError.field('input.lostAfterDays', 'must be longer than inactiveAfterDays');
      await em.upsert(ContactSettingsEntity, { workspaceId: this.context.workspaceId()!, lifecycle: merged }, ['workspaceId']);
      return merged;
    });
  }

  async recordInitialStage(em: EntityManager, contact: ContactEntity, actorMemberId: string | null): Promise<void> {
    await em.insert(StageChangeEntity, {
      workspaceId: contact.workspaceId,
      contactId: contact.id,
      fromStage: null,
      toStage: contact.stage,
      reason: 'created',
      automatic: false,
      changedByMemberId: actorMemberId,
    });
  }

  /** A person's judgement: qualify, disqualify, make partner, or send back to suspect. */
  changeStage(contactId: string, stage: LifecycleStage, reason: string): Promise<ContactEntity> {
    if (!MANUAL_STAGES.includes(stage)) {
      throw BadInputError.field('stage', `${stage} is reached automatically from purchases, referrals and inactivity; set ${MANUAL_STAGES.join(', ')} by hand`);
    }
    if (!reason.trim()) throw BadInputError.field('reason', 'say why the stage changes');
    const principal = this.context.principal();
    const actor = principal?.kind === 'staff' ? principal.memberId : null;
    return this.db.tx(async (em) => {
      const contact = await em.findOneBy(ContactEntity, { id: contactId });
      if (!contact || contact.deletedAt) throw new NotFoundError('Contact', contactId);
      await this.transition(em, contact, stage, reason.trim(), false, actor);
      return contact;
    });
  }

  history(contactIds: readonly string[]): Promise<Map<string, StageChange[]>> {
    return this.db.tx(async (em) => {
      const rows = await em
        .createQueryBuilder(StageChangeEntity, 's')
        .where('s.contact_id = ANY(:ids)', { ids: [...contactIds] })
        .orderBy('s.changed_at', 'DESC')
        .getMany();
      const map = new Map<string, StageChange[]>();
      for (const r of rows) {
        const item: StageChange = { id: r.id, from: r.fromStage as LifecycleStage | null, to: r.toStage as LifecycleStage, reason: r.reason, automatic: r.automatic, changedAt: r.changedAt, changedByMemberId: r.changedByMemberId };
        map.set(r.contactId, [...(map.get(r.contactId) ?? []), item]);
      }
      return map;
    });
  }

  private async onOrderCompleted(em: EntityManager, e: OrderCompletedEvent): Promise<void> {
    const contact = await em.findOne(ContactEntity, { where: { id: e.contactId }, lock: { mode: 'pessimistic_write' } });
    if (!contact) return;
    const at = new Date(e.completedAt);
    contact.orderCount += 1;
    contact.lastOrderAt = !contact.lastOrderAt || at > contact.lastOrderAt ? at : contact.lastOrderAt;
    contact.recentOrders = [...(contact.recentOrders ?? []), at].sort((a, b) => +b - +a).slice(0, 100);
    await em.save(contact);
    const t = await this.settings(em);
    const inWindow = contact.recentOrders.filter((d) => +at - +d <= t.clientWindowMonths * MONTH_MS).length;
    let target: LifecycleStage;
    let reason: string;
    if (inWindow >= t.clientMinOrders) {
      target = LifecycleStage.CLIENT;
      reason = `orders_in_window:${inWindow}:${t.clientWindowMonths}`;
    } else if (contact.orderCount >= 2) {
      target = LifecycleStage.REPEAT_CUSTOMER;
      reason = `repeat_order:${contact.orderCount}`;
    } else {
      target = LifecycleStage.FIRST_TIME_CUSTOMER;
      reason = 'first_order';
    }
    await this.promote(em, contact, target, reason);
  }

  private async onReferralSucceeded(em: EntityManager, e: ReferralSucceededEvent): Promise<void> {
    const contact = await em.findOne(ContactEntity, { where: { id: e.referrerContactId }, lock: { mode: 'pessimistic_write' } });
    if (!contact) return;
    contact.referralCount += 1;
    await em.save(contact);
    const t = await this.settings(em);
    if (contact.referralCount >= t.advocateMinReferrals && contact.orderCount > 0) {
      await this.promote(em, contact, LifecycleStage.ADVOCATE, `referrals:${contact.referralCount}`);
    }
  }

  /**
   * Win-back: customers without a purchase for inactiveAfterDays become INACTIVE, for lostAfterDays LOST.
   * Run daily by the scheduler; returns how many contacts moved.
   */
  async evaluateInactivity(workspaceId: string, asOf = new Date()): Promise<number> {
    return this.db.tx(async (em) => {
      const t = await this.settings(em);
      let moved = 0;
      for (const [stage, days, from] of [
        [LifecycleStage.LOST, t.lostAfterDays, [LifecycleStage.FIRST_TIME_CUSTOMER, LifecycleStage.REPEAT_CUSTOMER, LifecycleStage.CLIENT, LifecycleStage.ADVOCATE, LifecycleStage.INACTIVE]],
        [LifecycleStage.INACTIVE, t.inactiveAfterDays, [LifecycleStage.FIRST_TIME_CUSTOMER, LifecycleStage.REPEAT_CUSTOMER, LifecycleStage.CLIENT, LifecycleStage.ADVOCATE]],
      ] as const) {
        const cutoff = new Date(+asOf - days * 86_400_000);
        const stale = await em
          .createQueryBuilder(ContactEntity, 'c')
          .where('c.deleted_at IS NULL AND c.stage = ANY(:from) AND c.last_order_at < :cutoff', { from, cutoff })
          .getMany();
        for (const c of stale) await this.transition(em, c, stage, `no_purchase:${days}`, true, null);
        moved += stale.length;
      }
      return moved;
    }, workspaceId);
  }

  /** Moves up the ladder only (a purchase never demotes an advocate); PARTNER stays until a person changes it. */
  private async promote(em: EntityManager, contact: ContactEntity, target: LifecycleStage, reason: string): Promise<void> {
    const current = contact.stage as LifecycleStage;
    if (current === LifecycleStage.PARTNER) return;
    const rank = CUSTOMER_RANK[current] ?? 0;
    if ((CUSTOMER_RANK[target] ?? 0) <= rank) return;
    await this.transition(em, contact, target, reason, true, null);
  }

  private async transition(em: EntityManager, contact: ContactEntity, to: LifecycleStage, reason: string, automatic: boolean, actorMemberId: string | null): Promise<void> {
    const from = contact.stage;
    if (from === to) return;
    await em.update(ContactEntity, contact.id, { stage: to });
    contact.stage = to;
    await em.insert(StageChangeEntity, { workspaceId: contact.workspaceId, contactId: contact.id, fromStage: from, toStage: to, reason, automatic, changedByMemberId: actorMemberId });
    await this.events.publish<ContactStageChangedEvent>(ContactEvents.StageChanged, {
      workspaceId: contact.workspaceId,
      contactId: contact.id,
      from,
      to,
      reason,
      automatic,
      actorMemberId,
    });
  }
}
