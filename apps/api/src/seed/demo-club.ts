import { INestApplication } from '@nestjs/common';
import { permissionsOf, StaffRole } from '../core/auth/permissions';
import { RequestContext } from '../core/context/request-context';
import { TenantDb } from '../core/database/tenant-db.service';
import { CouponKind, PriceListKind } from '../modules/catalog/models/catalog.enums';
import { PriceListsService } from '../modules/catalog/price-lists.service';
import { ProductsService } from '../modules/catalog/products.service';
import { ClubNewsService } from '../modules/club/loyalty/club-news.service';
import { LoyaltySettingsService } from '../modules/club/loyalty/loyalty-settings.service';
import { LoyaltyService } from '../modules/club/loyalty/loyalty.service';
import { RewardKind } from '../modules/club/loyalty/models/loyalty.models';
import { ReferralsService } from '../modules/club/loyalty/referrals.service';
import { RewardsService } from '../modules/club/loyalty/rewards.service';
import { TiersService } from '../modules/club/loyalty/tiers.service';
import { ClubMembersService } from '../modules/club/members/club-members.service';
import { ClubSettingsService } from '../modules/club/members/club-settings.service';
import { ClubApproach } from '../modules/club/members/models/club.models';
import { StorefrontPluginService } from '../modules/club/store/storefront-plugin.service';
import { ContactsService } from '../modules/contacts/contacts.service';

export const DEMO_CLUB = {
  nameFa: 'باشگاه مشتریان فروشگاه نمونه پیوند',
  nameEn: 'Peyvand Demo Shop Club',
  color: '#0f766e',
};

/** Tier codes: the gold tier's code is the target of the demo catalog's VIP price list (a TIER list targets a tier code). */
export const DEMO_TIERS = [
  { code: 'BRONZE', name: 'برنزی', threshold: 0, multiplierPercent: 100, benefits: 'امتیاز هر خرید و تماس؛ هدیه تولد' },
  { code: 'PLUS', name: 'نقره‌ای', threshold: 300, multiplierPercent: 125, benefits: '۲۵٪ امتیاز بیشتر برای هر خرید' },
  { code: 'VIP', name: 'طلایی', threshold: 1000, multiplierPercent: 150, freeShipping: true, benefits: '۵۰٪ امتیاز بیشتر، ارسال رایگان و قیمت ویژه مشتریان VIP' },
];

const NEWS = [
  {
    title: 'یلدا نزدیک است: جعبه‌های کادوی شب یلدا رسید',
    body: 'جعبه‌های کادوی یلدا با انار، آجیل، شکلات و دیوان حافظ جیبی آماده سفارش است. اعضای طلایی ارسال رایگان دارند.',
    titleEn: 'Yalda is near: the Yalda night gift boxes are here',
    bodyEn: 'Yalda gift boxes with pomegranates, nuts, chocolate and a pocket Divan of Hafez are ready to order. Gold members get free delivery.',
    imageUrl: 'https://picsum.photos/seed/gf-yalda-box/800/450',
    points: 10,
  },
  {
    title: 'راهنمای نگهداری دسته‌گل رز',
    body: 'ته ساقه‌ها را هر دو روز یک بار مورب کوتاه کنید، آب گلدان را عوض کنید و گل را دور از آفتاب مستقیم و بخاری نگه دارید تا یک هفته شاداب بماند.',
    titleEn: 'How to care for a bouquet of roses',
    bodyEn: 'Every other day, trim the stems at an angle and change the vase water; keep the flowers away from direct sun and heaters and they stay fresh for a week.',
    imageUrl: 'https://picsum.photos/seed/bq-rose-red/800/450',
  },
  {
    title: 'دوستانتان را دعوت کنید: ۵۰ امتیاز برای هر دو نفر',
    body: 'کد معرفی خود را از بخش «معرفی دوستان» بفرستید. با اولین خرید دوستتان، هم شما و هم او ۵۰ امتیاز می‌گیرید.',
    titleEn: 'Invite your friends: 50 points for both of you',
    bodyEn: 'Send your referral code from “Invite friends”. When your friend makes their first purchase, you both get 50 points.',
  },
];

type DemoOrder = { daysAgo: number; items: Array<[sku: string, quantity: number]> };

/** Demo contacts (by mobile, from demo-contacts.ts) who are members, with their orders in the shop's online store since the club opened. */
export const DEMO_CLUB_MEMBERS: Array<{ mobile: string; earlierOrders: number; orders: DemoOrder[] }> = [
  { mobile: '09121234567', earlierOrders: 5, orders: [{ daysAgo: 75, items: [['BQ-ROSE-RED', 2]] }, { daysAgo: 40, items: [['BQ-LILY-WHITE', 1], ['BQ-MIX-SPRING', 1]] }] },
  { mobile: '09191234567', earlierOrders: 3, orders: [{ daysAgo: 30, items: [['PL-ORCHID', 1], ['GF-CANDLE', 2]] }] },
  { mobile: '09381234567', earlierOrders: 4, orders: [{ daysAgo: 18, items: [['BQ-MIX-SPRING', 1], ['GF-CHOC-BOX', 1]] }] },
  { mobile: '09351112233', earlierOrders: 2, orders: [] },
];
/** Joins with the first member's referral code; their first purchase completes the referral. */
export const DEMO_REFERRAL = { mobile: '09211234567', referrer: '09121234567', order: { daysAgo: 6, items: [['BQ-ROSE-RED', 1]] } as DemoOrder };
/** The shop's online store, reporting its completed orders through the storefront plugin API. */
const STORE = 'website';

const faDigits = (n: number) => n.toLocaleString('fa-IR', { useGrouping: false });

/**
 * The demo club: settings and branding, earning rules, three tiers (gold on the VIP price list), rewards (a voucher, a
 * free product, a bouquet stamp card), news in Persian and English, and members among the demo contacts. Their points come the real
 * way: orders of the shop's online store reported through the storefront plugin service (points, stamps, next-purchase
 * vouchers, tier), staff adjustments for their earlier in-store orders, one redemption and one referral that
 * succeeds on the referee's first purchase. Members sign in with an SMS code like anyone else. Runs after the catalog
 * seed. Online-store orders rather than sales invoices: the demo's invoice numbering and stock stay untouched.
 */
export async function seedDemoClub(app: INestApplication, workspaceId: string, owner: { userId: string; memberId: string; email: string }): Promise<void> {
  const principal = { kind: 'staff' as const, ...owner, workspaceId, role: StaffRole.OWNER, permissions: permissionsOf(StaffRole.OWNER) };
  const db = app.get(TenantDb);
  const contacts = app.get(ContactsService);
  const members = app.get(ClubMembersService);
  const loyalty = app.get(LoyaltyService);
  const storefront = app.get(StorefrontPluginService);
  await app.get(RequestContext).runAs(principal, async () => {
    await app.get(ClubSettingsService).update({
      enabled: true, approach: ClubApproach.BOTH, afterSalesPanel: true, displayNameFa: DEMO_CLUB.nameFa, displayNameEn: DEMO_CLUB.nameEn, primaryColor: DEMO_CLUB.color,
    });
    await app.get(LoyaltySettingsService).update({
      enabled: true, purchasePoints: 1, purchaseUnit: 100_000, callPoints: 2, smsPoints: 1, newsPoints: 5, referrerPoints: 50, refereePoints: 50,
      birthdayPoints: 100, expiryMonths: 12, expiryWarningDays: 14,
      nextVoucherEnabled: true, nextVoucherKind: CouponKind.PERCENT, nextVoucherValue: 500, nextVoucherMaxDiscount: 2_000_000, nextVoucherValidDays: 30,
    });

    const vip = (await app.get(PriceListsService).list({ first: 50 }, { kind: PriceListKind.TIER })).edges.find((e) => e.node.target === 'VIP')?.node;
    const tiers = app.get(TiersService);
    for (const t of DEMO_TIERS) await tiers.save({ ...t, priceListId: t.code === 'VIP' ? (vip?.id ?? null) : null });

    const products = (await app.get(ProductsService).list({ first: 100 }, {})).edges.map((e) => e.node);
    const product = (sku: string) => products.find((p) => p.sku === sku);
    const bouquets = product('BQ-ROSE-RED')?.categoryId;
    const rewards = app.get(RewardsService);
    const voucher = await rewards.save({
      kind: RewardKind.VOUCHER, name: 'کد تخفیف ۱۰٪', description: '۱۰٪ تخفیف خرید بعدی تا سقف ۵۰۰ هزار تومان', pointsCost: 200,
      voucherKind: CouponKind.PERCENT, voucherValue: 1000, maxDiscount: 5_000_000, validDays: 30,
    });
    const chocolate = product('GF-CHOC-BOX');
    if (chocolate) {
      await rewards.save({ kind: RewardKind.FREE_PRODUCT, name: 'جعبه شکلات دست‌ساز رایگان', description: 'یک جعبه شکلات ۲۴ عددی هدیه', pointsCost: 600, productId: chocolate.id, validDays: 60 });
    }
    if (bouquets) {
      await rewards.save({
        kind: RewardKind.STAMP_CARD, name: '۵ دسته‌گل بخرید، ششمی هدیه', description: 'با هر دسته‌گل یک مهر؛ پنج مهر = یک دسته‌گل رایگان تا ۲ میلیون و ۸۵۰ هزار تومان',
        categoryId: bouquets, stampsRequired: 5, maxDiscount: 28_500_000, validDays: 60,
      });
    }

    const news = app.get(ClubNewsService);
    for (const item of NEWS) await news.save({ ...item, published: true });

    const contactOf = async (mobile: string) => (await contacts.byPhone(mobile))?.id ?? null;
    let orderNumber = 1000;
    // A completed online-store order: loyalty earns on it (points, stamps, next-purchase voucher, tier, referral).
    const buy = async (mobile: string, order: DemoOrder) => {
      const items = order.items.flatMap(([sku, quantity]) => {
        const p = product(sku);
        return p ? [{ sku, name: p.nameFa, productId: p.id, quantity, unitPrice: p.basePrice + Math.round((p.basePrice * p.taxRateBp) / 10_000) }] : [];
      });
      if (!items.length) return;
      orderNumber += 1;
      await storefront.recordPurchase({
        source: STORE, externalOrderId: String(orderNumber), phone: mobile, items, amount: items.reduce((a, i) => a + i.unitPrice * i.quantity, 0),
        occurredAt: new Date(Date.now() - order.daysAgo * 86_400_000),
      });
    };

    for (const m of DEMO_CLUB_MEMBERS) {
      const contactId = await contactOf(m.mobile);
      if (!contactId) continue;
      await members.enroll(contactId);
      await loyalty.adjust({ contactId, delta: m.earlierOrders * 30, reason: `امتیاز ${faDigits(m.earlierOrders)} خرید حضوری پیشین در فروشگاه` });
      // Adjustments do not move tiers; the nightly recalculation would give the entry tier, so do it now.
      await db.tx((em) => tiers.recalculateIn(em, contactId, 'enrolled'));
      for (const order of m.orders) await buy(m.mobile, order);
    }

    const referrerId = await contactOf(DEMO_REFERRAL.referrer);
    const refereeId = await contactOf(DEMO_REFERRAL.mobile);
    if (referrerId && refereeId) {
      // Enrolled at the counter with the friend's code (as a sign-up with the code would): loyalty records the pending referral.
      await db.tx(async (em) => {
        const code = await app.get(ReferralsService).codeOfIn(em, referrerId);
        await members.joinIn(em, refereeId, 'STAFF', code);
      });
      await buy(DEMO_REFERRAL.mobile, DEMO_REFERRAL.order);
      await rewards.redeem(referrerId, voucher.id, 'demo-seed');
    }
  });
}
