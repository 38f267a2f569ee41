import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { preparedQuery, TenantDb } from '../../core/database/tenant-db.service';
import { BadInputError, FieldError } from '../../core/errors/domain-errors';
import { CouponsService } from './coupons.service';
import { CouponEntity } from './entities/coupon.entity';
import { normaliseTier } from './price-lists.service';
import {
  bestUnitPrice, CouponTerms, itemUnitPrice, ListCandidate, merchandiseTotal, pickListItem, PriceItemLike, PriceListKindName, priceOrder,
  PricedLineInput,
} from './pricing-math';
import { Quote, QuoteProblem } from './models/quote.model';
import { moneyTransformer } from './entities/money.transformer';
import { Product } from './models/product.model';

export interface QuoteRequest {
  contactId?: string | null;
  /**
   * The customer's club tier code. Left undefined, it is asked of the registered tier source (the club's loyalty
   * tiers) for the contact; null prices without a tier.
   */
  tier?: string | null;
  /** The segments the customer belongs to (given by the caller until the segments module exists). */
  segmentIds?: string[];
  lines: Array<{ productId: string; quantity: number }>;
  couponCode?: string | null;
  /**
   * Voucher terms priced like a coupon that has no code yet (instead of couponCode): the club previews a points reward
   * before it is bought this way. Same scope and minimum-order checks as a coupon; problems and errors name `field`.
   */
  voucher?: VoucherTerms | null;
  /** Price as of this moment; default now. */
  at?: Date | null;
}

/** What a voucher takes off, as a coupon's terms (CouponEntity has the same shape). */
export interface VoucherScope {
  /** Rial before tax the lines at the customer's prices must reach; default 0. */
  minOrderTotal?: number;
  /** The voucher covers only these products and the products of these categories (or their sub-categories); none: every line. */
  productIds?: string[];
  categoryIds?: string[];
}

export interface VoucherTerms extends VoucherScope {
  kind: 'PERCENT' | 'FIXED';
  /** PERCENT: basis points (1000 = 10%); FIXED: Rial. */
  value: number;
  /** PERCENT only: the most it takes off, in Rial. */
  maxDiscount?: number | null;
  /** The caller's field for problems and errors about this voucher, e.g. input.rewardId. */
  field: string;
}

export interface QuoteOptions {
  /** Prefix of the fields named in errors and problems; default "input" (→ input.lines.0.productId, input.couponCode). */
  path?: string;
  /**
   * A coupon (or voucher) that cannot be used becomes a problem and the quote is made without it, instead of a BadInputError
   * (a cart preview that should still show prices). Confirming a document should keep the default (strict).
   */
  lenientCoupon?: boolean;
}

interface ItemRow {
  price_list_id: string;
  kind: PriceListKindName;
  priority: number;
  product_id: string | null;
  category_id: string | null;
  price: string | null;
  discount_bp: number | null;
  min_quantity: number;
}

interface PricingRow {
  id: string;
  sku: string;
  name_fa: string;
  name_en: string | null;
  description: string | null;
  category_id: string | null;
  unit: string;
  base_price: string;
  tax_rate_bp: number;
  image_urls: string[];
  active: boolean;
  low_stock_threshold: number | null;
  archived_at: Date | null;
  created_at: Date;
  updated_at: Date;
  ancestry: string[];
  items: ItemRow[];
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * The one function that decides what a customer pays (dashboard, club storefront and sales documents all call
 * quoteIn). Per line: the customer's unit price from the price lists valid at `at` that match the customer
 * (see bestUnitPrice: the lowest price wins; on a tie contact > segment > tier > all, then priority), then the
 * coupon over the lines it covers, then tax per line on the discounted amount. The arithmetic and its rounding
 * are in pricing-math.ts.
 */
/** How a contact's club tier is found (registered by the club's loyalty module, which the catalog cannot import). */
export type ContactTierSource = (em: EntityManager, contactId: string) => Promise<string | null>;

@Injectable()
export class PricingService {
  private tierSource: ContactTierSource | null = null;

  constructor(
    private readonly db: TenantDb,
    private readonly coupons: CouponsService,
  ) {}

  useTierSource(source: ContactTierSource): void {
    this.tierSource = source;
  }

  quote(input: QuoteRequest): Promise<Quote> {
    return this.db.tx((em) => this.quoteIn(em, input));
  }

  async quoteIn(em: EntityManager, input: QuoteRequest, options: QuoteOptions = {}): Promise<Quote> {
    const path = options.path ?? 'input';
    const at = input.at ?? new Date();
    const problems: QuoteProblem[] = [];
    const lines = checkLines(input.lines, path);
    const offer = offerOf(input, path);

    const { products, ancestry, items } = await this.pricingInputs(em, input, at, lines.map((l) => l.productId));
    const unknown: FieldError[] = lines.flatMap((l, i) =>
      products.has(l.productId) ? [] : [{ field: `${path}.lines.${i}.productId`, message: 'is not a product of this workspace' }],
    );
    if (unknown.length) throw new BadInputError(unknown);
    lines.forEach((l, i) => {
      const p = products.get(l.productId)!;
      if (!p.active) problems.push({ field: `${path}.lines.${i}.productId`, message: `${p.nameFa} (${p.sku}) is not on sale` });
    });

    const priced: PricedLineInput[] = [];
    const applied: Array<string | null> = [];
    for (const line of lines) {
      const product = products.get(line.productId)!;
      const base = BigInt(product.basePrice);
      const chain = ancestry.get(product.id)!;
      const byList = new Map<string, { row: ItemRow; items: Array<PriceItemLike & { row: ItemRow }> }>();
      for (const row of items.get(product.id)!) {
        const distance = row.product_id === product.id ? 0 : row.category_id ? chain.indexOf(row.category_id) + 1 : 0;
        if (row.product_id !== product.id && distance === 0) continue;
        const entry = byList.get(row.price_list_id) ?? { row, items: [] };
        entry.items.push({ row, distance, minQuantity: row.min_quantity, discountBp: row.discount_bp, price: row.price === null ? null : BigInt(row.price) });
        byList.set(row.price_list_id, entry);
      }
      const candidates: ListCandidate[] = [];
      for (const [priceListId, { row, items }] of byList) {
        const item = pickListItem(base, items, line.quantity);
        if (item) candidates.push({ priceListId, kind: row.kind, priority: row.priority, unitPrice: itemUnitPrice(base, item) });
      }
      const best = bestUnitPrice(base, candidates);
      applied.push(best.priceListId);
      priced.push({ quantity: line.quantity, unitBasePrice: base, unitPrice: best.unitPrice, taxRateBp: product.taxRateBp, couponEligible: false });
    }

    let coupon: CouponEntity | null = null;
    let terms: CouponTerms | null = null;
    if (offer) {
      try {
        const found = 'code' in offer ? await this.coupons.usableIn(em, offer.code, { contactId: input.contactId ?? null, at, field: offer.field }) : null;
        const scoped = 'voucher' in offer ? offer.voucher : found!;
        applyCouponScope(scoped, priced, lines.map((l) => ancestry.get(l.productId)!), lines.map((l) => l.productId), offer.field);
        coupon = found;
        terms = termsOf(scoped);
      } catch (e) {
        if (!(e instanceof BadInputError) || !options.lenientCoupon) throw e;
        problems.push(...(e.extensions.fields as FieldError[]));
        priced.forEach((p) => (p.couponEligible = false));
      }
    }

    const order = priceOrder(priced, terms);
    if (order.subtotal > MAX_SAFE) throw BadInputError.field(`${path}.lines`, 'the order is too large to price');
    const n = (v: bigint) => Number(v);
    return {
      lines: lines.map((l, i) => ({
        productId: l.productId,
        product: products.get(l.productId)!,
        quantity: l.quantity,
        unitBasePrice: n(priced[i].unitBasePrice),
        unitPrice: n(priced[i].unitPrice),
        discount: n(order.lines[i].discount),
        couponDiscount: n(order.lines[i].couponDiscount),
        taxRateBp: priced[i].taxRateBp,
        tax: n(order.lines[i].tax),
        total: n(order.lines[i].total),
        appliedPriceListId: applied[i],
      })),
      subtotal: n(order.subtotal),
      discountTotal: n(order.discountTotal),
      couponDiscount: n(order.couponDiscount),
      taxTotal: n(order.taxTotal),
      total: n(order.total),
      coupon: coupon ? { id: coupon.id, code: coupon.code } : null,
      problems,
    };
  }

  /**
   * Everything a quote reads, in one statement: the products, each one's category chain (its category, then up to the
   * root) and the items of the active lists valid at `at` that match the customer and name the product or a category
   * of its chain.
   */
  private async pricingInputs(em: EntityManager, input: QuoteRequest, at: Date, productIds: string[]) {
    const tier = input.tier !== undefined ? input.tier : input.contactId && this.tierSource ? await this.tierSource(em, input.contactId) : null;
    const rows = await preparedQuery<PricingRow>(
      em,
      `WITH RECURSIVE p AS (
         SELECT id, sku, name_fa, name_en, description, category_id, unit, base_price, tax_rate_bp, image_urls, active, low_stock_threshold,
                archived_at, created_at, updated_at
           FROM products WHERE id = ANY($5::uuid[])
       ), up AS (
         SELECT p.id AS product_id, p.category_id, 1 AS depth, ARRAY[p.category_id] AS path FROM p WHERE p.category_id IS NOT NULL
         UNION ALL
         SELECT up.product_id, c.parent_id, up.depth + 1, up.path || c.parent_id
           FROM up JOIN product_categories c ON c.id = up.category_id
          WHERE c.parent_id IS NOT NULL AND c.parent_id <> ALL (up.path)
       ), chains AS (
         SELECT product_id, array_agg(category_id ORDER BY depth) AS ancestry FROM up GROUP BY product_id
       ), items AS (
         SELECT l.id AS price_list_id, l.kind, l.priority, i.product_id, i.category_id, i.price::text AS price, i.discount_bp, i.min_quantity
           FROM price_lists l JOIN price_list_items i ON i.price_list_id = l.id
          WHERE l.active
            AND (l.valid_from IS NULL OR l.valid_from <= $1) AND (l.valid_to IS NULL OR $1 < l.valid_to)
            AND (l.kind = 'ALL'
                 OR (l.kind = 'CONTACT' AND l.target = $2)
                 OR (l.kind = 'TIER' AND l.target = $3)
                 OR (l.kind = 'SEGMENT' AND l.target = ANY($4::text[])))
            AND (i.product_id = ANY($5::uuid[]) OR i.category_id IN (SELECT category_id FROM up))
       )
       SELECT p.*, coalesce(chains.ancestry, '{}') AS ancestry,
              (SELECT coalesce(json_agg(items), '[]') FROM items WHERE items.product_id = p.id OR items.category_id = ANY(chains.ancestry)) AS items
         FROM p LEFT JOIN chains ON chains.product_id = p.id`,
      [
        at,
        input.contactId?.toLowerCase() ?? null,
        tier?.trim() ? normaliseTier(tier) : null,
        (input.segmentIds ?? []).map((s) => s.toLowerCase()),
        [...new Set(productIds)],
      ],
      { genericPlan: true },
    );
    const products = new Map<string, Product>();
    const ancestry = new Map<string, string[]>();
    const items = new Map<string, ItemRow[]>();
    for (const r of rows) {
      products.set(r.id, {
        id: r.id, sku: r.sku, nameFa: r.name_fa, nameEn: r.name_en, description: r.description, categoryId: r.category_id, unit: r.unit,
        basePrice: moneyTransformer.from(r.base_price), taxRateBp: r.tax_rate_bp, imageUrls: r.image_urls, active: r.active, archivedAt: r.archived_at,
        lowStockThreshold: r.low_stock_threshold, createdAt: r.created_at, updatedAt: r.updated_at,
      });
      ancestry.set(r.id, r.ancestry);
      items.set(r.id, r.items);
    }
    return { products, ancestry, items };
  }
}

/** Lines as given, each product once, whole positive quantities. */
function checkLines(lines: QuoteRequest['lines'], path: string): QuoteRequest['lines'] {
  if (!lines?.length) throw BadInputError.field(`${path}.lines`, 'must have at least one line');
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  lines.forEach((l, i) => {
    if (!Number.isSafeInteger(l.quantity) || l.quantity < 1) errors.push({ field: `${path}.lines.${i}.quantity`, message: 'must be a whole number, at least 1' });
    if (seen.has(l.productId)) errors.push({ field: `${path}.lines.${i}.productId`, message: `repeats line ${seen.get(l.productId)}: give each product once` });
    else seen.set(l.productId, i);
  });
  if (errors.length) throw new BadInputError(errors);
  return lines;
}

/** The coupon code or the voucher terms to price with (one of them, never both). */
function offerOf(input: QuoteRequest, path: string): { field: string; code: string } | { field: string; voucher: VoucherTerms } | null {
  const code = input.couponCode?.trim() || null;
  const voucher = input.voucher ?? null;
  if (!voucher) return code ? { field: `${path}.couponCode`, code } : null;
  const wrong = (message: string) => BadInputError.field(voucher.field, message);
  if (code) throw wrong('a quote takes one voucher: give a coupon code or a voucher, not both');
  if (!Number.isSafeInteger(voucher.value) || voucher.value < 1) throw wrong('the voucher value must be a whole number, at least 1');
  if (voucher.kind === 'PERCENT' && voucher.value > 10000) throw wrong('a percent voucher is 1–10000 basis points (1000 = 10%)');
  if (voucher.kind === 'FIXED' && voucher.maxDiscount != null) throw wrong('a maximum discount applies to percent vouchers only');
  return { field: voucher.field, voucher };
}

/** Marks the lines a coupon or voucher covers; refuses one that covers none or whose minimum order is not met. */
function applyCouponScope(scope: VoucherScope, priced: PricedLineInput[], chains: string[][], productIds: string[], field: string): void {
  const products = scope.productIds ?? [];
  const categories = scope.categoryIds ?? [];
  const minOrderTotal = scope.minOrderTotal ?? 0;
  const scoped = products.length > 0 || categories.length > 0;
  priced.forEach((line, i) => {
    line.couponEligible = !scoped || products.includes(productIds[i]) || chains[i].some((c) => categories.includes(c));
  });
  if (!priced.some((l) => l.couponEligible)) throw BadInputError.field(field, 'does not apply to any product in this order');
  const merchandise = merchandiseTotal(priced);
  if (merchandise < BigInt(minOrderTotal)) {
    throw BadInputError.field(field, `needs an order of at least ${minOrderTotal} Rial before tax (this order: ${merchandise} Rial)`);
  }
}

/** The arithmetic's terms of a coupon row or a voucher. */
function termsOf(t: { kind: string; value: number; maxDiscount?: number | null }): CouponTerms {
  return { kind: t.kind as CouponTerms['kind'], value: BigInt(t.value), maxDiscount: t.maxDiscount == null ? null : BigInt(t.maxDiscount) };
}
