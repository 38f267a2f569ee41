import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { BadInputError, NotFoundError } from '../../../core/errors/domain-errors';
import { DomainEvents } from '../../../core/events/domain-events';
import { Connection, PageArgs, paginate } from '../../../core/graphql/connection';
import { Idempotency } from '../../../core/idempotency/idempotency.service';
import { CouponsService } from '../../catalog/coupons.service';
import { CouponKind } from '../../catalog/models/catalog.enums';
import { Coupon } from '../../catalog/models/coupon.model';
import { ProductsService } from '../../catalog/products.service';
import { ClubEvents, RewardRedeemedEvent } from '../club.events';
import { SaveRewardInput } from './dto/loyalty.inputs';
import { randomCode } from './loyalty-codes';
import { REASONS } from './loyalty-texts';
import { RewardEntity } from './loyalty.entities';
import { InsufficientPointsError, PointsLedger } from './points-ledger.service';
import { LoyaltySettings, PointsKind, PointsSource, Redemption, Reward, RewardKind, StampCard, Voucher, VoucherOrigin } from './models/loyalty.models';

const voucherCode = (prefix: string) => prefix + randomCode(8);

/** Units per product of the lines that count (a product on two lines counts once, summed). */
function stampsPerProduct(lines: Array<{ productId: string; quantity: number }>, counts: (productId: string) => boolean): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of lines) if (l.quantity > 0 && counts(l.productId)) out.set(l.productId, (out.get(l.productId) ?? 0) + l.quantity);
  return out;
}
const DAY_MS = 86_400_000;
const FULL = 10_000;

export const toReward = (r: RewardEntity): Reward => ({
  id: r.id, kind: r.kind as RewardKind, name: r.name, description: r.description, pointsCost: r.pointsCost, voucherKind: r.voucherKind as CouponKind | null,
  voucherValue: r.voucherValue, maxDiscount: r.maxDiscount, minOrderTotal: r.minOrderTotal, validDays: r.validDays, productId: r.productId,
  categoryId: r.categoryId, stampsRequired: r.stampsRequired, archived: r.archivedAt !== null, createdAt: r.createdAt,
});

const toVoucher = (c: Coupon, origin: VoucherOrigin | null): Voucher => ({
  id: c.id, code: c.code, description: c.description, kind: c.kind, value: c.value, maxDiscount: c.maxDiscount, minOrderTotal: c.minOrderTotal,
  productIds: c.productIds, categoryIds: c.categoryIds, validTo: c.validTo, origin,
});

/** A reward's voucher before it is bought (RewardsService.voucherTermsIn). */
export interface RewardVoucherTerms {
  reward: Reward;
  pointsCost: number;
  kind: CouponKind;
  value: number;
  maxDiscount: number | null;
  minOrderTotal: number;
  productIds: string[];
  categoryIds: string[];
}

/** Rewards bought with points: still offered, and not a stamp card (those fill with purchases). */
function assertBuyable(reward: RewardEntity, field: string): void {
  if (reward.archivedAt) throw BadInputError.field(field, 'this reward is no longer offered');
  if (reward.kind === RewardKind.STAMP_CARD) throw BadInputError.field(field, 'stamp cards fill with purchases; they are not bought with points');
}

interface VoucherTerms {
  contactId: string;
  origin: VoucherOrigin;
  rewardId?: string | null;
  /** Unique per workspace: the same cause never hands out two vouchers. */
  sourceRef: string;
  points?: number;
  kind: CouponKind;
  value: number;
  maxDiscount?: number | null;
  minOrderTotal?: number;
  productIds?: string[];
  categoryIds?: string[];
  validDays: number;
  description: string;
}

/**
 * The rewards catalog, redemptions, stamp cards and the vouchers the club hands out. Every voucher is a personal
 * single-use coupon of the catalog (CouponsService.createIn), recorded in loyalty_vouchers under a unique source
 * reference. A redemption spends the points under the member's balance lock (PointsLedger), so concurrent
 * redemptions are serialised and never spend the same points twice.
 */
@Injectable()
export class RewardsService {
  constructor(
    private readonly db: TenantDb,
    private readonly ledger: PointsLedger,
    private readonly coupons: CouponsService,
    private readonly products: ProductsService,
    private readonly idempotency: Idempotency,
    private readonly events: DomainEvents,
  ) {}

  list(args: PageArgs, includeArchived: boolean): Promise<Connection<Reward>> {
    return this.db.tx((em) => {
      const qb = em.createQueryBuilder(RewardEntity, 'r');
      if (!includeArchived) qb.where('r.archived_at IS NULL');
      return paginate(qb, args, { orderBy: 'createdAt', map: toReward });
    });
  }

  /** What members see: active rewards, cheapest first. */
  catalog(): Promise<Reward[]> {
    return this.db.tx(async (em) => (await em.find(RewardEntity, { where: { archivedAt: IsNull() }, order: { pointsCost: 'ASC', createdAt: 'ASC' } })).map(toReward));
  }

  save(input: SaveRewardInput): Promise<Reward> {
    return this.db.tx(async (em) => {
      const entity = input.id ? await em.findOne(RewardEntity, { where: { id: input.id } }) : em.create(RewardEntity, { workspaceId: this.db.currentWorkspaceId()! });
      if (!entity) throw new NotFoundError('Reward', input.id!);
      if (input.id && entity.kind !== input.kind) throw BadInputError.field('input.kind', 'cannot change; archive the reward and create another');
      const name = input.name.trim();
      if (!name) throw BadInputError.field('input.name', 'must not be empty');
      const terms = {
        kind: input.kind, name, description: input.description?.trim() || null, pointsCost: input.pointsCost ?? 0, voucherKind: null as string | null, voucherValue: null as number | null,
        maxDiscount: input.maxDiscount ?? null, minOrderTotal: input.minOrderTotal ?? 0, validDays: input.validDays ?? 30, productId: null as string | null,
        categoryId: null as string | null, stampsRequired: null as number | null,
      };
      if (input.kind !== RewardKind.STAMP_CARD && terms.pointsCost < 1) throw BadInputError.field('input.pointsCost', 'must be at least 1 point');
      if (input.kind === RewardKind.VOUCHER) {
        if (!input.voucherKind) throw BadInputError.field('input.voucherKind', 'is required for a voucher');
        if (!input.voucherValue) throw BadInputError.field('input.voucherValue', 'is required for a voucher');
        if (input.voucherKind === CouponKind.PERCENT && input.voucherValue > FULL) throw BadInputError.field('input.voucherValue', 'a percent voucher is 1–10000 basis points (1000 = 10%)');
        if (input.voucherKind === CouponKind.FIXED && input.maxDiscount) throw BadInputError.field('input.maxDiscount', 'applies to percent vouchers only');
        Object.assign(terms, { voucherKind: input.voucherKind, voucherValue: input.voucherValue });
      } else if (input.kind === RewardKind.FREE_PRODUCT) {
        if (!input.productId) throw BadInputError.field('input.productId', 'is required for a free product');
        terms.productId = input.productId;
      } else {
        if (!input.stampsRequired) throw BadInputError.field('input.stampsRequired', 'is required for a stamp card');
        if (!!input.productId === !!input.categoryId) throw BadInputError.field('input.productId', 'a stamp card counts either one product or one category');
        if (input.categoryId && !input.maxDiscount) throw BadInputError.field('input.maxDiscount', 'a category stamp card needs the most its free item may be worth');
        Object.assign(terms, { stampsRequired: input.stampsRequired, productId: input.productId ?? null, categoryId: input.categoryId ?? null, pointsCost: 0 });
      }
      if (terms.productId) await this.products.assertIdsIn(em, 'product', [{ id: terms.productId, field: 'input.productId' }]);
      if (terms.categoryId) await this.products.assertIdsIn(em, 'category', [{ id: terms.categoryId, field: 'input.categoryId' }]);
      Object.assign(entity, terms);
      const saved = await em.save(entity);
      return toReward(await em.findOneOrFail(RewardEntity, { where: { id: saved.id } }));
    });
  }

  archive(id: string): Promise<Reward> {
    return this.db.tx(async (em) => {
      const reward = await this.load(em, id);
      if (!reward.archivedAt) await em.update(RewardEntity, id, { archivedAt: new Date() });
      return toReward(await this.load(em, id));
    });
  }

  /** Spends the reward's points and hands the member its voucher; a replay with the same key answers the first redemption. */
  redeem(contactId: string, rewardId: string, idempotencyKey: string): Promise<Redemption> {
    if (!idempotencyKey?.trim() || idempotencyKey.length > 100) throw BadInputError.field('idempotencyKey', 'must be 1–100 characters');
    return this.idempotency.run<Redemption>(
      `redeemReward:${contactId}:${idempotencyKey}`,
      'redeemReward',
      { rewardId },
      async (em) => {
        const reward = await this.load(em, rewardId);
        assertBuyable(reward, 'rewardId');
        const { balance } = await this.ledger.lockIn(em, contactId);
        if (balance < reward.pointsCost) throw new InsufficientPointsError(balance, reward.pointsCost, 'rewardId');
        const redemptionId: string = randomUUID();
        const spent = await this.ledger.applyIn(em, {
          contactId, kind: PointsKind.REDEEM, source: PointsSource.REWARD, delta: -reward.pointsCost, reason: REASONS.redeemed(reward.name), sourceRef: `redeem:${redemptionId}`,
        });
        const voucher = await this.issueVoucherIn(em, {
          contactId, origin: VoucherOrigin.REWARD, rewardId, sourceRef: `reward:${redemptionId}`, points: reward.pointsCost, validDays: reward.validDays,
          description: reward.name, minOrderTotal: reward.minOrderTotal, ...(await this.termsOf(em, reward)),
        });
        await this.events.publish<RewardRedeemedEvent>(ClubEvents.RewardRedeemed, {
          workspaceId: reward.workspaceId, contactId, rewardId, rewardName: reward.name, points: reward.pointsCost, voucherCode: voucher.code,
        });
        return { id: redemptionId, reward: toReward(reward), points: reward.pointsCost, balance: spent.balance, voucher };
      },
      {
        serialize: (r) => r,
        deserialize: (stored) => {
          const r = stored as Redemption;
          return { ...r, reward: { ...r.reward, createdAt: new Date(r.reward.createdAt) }, voucher: { ...r.voucher, validTo: r.voucher.validTo ? new Date(r.voucher.validTo) : null } };
        },
      },
    );
  }

  /** Coupons of the contact usable now (the catalog's own checks): the club's vouchers and personal coupons staff gave them. */
  async usableVouchers(contactId: string, now = new Date()): Promise<Voucher[]> {
    const page = await this.coupons.list({ first: 100 }, { contactId, active: true });
    return this.db.tx(async (em) => {
      const usable: Coupon[] = [];
      for (const { node } of page.edges) {
        try {
          await this.coupons.usableIn(em, node.code, { contactId, at: now });
          usable.push(node);
        } catch (e) {
          if (!(e instanceof BadInputError)) throw e;
        }
      }
      const rows: Array<{ coupon_id: string; origin: VoucherOrigin }> = usable.length
        ? await em.query(`SELECT coupon_id, origin FROM loyalty_vouchers WHERE coupon_id = ANY($1::uuid[])`, [usable.map((c) => c.id)])
        : [];
      const origins = new Map(rows.map((r) => [r.coupon_id, r.origin]));
      return usable.map((c) => toVoucher(c, origins.get(c.id) ?? null));
    });
  }

  /** One voucher per source reference: a repeat answers the first one. */
  async issueVoucherIn(em: EntityManager, terms: VoucherTerms): Promise<Voucher> {
    const [existing] = await em.query(`SELECT coupon_id FROM loyalty_vouchers WHERE source_ref = $1`, [terms.sourceRef]);
    if (existing) return toVoucher(await this.coupons.get(existing.coupon_id), terms.origin);
    const coupon = await this.coupons.createIn(em, {
      code: voucherCode(terms.origin === VoucherOrigin.NEXT_PURCHASE ? 'NX' : 'CL'), kind: terms.kind, value: terms.value, maxDiscount: terms.maxDiscount ?? null,
      minOrderTotal: terms.minOrderTotal ?? 0, productIds: terms.productIds ?? [], categoryIds: terms.categoryIds ?? [], maxUses: 1, perContactLimit: 1,
      contactId: terms.contactId, validTo: new Date(Date.now() + terms.validDays * DAY_MS), description: terms.description.slice(0, 500),
    });
    await em.query(
      `INSERT INTO loyalty_vouchers (workspace_id, contact_id, coupon_id, origin, reward_id, source_ref, points) VALUES (app_current_workspace(), $1, $2, $3, $4, $5, $6)`,
      [terms.contactId, coupon.id, terms.origin, terms.rewardId ?? null, terms.sourceRef, terms.points ?? 0],
    );
    return toVoucher(coupon, terms.origin);
  }

  /** After a purchase: the configured voucher for the next one (once per purchase). */
  async nextPurchaseVoucherIn(em: EntityManager, contactId: string, purchaseRef: string, settings: LoyaltySettings): Promise<Voucher | null> {
    if (!settings.enabled || !settings.nextVoucherEnabled) return null;
    return this.issueVoucherIn(em, {
      contactId, origin: VoucherOrigin.NEXT_PURCHASE, sourceRef: `next:${purchaseRef}`, kind: settings.nextVoucherKind, value: settings.nextVoucherValue,
      maxDiscount: settings.nextVoucherKind === CouponKind.PERCENT ? settings.nextVoucherMaxDiscount : null, minOrderTotal: settings.nextVoucherMinOrder,
      validDays: settings.nextVoucherValidDays, description: 'Next purchase voucher',
    });
  }

  /**
   * Stamps from one purchase's lines (called once per purchase): each stamp card counts the units of its product or of
   * products directly in its category; every full card gives a free-item voucher and starts the next card. What each
   * product put on each card is kept with the purchase (loyalty_purchase_stamps) for a return to take back.
   */
  async stampIn(em: EntityManager, contactId: string, purchaseId: string, lines: Array<{ productId: string; quantity: number }>): Promise<Voucher[]> {
    if (!lines.length) return [];
    const cards = await em.find(RewardEntity, { where: { kind: RewardKind.STAMP_CARD, archivedAt: IsNull() } });
    if (!cards.length) return [];
    const products = await this.products.loadManyIn(em, lines.map((l) => l.productId));
    const issued: Voucher[] = [];
    for (const card of cards) {
      const counted = stampsPerProduct(lines, (productId) => (card.productId ? productId === card.productId : products.get(productId)?.categoryId === card.categoryId));
      const count = [...counted.values()].reduce((a, n) => a + n, 0);
      if (count <= 0) continue;
      await em.query(
        `INSERT INTO loyalty_purchase_stamps (workspace_id, purchase_id, reward_id, product_id, stamps)
         SELECT app_current_workspace(), $1, $2, p, n FROM unnest($3::uuid[], $4::int[]) AS t(p, n)`,
        [purchaseId, card.id, [...counted.keys()], [...counted.values()]],
      );
      const [row] = await em.query(
        `INSERT INTO loyalty_stamp_cards AS s (workspace_id, contact_id, reward_id, stamps) VALUES (app_current_workspace(), $1, $2, $3)
         ON CONFLICT (workspace_id, contact_id, reward_id) DO UPDATE SET stamps = s.stamps + EXCLUDED.stamps, updated_at = now()
         RETURNING stamps, completed`,
        [contactId, card.id, count],
      );
      let { stamps, completed } = row as { stamps: number; completed: number };
      const required = card.stampsRequired!;
      while (stamps >= required) {
        stamps -= required;
        completed += 1;
        issued.push(
          await this.issueVoucherIn(em, {
            contactId, origin: VoucherOrigin.STAMP_CARD, rewardId: card.id, sourceRef: `stamp:${card.id}:${contactId}:${completed}`, validDays: card.validDays,
            description: card.name, ...(await this.termsOf(em, card)),
          }),
        );
      }
      await em.query(`UPDATE loyalty_stamp_cards SET stamps = $3, completed = $4 WHERE contact_id = $1 AND reward_id = $2`, [contactId, card.id, stamps, completed]);
    }
    return issued;
  }

  /**
   * A return or cancellation of a purchase takes back the stamps its lines gave: with `lines`, those of the returned
   * units (per product, never more than the purchase gave and not already taken back); without, all that is left.
   * Stamps already turned into a free-item voucher are not clawed back (the card does not go below 0 and the voucher
   * stands), as points already spent are not. The caller holds the member's balance lock and the purchase row.
   * Answers the stamps taken off the cards.
   */
  async unstampIn(em: EntityManager, contactId: string, purchaseId: string, lines?: Array<{ productId: string; quantity: number }>): Promise<number> {
    const given: Array<{ reward_id: string; product_id: string; left: number }> = await em.query(
      `SELECT reward_id, product_id, stamps - reversed AS left FROM loyalty_purchase_stamps WHERE purchase_id = $1 AND stamps > reversed ORDER BY reward_id, product_id`,
      [purchaseId],
    );
    if (!given.length) return 0;
    const back = lines ? stampsPerProduct(lines, () => true) : null;
    const due = new Map<string, number>();
    for (const g of given) {
      const n = back ? Math.min(g.left, back.get(g.product_id) ?? 0) : g.left;
      if (n <= 0) continue;
      await em.query(`UPDATE loyalty_purchase_stamps SET reversed = reversed + $4 WHERE purchase_id = $1 AND reward_id = $2 AND product_id = $3`, [purchaseId, g.reward_id, g.product_id, n]);
      due.set(g.reward_id, (due.get(g.reward_id) ?? 0) + n);
    }
    let taken = 0;
    for (const [rewardId, n] of due) {
      const [card] = await em.query(`SELECT stamps FROM loyalty_stamp_cards WHERE contact_id = $1 AND reward_id = $2 FOR UPDATE`, [contactId, rewardId]);
      const take = Math.min(n, card?.stamps ?? 0);
      if (take <= 0) continue;
      await em.query(`UPDATE loyalty_stamp_cards SET stamps = stamps - $3, updated_at = now() WHERE contact_id = $1 AND reward_id = $2`, [contactId, rewardId, take]);
      taken += take;
    }
    return taken;
  }

  async stampCardsIn(em: EntityManager, contactId: string): Promise<StampCard[]> {
    const cards = await em.find(RewardEntity, { where: { kind: RewardKind.STAMP_CARD, archivedAt: IsNull() }, order: { createdAt: 'ASC' } });
    const rows: Array<{ reward_id: string; stamps: number; completed: number }> = await em.query(
      `SELECT reward_id, stamps, completed FROM loyalty_stamp_cards WHERE contact_id = $1`,
      [contactId],
    );
    const byReward = new Map(rows.map((r) => [r.reward_id, r]));
    return cards.map((c) => ({ reward: toReward(c), stamps: byReward.get(c.id)?.stamps ?? 0, required: c.stampsRequired!, completed: byReward.get(c.id)?.completed ?? 0 }));
  }

  /**
   * What a reward bought with points would give, without buying it: the terms of the voucher its redemption issues
   * (the same as redeem hands out) and its price in points — for the club store to preview the discount at checkout.
   * BadInputError on `field` for an unknown, archived or stamp-card reward (as redeem refuses them).
   */
  async voucherTermsIn(em: EntityManager, rewardId: string, field = 'rewardId'): Promise<RewardVoucherTerms> {
    const reward = await em.findOne(RewardEntity, { where: { id: rewardId } });
    if (!reward) throw BadInputError.field(field, 'is not a reward of this club');
    assertBuyable(reward, field);
    const terms = await this.termsOf(em, reward);
    return {
      reward: toReward(reward), pointsCost: reward.pointsCost, kind: terms.kind, value: terms.value, maxDiscount: terms.maxDiscount ?? null,
      minOrderTotal: reward.minOrderTotal, productIds: terms.productIds ?? [], categoryIds: terms.categoryIds ?? [],
    };
  }

  /** The coupon terms of a reward: a voucher as configured, or one unit free (100 % of the product or category, capped). */
  private async termsOf(em: EntityManager, reward: RewardEntity): Promise<Pick<VoucherTerms, 'kind' | 'value' | 'maxDiscount' | 'productIds' | 'categoryIds'>> {
    if (reward.kind === RewardKind.VOUCHER) {
      return { kind: reward.voucherKind as CouponKind, value: reward.voucherValue!, maxDiscount: reward.voucherKind === CouponKind.PERCENT ? reward.maxDiscount : null };
    }
    if (reward.productId) {
      const product = (await this.products.loadManyIn(em, [reward.productId])).get(reward.productId);
      if (!product) throw new NotFoundError('Product', reward.productId);
      return { kind: CouponKind.PERCENT, value: FULL, maxDiscount: reward.maxDiscount ?? Math.max(1, product.basePrice), productIds: [reward.productId] };
    }
    return { kind: CouponKind.PERCENT, value: FULL, maxDiscount: reward.maxDiscount, categoryIds: [reward.categoryId!] };
  }

  private async load(em: EntityManager, id: string): Promise<RewardEntity> {
    const reward = await em.findOne(RewardEntity, { where: { id } });
    if (!reward) throw new NotFoundError('Reward', id);
    return reward;
  }
}
