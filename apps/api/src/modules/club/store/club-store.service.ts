import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { RequestContext } from '../../../core/context/request-context';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { BadInputError, FieldError, ForbiddenError, NotFoundError } from '../../../core/errors/domain-errors';
import { Connection } from '../../../core/graphql/connection';
import { PricingService, VoucherTerms } from '../../catalog/pricing.service';
import { ProductsService } from '../../catalog/products.service';
import { Product } from '../../catalog/models/product.model';
import { QuoteProblem } from '../../catalog/models/quote.model';
import { StockQueries } from '../../inventory/stock-queries.service';
import { ProductAvailability } from '../../inventory/models/inventory.model';
import { PointsLedger } from '../loyalty/points-ledger.service';
import { RewardsService } from '../loyalty/rewards.service';
import { ClubSettingsService } from '../members/club-settings.service';
import { ClubProductsArgs, ClubQuoteInput } from './dto/club-store.inputs';
import { ClubCategory, ClubProduct, ClubQuote } from './models/club-store.models';

/** Who is looking at a club's store: a member of this club (their own prices) or a visitor (the all-customers prices). */
export interface StoreViewer {
  workspaceId: string;
  contactId: string | null;
}

/**
 * The club store's reads, public by the club's slug. A member token of this club prices everything for the member's
 * contact; anyone else sees the prices of the all-customers lists. Availability is inventory's live total
 * (product_availability through StockQueries); only active products are shown or sold. A page is three reads whatever
 * its size: the products, one quote of all of them, one availability batch.
 */
@Injectable()
export class ClubStoreService {
  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
    private readonly settings: ClubSettingsService,
    private readonly products: ProductsService,
    private readonly pricing: PricingService,
    private readonly stock: StockQueries,
    private readonly rewards: RewardsService,
    private readonly ledger: PointsLedger,
  ) {}

  /**
   * Runs fn in a transaction of the club's workspace. A caller signed in elsewhere (another workspace's member or
   * staff) is treated as a visitor: the services called inside must not see their workspace.
   */
  async inStore<T>(slug: string, fn: (em: EntityManager, viewer: StoreViewer) => Promise<T>): Promise<T> {
    const ws = await this.settings.workspaceBySlug(slug);
    const p = this.context.principal();
    const viewer: StoreViewer = { workspaceId: ws.id, contactId: p?.kind === 'member' && p.workspaceId === ws.id ? p.contactId : null };
    const run = () =>
      this.db.tx(async (em) => {
        const club = await this.settings.settingsIn(em);
        if (!club.enabled) throw new ForbiddenError('This club is closed');
        return fn(em, viewer);
      }, ws.id);
    return p && p.workspaceId !== ws.id ? this.context.runAs(undefined, run) : run();
  }

  categories(slug: string): Promise<ClubCategory[]> {
    return this.inStore(slug, async () =>
      (await this.products.categories()).map((c) => ({ id: c.id, parentId: c.parentId, nameFa: c.nameFa, nameEn: c.nameEn, slug: c.slug, depth: c.depth })),
    );
  }

  list(args: ClubProductsArgs): Promise<Connection<ClubProduct>> {
    return this.inStore(args.slug, async (em, viewer) => {
      const filter = args.filter ?? {};
      const page = await this.products.list(
        { first: args.first, after: args.after },
        { active: true, categoryId: filter.categoryId ?? undefined, search: (filter.search ?? args.search)?.trim() || undefined },
        { onlyIdsSql: filter.availableOnly ? this.stock.inStockProductIdsSql : undefined },
      );
      const shown = await this.decorateIn(em, viewer, page.edges.map((e) => e.node));
      return { edges: page.edges.map((e, i) => ({ cursor: e.cursor, node: shown[i] })), pageInfo: page.pageInfo, totalCount: await page.totalCount };
    });
  }

  product(slug: string, id: string): Promise<ClubProduct> {
    return this.inStore(slug, async (em, viewer) => {
      const [found] = (await this.products.loadManyIn(em, [id])).values();
      if (!found || !found.active || found.archivedAt) throw new NotFoundError('Product', id);
      return (await this.decorateIn(em, viewer, [found]))[0];
    });
  }

  /**
   * The cart priced for the viewer by the one pricing, with products off sale or short of stock named as problems. With
   * a reward (members), the discount its voucher would give — priced from the reward's terms, nothing bought — or why
   * it cannot be used (on input.rewardId).
   */
  quote(input: ClubQuoteInput): Promise<ClubQuote> {
    return this.inStore(input.slug, (em, viewer) => this.quoteIn(em, viewer.contactId, input));
  }

  async quoteIn(em: EntityManager, contactId: string | null, input: ClubQuoteInput): Promise<ClubQuote> {
    assertOneVoucher(input);
    const problems: QuoteProblem[] = [];
    const voucher = input.rewardId ? await this.rewardVoucherIn(em, contactId, input.rewardId, problems) : null;
    const quote = await this.pricing.quoteIn(
      em,
      { contactId, lines: input.lines, couponCode: input.rewardId ? null : input.couponCode?.trim() || null, voucher },
      { path: 'input', lenientCoupon: true },
    );
    problems.unshift(...quote.problems);
    const stock = await this.availabilityIn(quote.lines.map((l) => l.productId));
    const lines = quote.lines.map((l, i) => {
      const product = l.product!;
      const left = Math.max(0, stock.get(l.productId)?.available ?? 0);
      const available = product.active && left >= l.quantity;
      if (product.active && left < l.quantity) {
        problems.push({
          field: `input.lines.${i}.quantity`,
          message: left === 0 ? `${product.nameFa} (${product.sku}) is out of stock` : `only ${left} of ${product.nameFa} (${product.sku}) are in stock`,
        });
      }
      return {
        productId: l.productId, productName: product.nameFa, productNameEn: product.nameEn, unit: product.unit, quantity: l.quantity,
        unitBasePrice: l.unitBasePrice, unitPrice: l.unitPrice, discount: l.discount, tax: l.tax, total: l.total, available,
      };
    });
    return {
      lines,
      totals: { subtotal: quote.subtotal, discountTotal: quote.discountTotal, couponDiscount: quote.couponDiscount, taxTotal: quote.taxTotal, total: quote.total },
      couponCode: quote.coupon?.code ?? null,
      problems,
      canCheckout: problems.length === 0,
    };
  }

  /**
   * The voucher terms of a reward the member could buy now (loyalty's own terms, so the preview is what the order
   * gets), or null with the reason among the problems: a visitor, a reward not offered, not enough points.
   */
  private async rewardVoucherIn(em: EntityManager, contactId: string | null, rewardId: string, problems: QuoteProblem[]): Promise<VoucherTerms | null> {
    const field = 'input.rewardId';
    if (!contactId) {
      problems.push({ field, message: 'sign in to this club to spend points' });
      return null;
    }
    try {
      const terms = await this.rewards.voucherTermsIn(em, rewardId, field);
      const { balance } = await this.ledger.balanceIn(em, contactId);
      if (balance < terms.pointsCost) {
        problems.push({ field, message: `needs ${terms.pointsCost} points; the balance is ${balance}` });
        return null;
      }
      const { kind, value, maxDiscount, minOrderTotal, productIds, categoryIds } = terms;
      return { kind, value, maxDiscount, minOrderTotal, productIds, categoryIds, field };
    } catch (e) {
      if (!(e instanceof BadInputError)) throw e;
      problems.push(...(e.extensions.fields as FieldError[]));
      return null;
    }
  }

  /** Prices (one quote of every product at quantity 1) and availability (one batch) of a page of products. */
  private async decorateIn(em: EntityManager, viewer: StoreViewer, products: Product[]): Promise<ClubProduct[]> {
    if (!products.length) return [];
    const quote = await this.pricing.quoteIn(em, { contactId: viewer.contactId, lines: products.map((p) => ({ productId: p.id, quantity: 1 })) });
    const stock = await this.availabilityIn(products.map((p) => p.id));
    return products.map((p, i) => {
      const line = quote.lines[i];
      const a = stock.get(p.id);
      return {
        id: p.id, sku: p.sku, nameFa: p.nameFa, nameEn: p.nameEn, description: p.description, categoryId: p.categoryId, unit: p.unit, imageUrls: p.imageUrls,
        basePrice: p.basePrice, price: line.unitPrice, priceWithTax: line.total, taxRateBp: p.taxRateBp,
        available: (a?.available ?? 0) > 0, lowStock: (a?.available ?? 0) > 0 && !!a?.lowStock,
      };
    });
  }

  private async availabilityIn(ids: string[]): Promise<Map<string, ProductAvailability>> {
    return new Map((await this.stock.availabilityOf(ids)).map((a) => [a.productId, a]));
  }
}

/** A quote or an order takes one voucher: a reward bought with points or a coupon code. */
export function assertOneVoucher(input: Pick<ClubQuoteInput, 'rewardId' | 'couponCode'>): void {
  if (input.rewardId && input.couponCode?.trim()) throw BadInputError.field('input.rewardId', 'an order takes one voucher: give a reward or a coupon code, not both');
}
