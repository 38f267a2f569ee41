import { normalizePersian, searchKey, toLatinDigits } from '@peyvand/text';
import { BadInputError } from '../../core/errors/domain-errors';
import { CouponEntity } from './entities/coupon.entity';
import { PriceListEntity, PriceListItemEntity } from './entities/price-list.entity';
import { ProductCategoryEntity, ProductEntity } from './entities/product.entity';
import { CouponKind, PriceListKind } from './models/catalog.enums';
import { Coupon } from './models/coupon.model';
import { PriceList, PriceListItem } from './models/price-list.model';
import { Product, ProductCategory } from './models/product.model';

/** Conversions between rows, GraphQL models and normalised input values for the catalog. */

const SKU = /^[A-Z0-9][A-Z0-9._/-]{0,63}$/;

/** SKUs are compared upper-case with ASCII digits: "abc-۱۲" and "ABC-12" are the same SKU. */
export function normaliseSku(sku: string, field: string): string {
  const value = toLatinDigits(sku).trim().toUpperCase();
  if (!SKU.test(value)) throw BadInputError.field(field, 'must be letters A–Z, digits and . _ / - (starting with a letter or digit), at most 64');
  return value;
}

/** Coupon codes as customers type them: any case, Persian or Arabic digits and letters, stray spaces. */
export function normaliseCouponCode(code: string): string {
  return normalizePersian(code).replace(/\s+/g, '').toUpperCase();
}

export function assertCouponCode(code: string, field: string): string {
  const value = normaliseCouponCode(code);
  if (value.length < 3 || value.length > 40) throw BadInputError.field(field, 'must be 3 to 40 characters without spaces');
  if (/[\p{P}\p{S}]/u.test(value.replace(/[-_]/g, ''))) throw BadInputError.field(field, 'may contain only letters, digits, - and _');
  return value;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function slugify(text: string): string {
  return toLatinDigits(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export function assertSlug(slug: string, field: string): string {
  const value = slug.trim().toLowerCase();
  if (!SLUG.test(value) || value.length > 60) throw BadInputError.field(field, 'must be a-z, 0-9 and single hyphens, at most 60 characters');
  return value;
}

/** What product search matches: the names and SKU as search keys, and the SKU as typed (abc-12). */
export function productSearchText(p: Pick<ProductEntity, 'nameFa' | 'nameEn' | 'sku'>): string {
  return `${searchKey([p.nameFa, p.nameEn ?? '', p.sku].join(' '))} ${p.sku.toLowerCase()}`;
}

/** Search words as stored in search_text (at most 5). */
export function productSearchTerms(search?: string | null): string[] {
  if (!search?.trim()) return [];
  return searchKey(search).split(' ').filter((t) => t.length > 0).slice(0, 5);
}

export function normaliseTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => normalizePersian(t)).filter(Boolean))];
}

export const toProduct = (e: ProductEntity): Product => ({
  id: e.id, sku: e.sku, nameFa: e.nameFa, nameEn: e.nameEn, description: e.description, categoryId: e.categoryId, unit: e.unit,
  basePrice: e.basePrice, taxRateBp: e.taxRateBp, imageUrls: e.imageUrls, active: e.active, archivedAt: e.archivedAt,
  lowStockThreshold: e.lowStockThreshold, createdAt: e.createdAt, updatedAt: e.updatedAt,
});

export const toCategory = (e: ProductCategoryEntity, depth: number): ProductCategory => ({
  id: e.id, parentId: e.parentId, nameFa: e.nameFa, nameEn: e.nameEn, slug: e.slug, tags: e.tags, position: e.position, depth, createdAt: e.createdAt,
});

export const toPriceListItem = (e: PriceListItemEntity): PriceListItem => ({
  id: e.id, productId: e.productId, categoryId: e.categoryId, price: e.price, discountBp: e.discountBp, minQuantity: e.minQuantity,
});

export const toPriceList = (e: PriceListEntity, items: PriceListItemEntity[]): PriceList => ({
  id: e.id, name: e.name, kind: e.kind as PriceListKind, target: e.target, priority: e.priority, validFrom: e.validFrom, validTo: e.validTo,
  active: e.active, items: items.map(toPriceListItem), createdAt: e.createdAt, updatedAt: e.updatedAt,
});

export const toCoupon = (e: CouponEntity): Coupon => ({
  id: e.id, code: e.code, description: e.description, kind: e.kind as CouponKind, value: e.value, maxDiscount: e.maxDiscount,
  minOrderTotal: e.minOrderTotal, productIds: e.productIds, categoryIds: e.categoryIds, maxUses: e.maxUses, uses: e.uses,
  perContactLimit: e.perContactLimit, contactId: e.contactId, validFrom: e.validFrom, validTo: e.validTo, active: e.active,
  createdAt: e.createdAt, updatedAt: e.updatedAt,
});

/** Whether a validity window [from, to) holds `at`. */
export const withinWindow = (from: Date | null, to: Date | null, at: Date): boolean =>
  (!from || from.getTime() <= at.getTime()) && (!to || at.getTime() < to.getTime());

export function assertWindow(from: Date | null | undefined, to: Date | null | undefined, field: string): void {
  if (from && to && from.getTime() >= to.getTime()) throw BadInputError.field(field, 'must be after validFrom');
}

export const escapeLike = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);
