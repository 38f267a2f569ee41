import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError, ConflictError, NotFoundError } from '../../core/errors/domain-errors';
import { Connection, PageArgs, paginate } from '../../core/graphql/connection';
import { ContactsService } from '../contacts/contacts.service';
import { assertCouponCode, assertWindow, escapeLike, normaliseCouponCode, toCoupon } from './catalog-values';
import { CouponFilter, CreateCouponInput, UpdateCouponInput } from './dto/coupon.inputs';
import { CouponEntity, CouponRedemptionEntity } from './entities/coupon.entity';
import { CouponKind } from './models/catalog.enums';
import { Coupon, CouponRedemption } from './models/coupon.model';
import { ProductsService } from './products.service';

export interface RedeemCouponInput {
  /** As the customer typed it (normalised here). */
  code: string;
  contactId: string | null;
  /** The sales document using the coupon, e.g. a pro-forma id; one redemption per coupon and document. */
  orderRef: string;
  /** The discount the coupon gave that document, in Rial (PricingService's couponDiscount). */
  amount: number;
  /** Field named in errors; default input.couponCode. */
  field?: string;
}

export interface CouponUseCheck {
  contactId?: string | null;
  at?: Date;
  field?: string;
}

/** Why a coupon cannot be used; the redemption race losers get CONFLICT with reason COUPON_USED_UP. */
type Refusal = { reason: 'COUPON_USED_UP' | 'COUPON_CUSTOMER_LIMIT'; message: string; limit: true } | { message: string; limit: false };

/**
 * Coupons and their redemptions. A redemption is atomic: the coupon row is locked, the per-customer limit counted
 * under that lock, and `uses` raised by a conditional update (with a CHECK uses <= max_uses behind it), so of N
 * concurrent redemptions of a code with K uses left exactly K succeed.
 */
@Injectable()
export class CouponsService {
  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly products: ProductsService,
    private readonly contacts: ContactsService,
  ) {}

  list(args: PageArgs, filter: CouponFilter = {}): Promise<Connection<Coupon>> {
    return this.db.tx(async (em) => {
      const qb = em.createQueryBuilder(CouponEntity, 'c');
      if (filter.active !== undefined && filter.active !== null) qb.andWhere('c.active = :active', { active: filter.active });
      if (filter.code?.trim()) qb.andWhere('c.code LIKE :code', { code: `${escapeLike(normaliseCouponCode(filter.code))}%` });
      if (filter.contactId) qb.andWhere('c.contact_id = :contactId', { contactId: filter.contactId });
      return paginate(qb, args, { orderBy: 'createdAt', map: toCoupon, count: this.db.count });
    });
  }

  get(id: string): Promise<Coupon> {
    return this.db.tx(async (em) => toCoupon(await this.load(em, id)));
  }

  create(input: CreateCouponInput): Promise<Coupon> {
    return this.db.tx((em) => this.createIn(em, input));
  }

  /** Creates a coupon in the caller's transaction (the club hands members personal vouchers this way). */
  async createIn(em: EntityManager, input: CreateCouponInput): Promise<Coupon> {
    const code = assertCouponCode(input.code, 'input.code');
    checkTerms(input.kind, input.value, input.maxDiscount ?? null);
    assertWindow(input.validFrom, input.validTo, 'input.validTo');
    await this.checkScope(em, input.productIds ?? [], input.categoryIds ?? []);
    if (input.contactId) await this.assertContact(input.contactId, 'input.contactId');
    if (await em.exists(CouponEntity, { where: { code } })) throw duplicateCode(code);
    const entity = em.create(CouponEntity, {
      workspaceId: this.context.workspaceId() ?? this.db.currentWorkspaceId()!,
      code,
      description: input.description?.trim() || null,
      kind: input.kind,
      value: input.value,
      maxDiscount: input.maxDiscount ?? null,
      minOrderTotal: input.minOrderTotal ?? 0,
      productIds: [...new Set(input.productIds ?? [])],
      categoryIds: [...new Set(input.categoryIds ?? [])],
      maxUses: input.maxUses ?? null,
      uses: 0,
      perContactLimit: input.perContactLimit ?? null,
      contactId: input.contactId ?? null,
      validFrom: input.validFrom ?? null,
      validTo: input.validTo ?? null,
      active: input.active ?? true,
    });
    try {
      return toCoupon(await em.save(entity));
    } catch (e) {
      if ((e as { code?: string }).code === '23505') throw duplicateCode(code);
      throw e;
    }
  }

  update(id: string, input: UpdateCouponInput): Promise<Coupon> {
    return this.db.tx(async (em) => {
      const entity = await this.lock(em, id);
      const value = input.value ?? entity.value;
      const maxDiscount = input.maxDiscount !== undefined ? input.maxDiscount : entity.maxDiscount;
      checkTerms(entity.kind as CouponKind, value, maxDiscount);
      const validFrom = input.validFrom !== undefined ? input.validFrom : entity.validFrom;
      const validTo = input.validTo !== undefined ? input.validTo : entity.validTo;
      assertWindow(validFrom, validTo, 'input.validTo');
      await this.checkScope(em, input.productIds ?? [], input.categoryIds ?? []);
      if (input.contactId) await this.assertContact(input.contactId, 'input.contactId');
      if (input.maxUses !== undefined && input.maxUses !== null && input.maxUses < entity.uses) {
        throw BadInputError.field('input.maxUses', `cannot be below the ${entity.uses} uses so far`);
      }
      Object.assign(entity, { value, maxDiscount, validFrom, validTo });
      if (input.description !== undefined) entity.description = input.description?.trim() || null;
      if (input.minOrderTotal !== undefined) entity.minOrderTotal = input.minOrderTotal;
      if (input.productIds !== undefined) entity.productIds = [...new Set(input.productIds)];
      if (input.categoryIds !== undefined) entity.categoryIds = [...new Set(input.categoryIds)];
      if (input.maxUses !== undefined) entity.maxUses = input.maxUses;
      if (input.perContactLimit !== undefined) entity.perContactLimit = input.perContactLimit;
      if (input.contactId !== undefined) entity.contactId = input.contactId;
      if (input.active !== undefined) entity.active = input.active;
      return toCoupon(await em.save(entity));
    });
  }

  /** The code stops working at once; redemptions already made stay. */
  deactivate(id: string): Promise<Coupon> {
    return this.db.tx(async (em) => {
      const entity = await this.lock(em, id);
      if (entity.active) {
        entity.active = false;
        await em.save(entity);
      }
      return toCoupon(entity);
    });
  }

  /**
   * The coupon a customer may use now, or BadInputError on `field`: unknown or deactivated, not yet valid, expired,
   * someone else's, used up, or used up by this customer. Scope and minimum order need the lines (PricingService).
   */
  async usableIn(em: EntityManager, code: string, check: CouponUseCheck = {}): Promise<CouponEntity> {
    const field = check.field ?? 'input.couponCode';
    const coupon = await this.findByCode(em, code, false);
    if (!coupon) throw BadInputError.field(field, 'is not a valid coupon code');
    const refusal = await this.refusal(em, coupon, check.contactId ?? null, check.at ?? new Date());
    if (refusal) throw BadInputError.field(field, refusal.message);
    return coupon;
  }

  /**
   * Records one use of a coupon by a sales document, in the caller's transaction. Repeating it for the same
   * document returns the first redemption. A code used up meanwhile (a concurrent order took the last use) is a
   * ConflictError with reason COUPON_USED_UP (COUPON_CUSTOMER_LIMIT for this customer's limit); other refusals are
   * BadInputError on `field`.
   */
  async redeemIn(em: EntityManager, input: RedeemCouponInput): Promise<CouponRedemption> {
    const field = input.field ?? 'input.couponCode';
    if (!Number.isSafeInteger(input.amount) || input.amount < 0) throw BadInputError.field('amount', 'must be a whole number of Rial, 0 or more');
    const orderRef = input.orderRef?.trim();
    if (!orderRef || orderRef.length > 100) throw BadInputError.field('orderRef', 'must be 1 to 100 characters');
    // The row lock serialises every redemption of this code: the checks below see the latest uses and redemptions.
    const coupon = await this.findByCode(em, input.code, true);
    if (!coupon) throw BadInputError.field(field, 'is not a valid coupon code');
    const existing = await em.findOne(CouponRedemptionEntity, { where: { couponId: coupon.id, orderRef } });
    if (existing) return toRedemption(existing, coupon.code);
    const refusal = await this.refusal(em, coupon, input.contactId, new Date());
    if (refusal?.limit) throw new ConflictError(`Coupon ${coupon.code} ${refusal.message}`, { reason: refusal.reason, field });
    if (refusal) throw BadInputError.field(field, refusal.message);
    // (TypeORM answers an UPDATE with [rows, rowCount].)
    const [raised]: [Array<{ uses: number }>, number] = await em.query(
      `UPDATE coupons SET uses = uses + 1, updated_at = now() WHERE id = $1 AND (max_uses IS NULL OR uses < max_uses) RETURNING uses`,
      [coupon.id],
    );
    // Unreachable while the lock above is held; kept so the count can never pass max_uses whatever calls this.
    if (!raised.length) throw new ConflictError(`Coupon ${coupon.code} has been used up`, { reason: 'COUPON_USED_UP', field });
    const saved = await em.save(
      em.create(CouponRedemptionEntity, { workspaceId: coupon.workspaceId, couponId: coupon.id, contactId: input.contactId ?? null, orderRef, amount: input.amount }),
    );
    return toRedemption(saved, coupon.code);
  }

  /** Gives back the uses of every coupon a cancelled or expired document redeemed; returns how many were released. */
  async releaseIn(em: EntityManager, orderRef: string): Promise<number> {
    const [rows]: [Array<{ n: number }>, number] = await em.query(
      `WITH gone AS (DELETE FROM coupon_redemptions WHERE order_ref = $1 RETURNING coupon_id),
            counted AS (SELECT coupon_id, count(*)::int AS n FROM gone GROUP BY coupon_id)
       UPDATE coupons c SET uses = c.uses - counted.n, updated_at = now() FROM counted WHERE c.id = counted.coupon_id RETURNING counted.n`,
      [orderRef],
    );
    return rows.reduce((a, r) => a + r.n, 0);
  }

  /** Redemptions recorded for a document (e.g. to show which coupon an invoice used). */
  async redemptionsOfIn(em: EntityManager, orderRef: string): Promise<CouponRedemption[]> {
    const rows: Array<CouponRedemptionEntity & { code: string }> = await em
      .createQueryBuilder(CouponRedemptionEntity, 'r')
      .innerJoin(CouponEntity, 'c', 'c.id = r.coupon_id')
      .select(['r.id AS id', 'r.coupon_id AS "couponId"', 'r.contact_id AS "contactId"', 'r.order_ref AS "orderRef"', 'r.amount AS amount', 'r.created_at AS "createdAt"', 'c.code AS code'])
      .where('r.order_ref = :orderRef', { orderRef })
      .orderBy('r.created_at')
      .getRawMany();
    return rows.map((r) => ({ ...r, amount: Number(r.amount) }));
  }

  private async refusal(em: EntityManager, coupon: CouponEntity, contactId: string | null, at: Date): Promise<Refusal | null> {
    if (!coupon.active) return { message: 'is not a valid coupon code', limit: false };
    if (coupon.validFrom && at.getTime() < coupon.validFrom.getTime()) return { message: `is not valid yet (from ${coupon.validFrom.toISOString()})`, limit: false };
    if (coupon.validTo && at.getTime() >= coupon.validTo.getTime()) return { message: `has expired (on ${coupon.validTo.toISOString()})`, limit: false };
    if (coupon.contactId && !contactId) return { message: 'is a personal coupon: choose the customer it was given to', limit: false };
    if (coupon.contactId && coupon.contactId !== contactId) return { message: 'is a personal coupon of another customer', limit: false };
    if (coupon.maxUses !== null && coupon.uses >= coupon.maxUses) return { reason: 'COUPON_USED_UP', message: 'has been used up', limit: true };
    if (coupon.perContactLimit !== null) {
      if (!contactId) return { message: 'is limited per customer: choose the customer', limit: false };
      const [{ n }] = await em.query(`SELECT count(*)::int AS n FROM coupon_redemptions WHERE coupon_id = $1 AND contact_id = $2`, [coupon.id, contactId]);
      if (n >= coupon.perContactLimit) {
        return { reason: 'COUPON_CUSTOMER_LIMIT', message: `has already been used ${n} time(s) by this customer, the most allowed`, limit: true };
      }
    }
    return null;
  }

  private async findByCode(em: EntityManager, code: string, lock: boolean): Promise<CouponEntity | null> {
    const normalised = normaliseCouponCode(code ?? '');
    if (!normalised) return null;
    const qb = em.createQueryBuilder(CouponEntity, 'c').where('c.code = :code', { code: normalised });
    if (lock) qb.setLock('pessimistic_write');
    return qb.getOne();
  }

  private async load(em: EntityManager, id: string): Promise<CouponEntity> {
    const coupon = await em.findOne(CouponEntity, { where: { id } });
    if (!coupon) throw new NotFoundError('Coupon', id);
    return coupon;
  }

  private async lock(em: EntityManager, id: string): Promise<CouponEntity> {
    const coupon = await em.createQueryBuilder(CouponEntity, 'c').where('c.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!coupon) throw new NotFoundError('Coupon', id);
    return coupon;
  }

  private async checkScope(em: EntityManager, productIds: string[], categoryIds: string[]): Promise<void> {
    await this.products.assertIdsIn(em, 'product', productIds.map((id, i) => ({ id, field: `input.productIds.${i}` })));
    await this.products.assertIdsIn(em, 'category', categoryIds.map((id, i) => ({ id, field: `input.categoryIds.${i}` })));
  }

  private async assertContact(contactId: string, field: string): Promise<void> {
    const [contact] = await this.contacts.findByIds([contactId]);
    if (!contact) throw BadInputError.field(field, 'is not a contact of this workspace');
  }
}

function checkTerms(kind: CouponKind | 'PERCENT' | 'FIXED', value: number, maxDiscount: number | null): void {
  if (kind === CouponKind.PERCENT && value > 10000) throw BadInputError.field('input.value', 'a percent coupon is 1–10000 basis points (1000 = 10%)');
  if (kind === CouponKind.FIXED && maxDiscount !== null) throw BadInputError.field('input.maxDiscount', 'applies to percent coupons only');
}

function duplicateCode(code: string): ConflictError {
  return new ConflictError(`Coupon code "${code}" already exists in this workspace`, { field: 'input.code' });
}

const toRedemption = (r: CouponRedemptionEntity, code: string): CouponRedemption => ({
  id: r.id, couponId: r.couponId, code, contactId: r.contactId, orderRef: r.orderRef, amount: r.amount, createdAt: r.createdAt,
});
