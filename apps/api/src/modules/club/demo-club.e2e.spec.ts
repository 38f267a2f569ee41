import { gql } from '../../../test/utils/graphql';
import { signInClubMember } from '../../../test/utils/club-member';
import { SmsGateway, startSmsGateway } from '../../../test/utils/sms-gateway';
import { startTestApp, TestApp } from '../../../test/utils/test-app';
import { DEMO_CLUB, DEMO_CLUB_MEMBERS } from '../../seed/demo-club';
import { DEMO } from '../../seed/demo-seed';

interface Entry { delta: number; remaining: number; kind: string; source: string; reason: string }
interface TierRow { id: string; code: string; name: string; threshold: number; multiplierPercent: number; freeShipping: boolean; priceListId: string | null }

const TIER = `current { code threshold multiplierPercent } next { code threshold } qualifying toNext`;

describe('the demo club', () => {
  let app: TestApp;
  let sms: SmsGateway;
  let token: string;
  let tiers: TierRow[];

  beforeAll(async () => {
    sms = await startSmsGateway();
    app = await startTestApp({ seedDemo: true, env: { SMS_PROVIDER: 'kavenegar', SMS_KAVENEGAR_URL: sms.url, SMS_KAVENEGAR_API_KEY: 'k', RATE_LIMIT_WORKSPACE_PER_MINUTE: '100000' } });
    token = (await gql(app, `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }`, { e: DEMO.email, p: DEMO.password })).data!.login.accessToken;
    tiers = (await gql(app, `{ tiers { id code name threshold multiplierPercent freeShipping priceListId } }`, {}, token)).data!.tiers;
  });
  afterAll(async () => {
    await app.close();
    await sms.close();
  });

  /** The tier a qualifying value reaches: the highest threshold at or under it. */
  const tierFor = (qualifying: number) => [...tiers].sort((a, b) => b.threshold - a.threshold).find((t) => t.threshold <= qualifying) ?? null;

  async function ledgerOf(contactId: string): Promise<{ balance: number; entries: Entry[]; tier: any; referralCode: string | null }> {
    const entries: Entry[] = [];
    let after: string | null = null;
    let loyalty: any;
    do {
      const res = await gql(
        app,
        `query($c: ID!, $after: String) { contactLoyalty(contactId: $c) { balance referralCode tier { ${TIER} } entries(first: 100, after: $after) { edges { node { delta remaining kind source reason } } pageInfo { hasNextPage endCursor } } } }`,
        { c: contactId, after },
        token,
      );
      expect(res.errors).toBeUndefined();
      loyalty = res.data!.contactLoyalty;
      entries.push(...loyalty.entries.edges.map((e: { node: Entry }) => e.node));
      after = loyalty.entries.pageInfo.hasNextPage ? loyalty.entries.pageInfo.endCursor : null;
    } while (after);
    return { balance: loyalty.balance, entries, tier: loyalty.tier, referralCode: loyalty.referralCode };
  }

  it('is open to sign-ups and purchases, with the shop’s names and the after-sales panel', async () => {
    const res = await gql(app, `{ publicClub(slug: "demo") { enabled approach signUpOpen afterSalesPanel nameFa nameEn primaryColor } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.publicClub).toEqual({
      enabled: true, approach: 'BOTH', signUpOpen: true, afterSalesPanel: true, nameFa: DEMO_CLUB.nameFa, nameEn: DEMO_CLUB.nameEn, primaryColor: DEMO_CLUB.color,
    });
    expect(res.data!.publicClub.nameFa).toContain('پیوند');
  });

  it('earns by the demo rules: points per purchase, referral on both sides, birthday, yearly expiry, next-purchase voucher', async () => {
    const res = await gql(
      app,
      `{ loyaltySettings { enabled purchasePoints purchaseUnit callPoints smsPoints newsPoints referrerPoints refereePoints birthdayPoints expiryMonths expiryWarningDays nextVoucherEnabled nextVoucherKind nextVoucherValue nextVoucherValidDays } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.loyaltySettings).toEqual({
      enabled: true, purchasePoints: 1, purchaseUnit: 100_000, callPoints: 2, smsPoints: 1, newsPoints: 5, referrerPoints: 50, refereePoints: 50, birthdayPoints: 100,
      expiryMonths: 12, expiryWarningDays: 14, nextVoucherEnabled: true, nextVoucherKind: 'PERCENT', nextVoucherValue: 500, nextVoucherValidDays: 30,
    });
  });

  it('has bronze, silver and gold tiers; gold ships free and prices with the VIP price list', async () => {
    expect(tiers.map((t) => t.name)).toEqual(['برنزی', 'نقره‌ای', 'طلایی']);
    const thresholds = tiers.map((t) => t.threshold);
    expect(thresholds).toEqual([...thresholds].sort((a, b) => a - b));
    expect(tiers[0].threshold).toBe(0);
    const multipliers = tiers.map((t) => t.multiplierPercent);
    expect(multipliers[0]).toBe(100);
    expect(multipliers[1]).toBeGreaterThan(multipliers[0]);
    expect(multipliers[2]).toBeGreaterThan(multipliers[1]);
    const gold = tiers[2];
    expect(tiers.filter((t) => t.freeShipping)).toEqual([gold]);

    const lists = await gql(app, `{ priceLists { edges { node { id kind target } } } products(first: 100) { edges { node { id sku basePrice } } } }`, {}, token);
    const vip = lists.data!.priceLists.edges.map((e: any) => e.node).find((l: any) => l.kind === 'TIER');
    expect(gold.priceListId).toBe(vip.id);
    expect(vip.target).toBe(gold.code);
    const rose = lists.data!.products.edges.map((e: any) => e.node).find((p: any) => p.sku === 'BQ-ROSE-RED');
    const quote = async (tier: string | null) =>
      (await gql(app, `query($input: QuoteInput!) { quote(input: $input) { lines { unitPrice } } }`, { input: { tier, lines: [{ productId: rose.id, quantity: 1 }] } }, token)).data!.quote.lines[0].unitPrice;
    expect(await quote(null)).toBe(rose.basePrice);
    expect(await quote(gold.code)).toBeLessThan(rose.basePrice);
  });

  it('offers a 10% voucher, a free product and a bouquet stamp card, and publishes news in Persian and English', async () => {
    const res = await gql(
      app,
      `{ rewards(first: 50) { edges { node { kind name pointsCost voucherKind voucherValue productId categoryId stampsRequired archived } } }
         clubNewsItems(first: 50) { edges { node { title body titleEn bodyEn publishedAt archived points } } } productCategories { id nameEn } }`,
      {},
      token,
    );
    expect(res.errors).toBeUndefined();
    const rewards = res.data!.rewards.edges.map((e: any) => e.node);
    expect(rewards.find((r: any) => r.kind === 'VOUCHER')).toMatchObject({ pointsCost: 200, voucherKind: 'PERCENT', voucherValue: 1000, archived: false });
    expect(rewards.find((r: any) => r.kind === 'FREE_PRODUCT')).toMatchObject({ archived: false, productId: expect.any(String) });
    const bouquets = res.data!.productCategories.find((c: any) => c.nameEn === 'Bouquets');
    expect(rewards.find((r: any) => r.kind === 'STAMP_CARD')).toMatchObject({ categoryId: bouquets.id, stampsRequired: 5, pointsCost: 0 });

    const news = res.data!.clubNewsItems.edges.map((e: any) => e.node);
    expect(news.length).toBeGreaterThanOrEqual(2);
    for (const n of news) {
      expect(n.publishedAt).not.toBeNull();
      expect(n.archived).toBe(false);
      expect(n.title).toMatch(/[\u0600-\u06FF]/);
      expect(n.body.length).toBeGreaterThan(20);
      // Members reading the club in English get the English version.
      expect(n.titleEn).toMatch(/^[A-Z][^\u0600-\u06FF]+$/);
      expect(n.bodyEn.length).toBeGreaterThan(20);
    }
  });

  it('has members whose balances are their ledgers, with reasons, and tiers that follow their points', async () => {
    const res = await gql(app, `{ clubMembers(first: 50) { totalCount edges { node { contactId status joinedVia } } } }`, {}, token);
    expect(res.errors).toBeUndefined();
    const members = res.data!.clubMembers.edges.map((e: any) => e.node);
    expect(members.length).toBeGreaterThanOrEqual(3);
    const sources = new Set<string>();
    const reached = new Set<string>();
    for (const m of members) {
      expect(m.status).toBe('ACTIVE');
      const { balance, entries, tier } = await ledgerOf(m.contactId);
      expect(entries.length).toBeGreaterThan(0);
      expect(balance).toBe(entries.reduce((a, e) => a + e.delta, 0));
      expect(balance).toBe(entries.reduce((a, e) => a + (e.delta > 0 ? e.remaining : 0), 0));
      for (const e of entries) expect(e.reason.trim()).not.toBe('');
      entries.forEach((e) => sources.add(e.source));
      expect(tier.current?.code ?? null).toBe(tierFor(tier.qualifying)?.code ?? null);
      if (tier.current) reached.add(tier.current.code);
    }
    // Purchases, staff adjustments, a redemption and a referral are all in the demo's history.
    expect([...sources].sort()).toEqual(expect.arrayContaining(['MANUAL', 'PURCHASE', 'REFERRAL', 'REWARD']));
    expect(reached.size).toBeGreaterThanOrEqual(2);
    // The demo shows the top tier's benefits on a real member.
    expect(reached).toContain(tiers[tiers.length - 1].code);
  });

  it('lets a demo member sign in with the SMS code and see their points, tier, stamps, vouchers, referral and news', async () => {
    const member = await signInClubMember(app, sms, { slug: 'demo', phone: '09121234567' });
    expect(member.joined).toBe(false);
    const staffView = await ledgerOf(member.contactId);
    const me = await gql(
      app,
      `{ myPoints { balance } myTier { ${TIER} } myReferral { code successfulCount }
         myPointsHistory(first: 100) { totalCount edges { node { delta source reason } } }
         myStampCards { stamps completed required reward { categoryId } }
         myVouchers { origin kind value }
         clubNews { id title points clicked } }`,
      {},
      member.token,
    );
    expect(me.errors).toBeUndefined();
    const d = me.data!;
    expect(d.myPoints.balance).toBe(staffView.balance);
    expect(d.myPointsHistory.totalCount).toBe(staffView.entries.length);
    expect(d.myTier.current?.code ?? null).toBe(staffView.tier.current?.code ?? null);
    expect(d.myReferral).toEqual({ code: staffView.referralCode, successfulCount: 1 });

    const orders = DEMO_CLUB_MEMBERS.find((m) => m.mobile === '09121234567')!.orders;
    expect(d.myPointsHistory.edges.filter((e: any) => e.node.source === 'PURCHASE')).toHaveLength(orders.length);

    // The bouquet card counts every bouquet of her orders, by the catalog's categories.
    const card = d.myStampCards.find((c: any) => c.reward.categoryId);
    const products = (await gql(app, `{ products(first: 100) { edges { node { id sku categoryId basePrice } } } }`, {}, token)).data!.products.edges.map((e: any) => e.node);
    const bySku = new Map(products.map((p: any) => [p.sku, p]));
    const bouquets = orders.flatMap((o) => o.items).filter(([sku]) => (bySku.get(sku) as any).categoryId === card.reward.categoryId).reduce((a, [, q]) => a + q, 0);
    expect(bouquets).toBeGreaterThan(0);
    expect(card.completed * card.required + card.stamps).toBe(bouquets);

    // The shop's storefront plugin reports another bouquet order: points by the rule and her tier's multiplier, one more stamp.
    const key = (await gql(app, `mutation { createApiKey(input: { name: "demo shop", scopes: ["club:write", "club:read"] }) { secret } }`, {}, token)).data!.createApiKey.secret;
    const rose = bySku.get('BQ-ROSE-RED') as any;
    const recorded = await gql(
      app,
      `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { duplicate pointsEarned balance } }`,
      { input: { source: 'website', externalOrderId: 'test-1', phone: '09121234567', amount: rose.basePrice, items: [{ productId: rose.id, quantity: 1, unitPrice: rose.basePrice }] } },
      key,
    );
    expect(recorded.errors).toBeUndefined();
    const earned = Math.floor((Math.floor(rose.basePrice / 100_000) * (d.myTier.current?.multiplierPercent ?? 100)) / 100);
    expect(recorded.data!.recordPurchase).toEqual({ duplicate: false, pointsEarned: earned, balance: d.myPoints.balance + earned });
    const after = (await gql(app, `{ myPoints { balance } myStampCards { stamps completed required reward { categoryId } } }`, {}, member.token)).data!;
    const cardAfter = after.myStampCards.find((c: any) => c.reward.categoryId);
    expect(cardAfter.completed * cardAfter.required + cardAfter.stamps).toBe(bouquets + 1);
    expect(after.myPoints.balance).toBe((await ledgerOf(member.contactId)).balance);
    const balanceBefore = after.myPoints.balance;

    const origins = d.myVouchers.map((v: any) => v.origin);
    expect(origins).toContain('REWARD');
    expect(origins).toContain('NEXT_PURCHASE');

    expect(d.clubNews.length).toBeGreaterThanOrEqual(2);
    const item = d.clubNews[0];
    expect(item.clicked).toBe(false);
    const click = await gql(app, `mutation($id: ID!) { clickClubNews(id: $id) { pointsAwarded balance news { clicked } } }`, { id: item.id }, member.token);
    expect(click.errors).toBeUndefined();
    const expected = Math.floor((item.points * (d.myTier.current?.multiplierPercent ?? 100)) / 100);
    expect(click.data!.clickClubNews).toEqual({ pointsAwarded: expected, balance: balanceBefore + expected, news: { clicked: true } });
  });

  it('has the referred friend rewarded on their first purchase', async () => {
    const referee = await signInClubMember(app, sms, { slug: 'demo', phone: '09211234567' });
    expect(referee.joined).toBe(false);
    const settings = (await gql(app, `{ loyaltySettings { refereePoints } }`, {}, token)).data!.loyaltySettings;
    const history = await gql(app, `{ myPoints { balance } myPointsHistory(first: 100) { edges { node { delta source } } } }`, {}, referee.token);
    expect(history.errors).toBeUndefined();
    const entries = history.data!.myPointsHistory.edges.map((e: any) => e.node);
    expect(entries.filter((e: any) => e.source === 'REFERRAL')).toEqual([{ delta: settings.refereePoints, source: 'REFERRAL' }]);
    expect(entries.filter((e: any) => e.source === 'PURCHASE')).toHaveLength(1);
    expect(history.data!.myPoints.balance).toBe(entries.reduce((a: number, e: any) => a + e.delta, 0));
  });
});
