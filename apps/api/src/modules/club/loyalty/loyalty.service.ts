import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequestContext } from '../../../core/context/request-context';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { Idempotency } from '../../../core/idempotency/idempotency.service';
import { BadInputError, ForbiddenError } from '../../../core/errors/domain-errors';
import { Connection, PageArgs, paginate } from '../../../core/graphql/connection';
import { ContactsService } from '../../contacts/contacts.service';
import { AdjustPointsInput } from './dto/loyalty.inputs';
import { addMonths, EarningService } from './earning.service';
import { LoyaltySettingsService } from './loyalty-settings.service';
import { LoyaltyEntryEntity } from './loyalty.entities';
import { InsufficientPointsError, PointsLedger, toPointsEntry } from './points-ledger.service';
import { ReferralsService } from './referrals.service';
import { RewardsService } from './rewards.service';
import { TiersService } from './tiers.service';
import { REASONS } from './loyalty-texts';
import { ContactLoyalty, PointsChange, PointsEntry, PointsKind, PointsSource, PointsSummary } from './models/loyalty.models';

const DAY_MS = 86_400_000;

/** Reads of a contact's club state (member panel and the staff 360 page) and staff adjustments. */
@Injectable()
export class LoyaltyService {
  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly ledger: PointsLedger,
    private readonly settings: LoyaltySettingsService,
    private readonly tiers: TiersService,
    private readonly rewards: RewardsService,
    private readonly referrals: ReferralsService,
    private readonly earning: EarningService,
    private readonly contacts: ContactsService,
    private readonly idempotency: Idempotency,
  ) {}

  /** The signed-in club member's contact (member operations act on it only). */
  memberContactId(): string {
    const p = this.context.principal();
    if (p?.kind !== 'member') throw new ForbiddenError('Only a signed-in club member can do this');
    return p.contactId;
  }

  summary(contactId: string): Promise<PointsSummary> {
    return this.db.tx((em) => this.summaryIn(em, contactId));
  }

  async summaryIn(em: EntityManager, contactId: string, now = new Date()): Promise<PointsSummary> {
    const { balance, lifetimeEarned } = await this.ledger.balanceIn(em, contactId);
    const { expiryWarningDays } = await this.settings.getIn(em);
    const [soon] = await em.query(
      `SELECT coalesce(sum(remaining) FILTER (WHERE expires_at <= $2), 0)::int AS soon, min(expires_at) AS next
         FROM loyalty_entries WHERE contact_id = $1 AND remaining > 0 AND expires_at IS NOT NULL`,
      [contactId, new Date(now.getTime() + (expiryWarningDays || 30) * DAY_MS)],
    );
    return { balance, lifetimeEarned, expiringSoon: soon.soon, nextExpiryAt: soon.next };
  }

  history(contactId: string, args: PageArgs): Promise<Connection<PointsEntry>> {
    return this.db.tx((em) =>
      paginate(em.createQueryBuilder(LoyaltyEntryEntity, 'e').where('e.contact_id = :contactId', { contactId }), args, { orderBy: 'createdAt', map: toPointsEntry }),
    );
  }

  tierStatus(contactId: string) {
    return this.db.tx((em) => this.tiers.statusIn(em, contactId));
  }

  async contactLoyalty(contactId: string): Promise<ContactLoyalty> {
    await this.db.tx((em) => this.contacts.loadForInput(em, contactId, 'contactId'));
    const vouchers = await this.rewards.usableVouchers(contactId);
    return this.db.tx(async (em) => {
      const summary = await this.summaryIn(em, contactId);
      const [code] = await em.query(`SELECT code FROM loyalty_referral_codes WHERE contact_id = $1`, [contactId]);
      return {
        contactId, balance: summary.balance, lifetimeEarned: summary.lifetimeEarned, expiringSoon: summary.expiringSoon,
        tier: await this.tiers.statusIn(em, contactId), tierHistory: await this.tiers.historyIn(em, contactId), vouchers,
        stampCards: await this.rewards.stampCardsIn(em, contactId), referralCode: code?.code ?? null,
      };
    });
  }

  stampCards(contactId: string) {
    return this.db.tx((em) => this.rewards.stampCardsIn(em, contactId));
  }

  /**
   * Staff correction with a reason (audited in loyalty_adjustments); a decrease below 0 is refused. With an
   * idempotency key (one per dialog submission) a retry answers the first adjustment instead of adjusting twice.
   */
  adjust(input: AdjustPointsInput): Promise<PointsChange> {
    const reason = input.reason.trim();
    if (!reason) throw BadInputError.field('input.reason', 'say why the points are adjusted');
    if (input.delta === 0) throw BadInputError.field('input.delta', 'must not be 0');
    const key = input.idempotencyKey?.trim();
    if (input.idempotencyKey != null && !key) throw BadInputError.field('input.idempotencyKey', 'must not be blank');
    return this.idempotency.run<PointsChange>(
      key ? `adjustPoints:${key}` : null,
      'adjustPoints',
      { contactId: input.contactId, delta: input.delta, reason },
      (em) => this.adjustIn(em, input.contactId, input.delta, reason),
      {
        serialize: (r) => r,
        deserialize: (stored) => {
          const r = stored as PointsChange;
          return { balance: r.balance, entry: { ...r.entry, createdAt: new Date(r.entry.createdAt), expiresAt: r.entry.expiresAt ? new Date(r.entry.expiresAt) : null } };
        },
      },
    );
  }

  private async adjustIn(em: EntityManager, contactId: string, delta: number, reason: string): Promise<PointsChange> {
    await this.contacts.loadForInput(em, contactId, 'input.contactId');
    const { balance } = await this.ledger.lockIn(em, contactId);
    if (balance + delta < 0) {
      throw BadInputError.field('input.delta', `would take the balance below 0 (the balance is ${balance}; at most -${balance})`);
    }
    const rules = await this.settings.getIn(em);
    const actorMemberId = this.earning.actorMemberId();
    let result;
    try {
      result = await this.ledger.applyIn(em, {
        contactId, kind: PointsKind.ADJUST, source: PointsSource.MANUAL, delta, reason, actorMemberId,
        expiresAt: delta > 0 && rules.expiryMonths ? addMonths(new Date(), rules.expiryMonths) : null,
      });
    } catch (e) {
      if (e instanceof InsufficientPointsError) throw BadInputError.field('input.delta', e.message);
      throw e;
    }
    await em.query(
      `INSERT INTO loyalty_adjustments (workspace_id, contact_id, entry_id, delta, reason, actor_member_id) VALUES (app_current_workspace(), $1, $2, $3, $4, $5)`,
      [contactId, result.entry.id, delta, reason, actorMemberId],
    );
    return { entry: result.entry, balance: result.balance };
  }

  /**
   * contact.merged: the duplicate's unspent points move to the survivor lot by lot (keeping their expiry dates), and
   * its purchases and stamps count for the survivor from now on. Both balances are locked in id order (no deadlock
   * with a merge the other way round).
   */
  async mergeIn(em: EntityManager, survivorId: string, mergedId: string, mergedName: string): Promise<void> {
    for (const id of [survivorId, mergedId].sort()) await this.ledger.lockIn(em, id);
    const lots: Array<{ expires_at: Date | null; points: number }> = await em.query(
      `SELECT expires_at, sum(remaining)::int AS points FROM loyalty_entries WHERE contact_id = $1 AND remaining > 0 GROUP BY expires_at ORDER BY expires_at NULLS LAST`,
      [mergedId],
    );
    const total = lots.reduce((a, l) => a + l.points, 0);
    if (total > 0) {
      await this.ledger.applyIn(em, {
        contactId: mergedId, kind: PointsKind.ADJUST, source: PointsSource.MERGE, delta: -total, reason: REASONS.mergedOut(), sourceRef: `merge:${mergedId}:out`,
      });
      for (const [i, lot] of lots.entries()) {
        await this.ledger.applyIn(em, {
          contactId: survivorId, kind: PointsKind.ADJUST, source: PointsSource.MERGE, delta: lot.points, reason: REASONS.mergedIn(mergedName),
          expiresAt: lot.expires_at, sourceRef: `merge:${mergedId}:in:${i}`,
        });
      }
    }
    await em.query(`UPDATE loyalty_purchases SET contact_id = $1 WHERE contact_id = $2`, [survivorId, mergedId]);
    await em.query(
      `INSERT INTO loyalty_stamp_cards AS s (workspace_id, contact_id, reward_id, stamps, completed)
       SELECT workspace_id, $1, reward_id, stamps, 0 FROM loyalty_stamp_cards WHERE contact_id = $2
       ON CONFLICT (workspace_id, contact_id, reward_id) DO UPDATE SET stamps = s.stamps + EXCLUDED.stamps, updated_at = now()`,
      [survivorId, mergedId],
    );
    await em.query(`UPDATE loyalty_stamp_cards SET stamps = 0, updated_at = now() WHERE contact_id = $1`, [mergedId]);
    await this.tiers.recalculateIn(em, survivorId, 'contacts merged');
    await this.tiers.recalculateIn(em, mergedId, 'merged into another contact');
  }

  referralInfo(contactId: string) {
    return this.referrals.info(contactId);
  }
}
