import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { BadInputError } from '../../../core/errors/domain-errors';
import { EarningService } from './earning.service';
import { LoyaltySettingsService } from './loyalty-settings.service';
import { PointsLedger } from './points-ledger.service';
import { ReferralsService } from './referrals.service';
import { RewardsService } from './rewards.service';
import { TiersService } from './tiers.service';
import { LocalText, REASONS } from './loyalty-texts';
import { PointsKind, PointsSource, Voucher } from './models/loyalty.models';

export interface PurchaseInput {
  contactId: string;
  /** Rial, what the customer paid. */
  amount: number;
  /** Unique per workspace, e.g. `invoice:<id>` or `plugin:<source>:<external order id>`: a repeat never earns twice. */
  ref: string;
  at?: Date;
  /** Shown in the member's history after the word "purchase", e.g. an invoice or order number. */
  label?: string | null;
  /** For stamp cards; optional. */
  lines?: Array<{ productId: string; quantity: number }>;
}

/** A partial return: what came back, in Rial (the points' share) and per product (the stamps). */
export interface ReturnedShare {
  amount: number;
  lines: Array<{ productId: string; quantity: number }>;
}

/** What a reversal took back: points off the balance, stamps off the cards. */
export interface ReversedPurchase {
  points: number;
  stamps: number;
}

export interface PurchaseResult {
  duplicate: boolean;
  pointsEarned: number;
  balance: number;
  /** The contact's tier code after the purchase (for PricingService), null without a tier. */
  tierCode: string | null;
  tierName: string | null;
  vouchers: Voucher[];
}

/**
 * A purchase counted by the club (an invoice paid in full, or an order a storefront plugin reports): purchase points,
 * stamps, the next-purchase voucher, the referee's first purchase and the tier — all in the caller's transaction and
 * once per purchase reference. A cancellation or return reverses the purchase's points and stamps, in full or the
 * returned share (as far as the balance and the cards still hold them: points already spent and stamps already turned
 * into a voucher are not clawed back below 0).
 */
@Injectable()
export class PurchasesService {
  constructor(
    private readonly settings: LoyaltySettingsService,
    private readonly earning: EarningService,
    private readonly ledger: PointsLedger,
    private readonly rewards: RewardsService,
    private readonly referrals: ReferralsService,
    private readonly tiers: TiersService,
  ) {}

  async earnForPurchaseIn(em: EntityManager, input: PurchaseInput): Promise<PurchaseResult> {
    if (!Number.isSafeInteger(input.amount) || input.amount < 0) throw BadInputError.field('amount', 'must be a whole number of Rial, 0 or more');
    const ref = input.ref?.trim();
    if (!ref || ref.length > 250) throw BadInputError.field('ref', 'must be 1 to 250 characters');
    const at = input.at ?? new Date();
    await this.ledger.lockIn(em, input.contactId);
    const [inserted] = await em.query(
      `INSERT INTO loyalty_purchases (workspace_id, contact_id, ref, amount, purchased_at) VALUES (app_current_workspace(), $1, $2, $3, $4)
       ON CONFLICT (workspace_id, ref) DO NOTHING RETURNING id`,
      [input.contactId, ref, input.amount, at],
    );
    if (!inserted) {
      const [existing] = await em.query(`SELECT points, contact_id FROM loyalty_purchases WHERE ref = $1`, [ref]);
      return { duplicate: true, pointsEarned: existing.points, ...(await this.stateIn(em, existing.contact_id)), vouchers: [] };
    }
    const rules = await this.settings.getIn(em);
    const base = Math.floor(input.amount / rules.purchaseUnit) * rules.purchasePoints;
    const earned = await this.earning.earnIn(em, { contactId: input.contactId, source: PointsSource.PURCHASE, points: base, reason: REASONS.purchase(input.label ?? null), sourceRef: `purchase:${ref}`, at }, rules);
    const points = earned && !earned.duplicate ? earned.entry.delta : 0;
    if (points) await em.query(`UPDATE loyalty_purchases SET points = $2 WHERE id = $1`, [inserted.id, points]);
    const vouchers: Voucher[] = [];
    if (rules.enabled) {
      vouchers.push(...(await this.rewards.stampIn(em, input.contactId, inserted.id, input.lines ?? [])));
      const next = await this.rewards.nextPurchaseVoucherIn(em, input.contactId, ref, rules);
      if (next) vouchers.push(next);
      await this.referrals.onPurchaseIn(em, input.contactId);
    }
    await this.tiers.recalculateIn(em, input.contactId, 'purchase');
    return { duplicate: false, pointsEarned: points, ...(await this.stateIn(em, input.contactId)), vouchers };
  }

  /**
   * Takes back what the purchase earned: all that is left of it (cancellation, everything returned — the purchase then
   * stops counting for tiers), or with `returned` the share of a partial return (points × returned / amount, and the
   * stamps of the returned lines). Never more points than the balance holds, nor stamps than the cards hold; each step
   * once (the ledger entry's sourceRef carries what was reversed before it). Answers the points and stamps taken back
   * (none for a reference the club never counted, e.g. a non-member's purchase).
   */
  async reversePurchaseIn(em: EntityManager, ref: string, reason: string | LocalText, returned?: ReturnedShare): Promise<ReversedPurchase> {
    const none = { points: 0, stamps: 0 };
    const [found] = await em.query(`SELECT contact_id FROM loyalty_purchases WHERE ref = $1`, [ref]);
    if (!found) return none;
    const { balance } = await this.ledger.lockIn(em, found.contact_id);
    const [purchase] = await em.query(`SELECT id, amount, points, reversed_points, reversed_at FROM loyalty_purchases WHERE ref = $1 FOR UPDATE`, [ref]);
    if (purchase.reversed_at) return none;
    const left = purchase.points - purchase.reversed_points;
    const due = returned
      ? Math.min(left, Number(purchase.amount) > 0 ? Math.floor((purchase.points * Math.min(returned.amount, Number(purchase.amount))) / Number(purchase.amount)) : 0)
      : left;
    await em.query(
      `UPDATE loyalty_purchases SET reversed_points = reversed_points + $2, reversed_at = CASE WHEN $3 THEN now() ELSE reversed_at END WHERE id = $1`,
      [purchase.id, due, !returned],
    );
    const take = Math.min(due, balance);
    if (take > 0) {
      const earned = await this.ledger.findByRefIn(em, `purchase:${ref}`);
      await this.ledger.applyIn(em, {
        contactId: found.contact_id, kind: PointsKind.REVERSE, source: PointsSource.PURCHASE, delta: -take, reason,
        sourceRef: `reverse:${ref}:${purchase.reversed_points}`, consumeFirst: earned?.id ?? null, actorMemberId: this.earning.actorMemberId(),
      });
    }
    const stamps = await this.rewards.unstampIn(em, found.contact_id, purchase.id, returned?.lines);
    await this.tiers.recalculateIn(em, found.contact_id, 'purchase reversed');
    return { points: take, stamps };
  }

  private async stateIn(em: EntityManager, contactId: string) {
    const { balance } = await this.ledger.balanceIn(em, contactId);
    const tier = await this.tiers.currentTierIn(em, contactId);
    return { balance, tierCode: tier?.code ?? null, tierName: tier?.name ?? null };
  }
}
