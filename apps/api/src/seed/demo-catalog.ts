import { INestApplication } from '@nestjs/common';
import { permissionsOf, StaffRole } from '../core/auth/permissions';
import { RequestContext } from '../core/context/request-context';
import { CouponsService } from '../modules/catalog/coupons.service';
import { CouponKind, PriceListKind } from '../modules/catalog/models/catalog.enums';
import { PriceListsService } from '../modules/catalog/price-lists.service';
import { ProductsService } from '../modules/catalog/products.service';

/** Fresh flowers are VAT-exempt (agricultural produce); made goods carry the 10% VAT. */
const VAT = 1000;

interface DemoCategory {
  key: string;
  nameFa: string;
  nameEn: string;
  tags: string[];
  parent?: string;
}

export const DEMO_CATEGORIES: DemoCategory[] = [
  { key: 'flowers', nameFa: 'گل', nameEn: 'Flowers', tags: ['هدیه', 'مناسبت'] },
  { key: 'bouquets', nameFa: 'دسته‌گل', nameEn: 'Bouquets', tags: ['هدیه', 'تولد', 'سالگرد'], parent: 'flowers' },
  { key: 'stems', nameFa: 'گل شاخه‌ای', nameEn: 'Cut stems', tags: ['عمده', 'تالار', 'رستوران'], parent: 'flowers' },
  { key: 'plants', nameFa: 'گیاهان آپارتمانی', nameEn: 'House plants', tags: ['خانه', 'دفتر کار'] },
  { key: 'gifts', nameFa: 'کادو و شکلات', nameEn: 'Gifts and chocolate', tags: ['هدیه', 'یلدا', 'نوروز'] },
  { key: 'vases', nameFa: 'گلدان و لوازم', nameEn: 'Vases and supplies', tags: ['دکوراسیون'] },
];

interface DemoProduct {
  sku: string;
  nameFa: string;
  nameEn: string;
  category: string;
  unit: string;
  /** Rial */
  price: number;
  tax: number;
  threshold?: number;
  description?: string;
}

export const DEMO_PRODUCTS: DemoProduct[] = [
  { sku: 'BQ-ROSE-RED', nameFa: 'دسته‌گل رز قرمز ۲۰ شاخه', nameEn: 'Red rose bouquet (20 stems)', category: 'bouquets', unit: 'دسته', price: 28_500_000, tax: 0, threshold: 3 },
  { sku: 'BQ-MIX-SPRING', nameFa: 'دسته‌گل بهاری ترکیبی', nameEn: 'Spring mixed bouquet', category: 'bouquets', unit: 'دسته', price: 16_900_000, tax: 0, threshold: 3 },
  { sku: 'BQ-LILY-WHITE', nameFa: 'دسته‌گل لیلیوم سفید', nameEn: 'White lily bouquet', category: 'bouquets', unit: 'دسته', price: 21_000_000, tax: 0, threshold: 2 },
  { sku: 'BX-ROSE-HEART', nameFa: 'باکس گل قلبی رز', nameEn: 'Heart rose box', category: 'bouquets', unit: 'عدد', price: 45_000_000, tax: 0, threshold: 2, description: 'باکس مخملی قلبی با ۳۵ شاخه رز هلندی' },
  { sku: 'ST-ROSE-RED', nameFa: 'رز قرمز هلندی', nameEn: 'Dutch red rose', category: 'stems', unit: 'شاخه', price: 1_300_000, tax: 0, threshold: 50 },
  { sku: 'ST-TULIP', nameFa: 'لاله هلندی', nameEn: 'Tulip', category: 'stems', unit: 'شاخه', price: 950_000, tax: 0, threshold: 40 },
  { sku: 'ST-GERBERA', nameFa: 'ژربرا', nameEn: 'Gerbera', category: 'stems', unit: 'شاخه', price: 600_000, tax: 0, threshold: 40 },
  { sku: 'ST-NARCISSUS', nameFa: 'نرگس شیراز', nameEn: 'Shiraz narcissus', category: 'stems', unit: 'دسته', price: 1_800_000, tax: 0, threshold: 20 },
  { sku: 'PL-MONSTERA', nameFa: 'مونسترا دلیسیوسا', nameEn: 'Monstera deliciosa', category: 'plants', unit: 'گلدان', price: 14_500_000, tax: 0, threshold: 2 },
  { sku: 'PL-ZZ', nameFa: 'زاموفیلیا', nameEn: 'ZZ plant', category: 'plants', unit: 'گلدان', price: 8_900_000, tax: 0, threshold: 3 },
  { sku: 'PL-SANSEVIERIA', nameFa: 'سانسوریا', nameEn: 'Snake plant', category: 'plants', unit: 'گلدان', price: 6_500_000, tax: 0, threshold: 3 },
  { sku: 'PL-ORCHID', nameFa: 'ارکیده فالانوپسیس', nameEn: 'Phalaenopsis orchid', category: 'plants', unit: 'گلدان', price: 19_800_000, tax: 0, threshold: 2 },
  { sku: 'GF-CHOC-BOX', nameFa: 'جعبه شکلات دست‌ساز ۲۴ عددی', nameEn: 'Handmade chocolate box (24)', category: 'gifts', unit: 'جعبه', price: 7_200_000, tax: VAT, threshold: 5 },
  { sku: 'GF-YALDA-BOX', nameFa: 'جعبه کادوی شب یلدا', nameEn: 'Yalda night gift box', category: 'gifts', unit: 'جعبه', price: 12_500_000, tax: VAT, threshold: 10, description: 'انار، آجیل، شکلات و دیوان حافظ جیبی' },
  { sku: 'GF-CARD', nameFa: 'کارت تبریک دست‌نویس', nameEn: 'Handwritten greeting card', category: 'gifts', unit: 'عدد', price: 450_000, tax: VAT },
  { sku: 'GF-TEDDY', nameFa: 'عروسک خرس پولیشی', nameEn: 'Plush teddy bear', category: 'gifts', unit: 'عدد', price: 5_600_000, tax: VAT, threshold: 3 },
  { sku: 'GF-CANDLE', nameFa: 'شمع معطر سویا', nameEn: 'Scented soy candle', category: 'gifts', unit: 'عدد', price: 2_900_000, tax: VAT, threshold: 5 },
  { sku: 'VS-GLASS-30', nameFa: 'گلدان شیشه‌ای ۳۰ سانتی', nameEn: 'Glass vase 30 cm', category: 'vases', unit: 'عدد', price: 3_400_000, tax: VAT, threshold: 4 },
  { sku: 'VS-CERAMIC', nameFa: 'گلدان سرامیکی لعاب‌دار', nameEn: 'Glazed ceramic pot', category: 'vases', unit: 'عدد', price: 4_800_000, tax: VAT, threshold: 4 },
  { sku: 'VS-FOOD', nameFa: 'کود مایع گیاهان آپارتمانی', nameEn: 'Liquid house-plant food', category: 'vases', unit: 'بطری', price: 1_150_000, tax: VAT, threshold: 10 },
];

/** Yalda 1404 (the night of 30 Azar = 21 December 2025), in Tehran time: 25 Azar 00:00 to 2 Dey 00:00. */
export const YALDA_1404 = { from: new Date('2025-12-15T20:30:00Z'), to: new Date('2025-12-22T20:30:00Z') };

/**
 * The demo workspace's catalog: a flower and gift shop with 20 products under 4 categories (flowers split into
 * bouquets and cut stems), a Yalda price list, a VIP tier price list, and two coupons (welcome, Yalda).
 */
export async function seedDemoCatalog(app: INestApplication, workspaceId: string, owner: { userId: string; memberId: string; email: string }): Promise<void> {
  const principal = { kind: 'staff' as const, ...owner, workspaceId, role: StaffRole.OWNER, permissions: permissionsOf(StaffRole.OWNER) };
  const products = app.get(ProductsService);
  const priceLists = app.get(PriceListsService);
  const coupons = app.get(CouponsService);
  await app.get(RequestContext).runAs(principal, async () => {
    const categories = new Map<string, string>();
    for (const [position, c] of DEMO_CATEGORIES.entries()) {
      const created = await products.createCategory({ nameFa: c.nameFa, nameEn: c.nameEn, tags: c.tags, position, parentId: c.parent ? categories.get(c.parent) : null });
      categories.set(c.key, created.id);
    }
    const ids = new Map<string, string>();
    for (const p of DEMO_PRODUCTS) {
      const created = await products.create({
        sku: p.sku, nameFa: p.nameFa, nameEn: p.nameEn, categoryId: categories.get(p.category), unit: p.unit, basePrice: p.price, taxRateBp: p.tax,
        lowStockThreshold: p.threshold ?? null, description: p.description ?? null,
        imageUrls: [`https://picsum.photos/seed/${p.sku.toLowerCase()}/600/600`],
      });
      ids.set(p.sku, created.id);
    }

    await priceLists.create({
      name: 'حراج شب یلدا ۱۴۰۴', kind: PriceListKind.ALL, priority: 10, validFrom: YALDA_1404.from, validTo: YALDA_1404.to,
      items: [
        { categoryId: categories.get('gifts'), discountBp: 1500 },
        { productId: ids.get('GF-YALDA-BOX'), price: 9_900_000 },
        { productId: ids.get('BQ-ROSE-RED'), price: 24_900_000 },
        { productId: ids.get('ST-ROSE-RED'), price: 1_050_000, minQuantity: 10 },
      ],
    });
    await priceLists.create({
      name: 'مشتریان VIP باشگاه', kind: PriceListKind.TIER, target: 'VIP',
      items: [
        { categoryId: categories.get('flowers'), discountBp: 1000 },
        { categoryId: categories.get('plants'), discountBp: 800 },
        { productId: ids.get('BX-ROSE-HEART'), price: 39_000_000 },
      ],
    });

    await coupons.create({
      code: 'WELCOME10', description: 'خوش‌آمد: ۱۰٪ تخفیف اولین خرید تا سقف ۵۰۰ هزار تومان برای خرید از یک میلیون تومان', kind: CouponKind.PERCENT,
      value: 1000, maxDiscount: 5_000_000, minOrderTotal: 10_000_000, perContactLimit: 1,
    });
    await coupons.create({
      code: 'YALDA1404', description: 'یلدا: ۲۰۰ هزار تومان تخفیف کادوها برای خرید از یک و نیم میلیون تومان', kind: CouponKind.FIXED,
      value: 2_000_000, minOrderTotal: 15_000_000, categoryIds: [categories.get('gifts')!], maxUses: 200, validFrom: YALDA_1404.from, validTo: YALDA_1404.to,
    });
  });
}
