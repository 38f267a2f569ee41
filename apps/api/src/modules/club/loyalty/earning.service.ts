import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequestContext } from '../../../core/context/request-context';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { JobQueue } from '../../../core/jobs/job-queue.service';
import { WorkspacesService } from '../../workspaces/workspaces.service';
import { capOf, LoyaltySettingsService } from './loyalty-settings.service';
import { LedgerResult, PointsLedger, toPointsEntry } from './points-ledger.service';
import { TiersService } from './tiers.service';
import { LocalText, REASONS } from './loyalty-texts';
import { LoyaltySettings, PointsKind, PointsSource } from './models/loyalty.models';

export interface EarnRequest {
  contactId: string;
  source: PointsSource;
  /** Before the tier multiplier and the daily cap. */
  points: number;
  reason: string | LocalText;
  /** Idempotency: the same reference never earns twice. */
  sourceRef: string;
  /** When it was earned (expiry counts from here); default now. */
  at?: Date;
}

/** Rules the tier multiplier applies to (not manual adjustments or bonuses given as fixed amounts by staff). */
const MULTIPLIED = new Set([PointsSource.PURCHASE, PointsSource.CALL, PointsSource.SMS, PointsSource.NEWS, PointsSource.SURVEY, PointsSource.CONTEST]);

export const BIRTHDAY_BONUS_JOB = 'loyalty.birthday-bonus';
const BONUS_CHUNK = 200;

export function addMonths(at: Date, months: number): Date {
  const d = new Date(at);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

/**
 * Earning by rule: the tier multiplier, the daily cap of the source (counted under the contact's balance lock, so
 * concurrent earnings never pass it), the expiry date from the settings, then the ledger; the tier is recalculated
 * in the same transaction.
 */
@Injectable()
export class EarningService implements OnModuleInit {
  private readonly logger = new Logger(EarningService.name);

  constructor(
    private readonly settings: LoyaltySettingsService,
    private readonly ledger: PointsLedger,
    private readonly tiers: TiersService,
    private readonly workspaces: WorkspacesService,
    private readonly context: RequestContext,
    private readonly db: TenantDb,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.define<{ workspaceId: string; contactIds: string[]; year: number }>({
      name: BIRTHDAY_BONUS_JOB, retryLimit: 5, retryDelaySeconds: 10,
      handler: (data) => this.awardBirthdayBonuses(data.workspaceId, data.contactIds, data.year),
    });
  }

  /** Answers null when nothing was earned (loyalty off, 0 points, or the cap reached). */
  async earnIn(em: EntityManager, request: EarnRequest, settings?: LoyaltySettings): Promise<LedgerResult | null> {
    const rules = settings ?? (await this.settings.getIn(em));
    if (!rules.enabled || request.points <= 0) return null;
    await this.ledger.lockIn(em, request.contactId);
    const existing = await this.ledger.findByRefIn(em, request.sourceRef);
    if (existing) return { entry: toPointsEntry(existing), balance: (await this.ledger.balanceIn(em, request.contactId)).balance, duplicate: true };
    let points = request.points;
    if (rules.tierMultipliers && MULTIPLIED.has(request.source)) {
      const tier = await this.tiers.currentTierIn(em, request.contactId);
      if (tier) points = Math.floor((points * tier.multiplierPercent) / 100);
    }
    const cap = capOf(rules, request.source);
    if (cap !== null) {
      const { timezone } = await this.workspaces.current();
      const [{ n }] = await em.query(
        `SELECT coalesce(sum(delta), 0)::int AS n FROM loyalty_entries
          WHERE contact_id = $1 AND kind = 'EARN' AND source = $2 AND created_at >= (date_trunc('day', now() AT TIME ZONE $3) AT TIME ZONE $3)`,
        [request.contactId, request.source, timezone],
      );
      points = Math.min(points, cap - n);
    }
    if (points <= 0) return null;
    const at = request.at ?? new Date();
    const result = await this.ledger.applyIn(em, {
      contactId: request.contactId, kind: PointsKind.EARN, source: request.source, delta: points, reason: request.reason, sourceRef: request.sourceRef,
      expiresAt: rules.expiryMonths ? addMonths(at, rules.expiryMonths) : null, actorMemberId: this.actorMemberId(),
    });
    if (!result.duplicate) await this.tiers.recalculateIn(em, request.contactId, `points earned (${request.source.toLowerCase()})`);
    return result;
  }

  /** The scheduled-jobs engineer calls this on the member's birthday; once per contact and year. */
  async awardBirthdayBonusIn(em: EntityManager, contactId: string, year: number): Promise<LedgerResult | null> {
    const rules = await this.settings.getIn(em);
    return this.earnIn(em, { contactId, source: PointsSource.BIRTHDAY, points: rules.birthdayPoints, reason: REASONS.birthday(year), sourceRef: `birthday:${contactId}:${year}` }, rules);
  }

  /**
   * The day's birthday bonuses for many contacts (the important-dates job), queued in the caller's transaction:
   * the greeting run stays a few statements per page, and the ledger work (lock, entry, tier) runs in the worker.
   * Nothing is queued while loyalty is off or gives no birthday points.
   */
  async queueBirthdayBonusesIn(em: EntityManager, contactIds: readonly string[], year: number): Promise<void> {
    if (!contactIds.length) return;
    const rules = await this.settings.getIn(em);
    if (!rules.enabled || rules.birthdayPoints <= 0) return;
    const workspaceId = this.context.workspaceId() ?? this.db.currentWorkspaceId()!;
    for (let i = 0; i < contactIds.length; i += BONUS_CHUNK) {
      await this.jobs.enqueue(BIRTHDAY_BONUS_JOB, { workspaceId, contactIds: contactIds.slice(i, i + BONUS_CHUNK), year }, { em });
    }
  }

  /** One contact's failure (merged away meanwhile) is logged and skipped; a retry of the job earns nothing twice (sourceRef). */
  private async awardBirthdayBonuses(workspaceId: string, contactIds: readonly string[], year: number): Promise<void> {
    await this.db.tx(async (em) => {
      const rules = await this.settings.getIn(em);
      for (const contactId of contactIds) {
        await em.query(`SAVEPOINT birthday_bonus`);
        try {
          await this.earnIn(em, { contactId, source: PointsSource.BIRTHDAY, points: rules.birthdayPoints, reason: REASONS.birthday(year), sourceRef: `birthday:${contactId}:${year}` }, rules);
          await em.query(`RELEASE SAVEPOINT birthday_bonus`);
        } catch (e) {
          await em.query(`ROLLBACK TO SAVEPOINT birthday_bonus`);
          this.logger.warn({ workspaceId, contactId, year, error: (e as Error).message }, 'birthday bonus failed');
        }
      }
    }, workspaceId);
  }

  actorMemberId(): string | null {
    const p = this.context.principal();
    return p?.kind === 'staff' ? p.memberId : null;
  }
}
