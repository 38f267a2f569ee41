import { DataSource } from 'typeorm';
import { ClubMemberSession, signInClubMember } from '../../../../test/utils/club-member';
import { errorCode, gql, GqlResponse, Owner, signUpOwner } from '../../../../test/utils/graphql';
import { SmsGateway, startSmsGateway } from '../../../../test/utils/sms-gateway';
import { startTestApp, TestApp } from '../../../../test/utils/test-app';

const ADJUST = `mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { balance } }`;
const SAVE_REWARD = `mutation($input: SaveRewardInput!) { saveReward(input: $input) { id name pointsCost } }`;
const REDEEM = `mutation($id: ID!, $key: String!) { redeemReward(rewardId: $id, idempotencyKey: $key) { id points balance reward { id name } voucher { id code kind value maxDiscount productIds validTo origin } } }`;
const VOUCHERS = `{ myVouchers { id code kind value origin validTo } }`;

function ok<T = Record<string, any>>(res: GqlResponse<T>): T {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

describe('loyalty for club members: points, tier, rewards and atomic redemption, vouchers, referral, news (GraphQL with member tokens)', () => {
  let app: TestApp;
  let sms: SmsGateway;
  let owner: Owner;
  let ds: DataSource;
  let seq = 0;
  const staff = (query: string, variables: Record<string, unknown> = {}) => gql(app, query, variables, owner.token);
  const newPhone = () => `0935${String(process.pid % 1000).padStart(3, '0')}${String(++seq).padStart(4, '0')}`;
  const join = (input: { phone?: string; firstName?: string; referralCode?: string } = {}): Promise<ClubMemberSession> =>
    signInClubMember(app, sms, { slug: owner.slug, phone: input.phone ?? newPhone(), firstName: input.firstName ?? 'عضو', referralCode: input.referralCode });

  beforeAll(async () => {
    sms = await startSmsGateway();
    app = await startTestApp({ env: { SMS_PROVIDER: 'kavenegar', SMS_KAVENEGAR_URL: sms.url, SMS_KAVENEGAR_API_KEY: 'k', RATE_LIMIT_WORKSPACE_PER_MINUTE: '100000' } });
    ds = app.app.get(DataSource);
    owner = await signUpOwner(app, 'Member shop');
  });
  afterAll(async () => {
    await app.close();
    await sms.close();
  });

  it('member operations refuse staff tokens and staff operations refuse member tokens', async () => {
    const m = await join();
    expect(errorCode(await staff(`{ myPoints { balance } }`))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, `query($id: ID!) { contactLoyalty(contactId: $id) { balance } }`, { id: m.contactId }, m.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, ADJUST, { input: { contactId: m.contactId, delta: 100, reason: 'me' } }, m.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, `{ myPoints { balance } }`))).toBe('UNAUTHENTICATED');
  });

  it('20 concurrent redemptions with points for 3: exactly 3 succeed, the rest CONFLICT INSUFFICIENT_POINTS, the balance never below 0; a replayed key charges once', async () => {
    const m = await join();
    ok(await staff(ADJUST, { input: { contactId: m.contactId, delta: 30, reason: 'برای آزمایش' } }));
    const reward = ok(await staff(SAVE_REWARD, { input: { kind: 'VOUCHER', name: 'تخفیف ۱۰٪', pointsCost: 10, voucherKind: 'PERCENT', voucherValue: 1000, maxDiscount: 500_000, validDays: 10 } })).saveReward;
    const rewards = ok(await gql(app, `{ clubRewards { id name pointsCost kind } }`, {}, m.token)).clubRewards;
    expect(rewards).toContainEqual({ id: reward.id, name: 'تخفیف ۱۰٪', pointsCost: 10, kind: 'VOUCHER' });

    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => gql(app, REDEEM, { id: reward.id, key: `race-${i}` }, m.token)));
    const won = results.filter((r) => !r.errors);
    expect(won).toHaveLength(3);
    const lost = results.filter((r) => r.errors);
    expect(lost.every((r) => errorCode(r) === 'CONFLICT' && r.errors![0].extensions!.reason === 'INSUFFICIENT_POINTS')).toBe(true);
    expect(won.map((r) => r.data!.redeemReward.balance).sort()).toEqual([0, 10, 20]);
    const codes = new Set(won.map((r) => r.data!.redeemReward.voucher.code));
    expect(codes.size).toBe(3);
    expect(won[0].data!.redeemReward.voucher).toMatchObject({ kind: 'PERCENT', value: 1000, maxDiscount: 500_000, origin: 'REWARD' });

    const points = ok(await gql(app, `{ myPoints { balance lifetimeEarned } }`, {}, m.token)).myPoints;
    expect(points).toEqual({ balance: 0, lifetimeEarned: 0 });
    const [sum] = await ds.query(`SELECT coalesce(sum(delta), 0)::int AS s, count(*) FILTER (WHERE kind = 'REDEEM')::int AS r FROM loyalty_entries WHERE contact_id = $1`, [m.contactId]);
    expect(sum).toEqual({ s: 0, r: 3 });
    const vouchers = ok(await gql(app, VOUCHERS, {}, m.token)).myVouchers;
    expect(vouchers.map((v: { code: string }) => v.code).sort()).toEqual([...codes].sort());

    // Replaying a winning key answers the same redemption without spending again.
    ok(await staff(ADJUST, { input: { contactId: m.contactId, delta: 10, reason: 'دوباره' } }));
    const winnerKey = `race-${results.indexOf(won[0])}`;
    const replay = ok(await gql(app, REDEEM, { id: reward.id, key: winnerKey }, m.token)).redeemReward;
    expect(replay.id).toBe(won[0].data!.redeemReward.id);
    expect(replay.voucher.code).toBe(won[0].data!.redeemReward.voucher.code);
    expect(ok(await gql(app, `{ myPoints { balance } }`, {}, m.token)).myPoints.balance).toBe(10);
    const timeline = ok(await staff(`query($id: ID!) { contact(id: $id) { timeline(first: 50) { edges { node { summary } } } } }`, { id: m.contactId })).contact.timeline.edges;
    expect(timeline.filter((e: any) => e.node.summary === 'Redeemed تخفیف ۱۰٪')).toHaveLength(3);

    const history = ok(await gql(app, `{ myPointsHistory(first: 10) { totalCount edges { node { kind delta reason } } } }`, {}, m.token)).myPointsHistory;
    expect(history.totalCount).toBe(5);
    expect(history.edges[0].node).toEqual({ kind: 'ADJUST', delta: 10, reason: 'دوباره' });
    const longKey = await gql(app, REDEEM, { id: reward.id, key: 'k'.repeat(101) }, m.token);
    expect(longKey.errors![0].extensions!.fields).toEqual([{ field: 'idempotencyKey', message: 'must be 1–100 characters' }]);
    ok(await staff(`mutation($id: ID!) { archiveReward(id: $id) { archived } }`, { id: reward.id }));
    const archived = await gql(app, REDEEM, { id: reward.id, key: 'after-archive' }, m.token);
    expect(archived.errors![0].extensions!.fields).toEqual([{ field: 'rewardId', message: 'this reward is no longer offered' }]);
  });

  it('a free product reward gives a 100 % coupon for one unit of the product', async () => {
    const m = await join();
    const product = ok(await staff(`mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`, { input: { sku: 'MUG-FREE', nameFa: 'ماگ', basePrice: 1_200_000, taxRateBp: 0 } })).createProduct.id;
    const reward = ok(await staff(SAVE_REWARD, { input: { kind: 'FREE_PRODUCT', name: 'ماگ رایگان', pointsCost: 5, productId: product } })).saveReward;
    ok(await staff(ADJUST, { input: { contactId: m.contactId, delta: 5, reason: 'هدیه' } }));
    const r = ok(await gql(app, REDEEM, { id: reward.id, key: 'mug' }, m.token)).redeemReward;
    expect(r.voucher).toMatchObject({ kind: 'PERCENT', value: 10_000, maxDiscount: 1_200_000, productIds: [product] });
    // Using the voucher on an order: it leaves myVouchers (the catalog's own usability checks).
    expect(ok(await gql(app, VOUCHERS, {}, m.token)).myVouchers.map((v: { code: string }) => v.code)).toEqual([r.voucher.code]);
    const warehouse = ok(await staff(`mutation { createWarehouse(input: { code: "MUGS", name: "انبار ماگ" }) { id } }`)).createWarehouse.id;
    ok(await staff(`mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { id } }`, { input: { warehouseId: warehouse, productId: product, quantity: 5 } }));
    const order = ok(await staff(`mutation($input: CreateProformaInput!) { createProforma(input: $input) { id totals { total couponDiscount } } }`, { input: { contactId: m.contactId, lines: [{ productId: product, quantity: 2 }], couponCode: r.voucher.code } })).createProforma;
    expect(order.totals).toEqual({ total: 1_200_000, couponDiscount: 1_200_000 });
    ok(await staff(`mutation($id: ID!) { confirmProforma(id: $id) { id } }`, { id: order.id }));
    expect(ok(await gql(app, VOUCHERS, {}, m.token)).myVouchers).toEqual([]);
    const poor = await gql(app, REDEEM, { id: reward.id, key: 'mug-2' }, m.token);
    expect(poor.errors![0]).toMatchObject({ message: 'Not enough points: the balance is 0, 5 are needed', extensions: { code: 'CONFLICT', reason: 'INSUFFICIENT_POINTS' } });
  });

  it('referral through sign-up and a sales invoice paid in full: both rewarded, club.referral_succeeded on the referrer’s file; partial and full returns reverse their share; cancelling the invoice reverses its points', async () => {
    const referrer = await join({ firstName: 'معرف' });
    const ref = ok(await gql(app, `{ myReferral { code link successfulCount pendingCount } }`, {}, referrer.token)).myReferral;
    expect(ref.link).toBe(`http://localhost:3000/club/${owner.slug}?ref=${ref.code}`);
    const friend = await join({ firstName: 'دوست', referralCode: ref.code });
    expect(ok(await gql(app, `{ myReferral { pendingCount } }`, {}, referrer.token)).myReferral.pendingCount).toBe(1);

    const warehouse = ok(await staff(`mutation { createWarehouse(input: { code: "MAIN", name: "انبار" }) { id } }`)).createWarehouse.id;
    const product = ok(await staff(`mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`, { input: { sku: 'TEA-L', nameFa: 'چای', basePrice: 1_000_000, taxRateBp: 0 } })).createProduct.id;
    ok(await staff(`mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { id } }`, { input: { warehouseId: warehouse, productId: product, quantity: 10 } }));
    const invoiceFor = async (quantity: number) => {
      const p = ok(await staff(`mutation($input: CreateProformaInput!) { createProforma(input: $input) { id } }`, { input: { contactId: friend.contactId, lines: [{ productId: product, quantity }] } })).createProforma;
      ok(await staff(`mutation($id: ID!) { confirmProforma(id: $id) { id } }`, { id: p.id }));
      return ok(await staff(`mutation($id: ID!) { issueInvoice(proformaId: $id) { id totals { total } } }`, { id: p.id })).issueInvoice;
    };
    const pay = (id: string, amount: number) => staff(`mutation($id: ID!, $input: RecordPaymentInput!) { recordPayment(invoiceId: $id, input: $input) { paymentStatus } }`, { id, input: { amount, method: 'CASH' } });

    const invoice = await invoiceFor(3);
    ok(await pay(invoice.id, 1_000_000));
    expect(ok(await gql(app, `{ myPoints { balance } }`, {}, friend.token)).myPoints.balance).toBe(0);
    ok(await pay(invoice.id, 2_000_000));
    const friendHistory = ok(await gql(app, `{ myPointsHistory(first: 10) { edges { node { source delta } } } }`, {}, friend.token)).myPointsHistory.edges.map((e: any) => e.node);
    expect(friendHistory).toEqual(expect.arrayContaining([{ source: 'PURCHASE', delta: 30 }, { source: 'REFERRAL', delta: 20 }]));
    expect(ok(await gql(app, `{ myPoints { balance } }`, {}, friend.token)).myPoints.balance).toBe(50);
    // Reasons the club writes are in the workspace language (Persian by default), with the invoice number.
    const reasons = ok(await gql(app, `{ myPointsHistory(first: 10) { edges { node { source reason } } } }`, {}, friend.token)).myPointsHistory.edges.map((e: any) => e.node);
    expect(reasons).toEqual(expect.arrayContaining([{ source: 'REFERRAL', reason: 'عضویت با معرفی دوست' }, { source: 'PURCHASE', reason: expect.stringMatching(/^خرید [۰-۹]{4}\/[۰-۹]{6}$/) }]));
    expect(ok(await gql(app, `{ myReferral { successfulCount pendingCount } }`, {}, referrer.token)).myReferral).toEqual({ successfulCount: 1, pendingCount: 0 });
    expect(ok(await gql(app, `{ myPoints { balance } }`, {}, referrer.token)).myPoints.balance).toBe(50);
    const referrerTimeline = ok(await staff(`query($id: ID!) { contact(id: $id) { timeline(first: 30) { edges { node { summary data } } } } }`, { id: referrer.contactId })).contact.timeline.edges;
    expect(referrerTimeline.find((e: any) => e.node.summary === 'Referred a new customer').node.data).toEqual({ step: 'referral_succeeded', referredContactId: friend.contactId });

    // The referee can now refer others in turn.
    const friendCode = ok(await gql(app, `{ myReferral { code } }`, {}, friend.token)).myReferral.code;
    const third = await join({ referralCode: friendCode });
    const [pending] = await ds.query(`SELECT referrer_contact_id, status FROM loyalty_referrals WHERE referee_contact_id = $1`, [third.contactId]);
    expect(pending).toEqual({ referrer_contact_id: friend.contactId, status: 'PENDING' });

    ok(await staff(`mutation($id: ID!, $reason: String!) { cancelInvoice(id: $id, reason: $reason) { id } }`, { id: invoice.id, reason: 'مرجوع' }));
    const after = ok(await gql(app, `{ myPointsHistory(first: 10) { edges { node { kind source delta } } } }`, {}, friend.token)).myPointsHistory.edges[0].node;
    expect(after).toEqual({ kind: 'REVERSE', source: 'PURCHASE', delta: -30 });
    expect(ok(await gql(app, `{ myPoints { balance } }`, {}, friend.token)).myPoints.balance).toBe(20);

    // Returns: a quarter of the goods back takes a quarter of the purchase's points, the rest back takes the rest.
    const second = await invoiceFor(4);
    ok(await pay(second.id, 4_000_000));
    expect(ok(await gql(app, `{ myPoints { balance } }`, {}, friend.token)).myPoints.balance).toBe(60);
    const issue = ok(await staff(`mutation($id: ID!) { createWarehouseIssue(invoiceId: $id) { id } }`, { id: second.id })).createWarehouseIssue;
    ok(await staff(`mutation($id: ID!, $lines: [ReturnLineInput!]) { returnWarehouseIssue(id: $id, lines: $lines) { id } }`, { id: issue.id, lines: [{ productId: product, quantity: 1 }] }));
    expect(ok(await gql(app, `{ myPoints { balance } }`, {}, friend.token)).myPoints.balance).toBe(50);
    ok(await staff(`mutation($id: ID!) { returnWarehouseIssue(id: $id) { status } }`, { id: issue.id }));
    const reversals = ok(await gql(app, `{ myPointsHistory(first: 3) { edges { node { kind delta } } } }`, {}, friend.token)).myPointsHistory.edges.map((e: any) => e.node);
    expect(reversals.slice(0, 2)).toEqual([{ kind: 'REVERSE', delta: -30 }, { kind: 'REVERSE', delta: -10 }]);
    expect(ok(await gql(app, `{ myPoints { balance } }`, {}, friend.token)).myPoints.balance).toBe(20);
  });

  it('club news: staff publish, members see it, a click earns once and an SMS tells the new balance; answering a survey earns once', async () => {
    const m = await join();
    const saved = ok(await staff(`mutation($input: SaveClubNewsInput!) { saveClubNews(input: $input) { id title points ownPoints publishedAt } }`, { input: { title: 'حراج پاییزه', body: 'تا ۳۰٪ تخفیف', points: 7, published: true } })).saveClubNews;
    expect(saved).toMatchObject({ points: 7, ownPoints: 7 });
    ok(await staff(`mutation($input: SaveClubNewsInput!) { saveClubNews(input: $input) { id } }`, { input: { title: 'پیش‌نویس', body: '...', published: false } }));
    const bad = await staff(`mutation($input: SaveClubNewsInput!) { saveClubNews(input: $input) { id } }`, { input: { title: 'x', body: 'y', url: 'not a url', published: true } });
    expect(bad.errors![0].extensions!.fields!.map((f) => f.field)).toEqual(['input.url']);
    expect(ok(await staff(`{ clubNewsItems(first: 10) { totalCount } }`)).clubNewsItems.totalCount).toBe(2);

    const news = ok(await gql(app, `{ clubNews { id title points clicked } }`, {}, m.token)).clubNews;
    expect(news).toEqual([{ id: saved.id, title: 'حراج پاییزه', points: 7, clicked: false }]);
    const mark = sms.sent.length;
    const clicks = await Promise.all(Array.from({ length: 5 }, () => gql(app, `mutation($id: ID!) { clickClubNews(id: $id) { pointsAwarded balance news { clicked } } }`, { id: saved.id }, m.token)));
    const click = clicks.map((c) => ok(c).clickClubNews).find((c) => c.pointsAwarded > 0);
    expect(click).toEqual({ pointsAwarded: 7, balance: 7, news: { clicked: true } });
    expect(clicks.filter((c) => ok(c).clickClubNews.pointsAwarded > 0)).toHaveLength(1);
    const twice = ok(await gql(app, `mutation($id: ID!) { clickClubNews(id: $id) { pointsAwarded balance } }`, { id: saved.id }, m.token)).clickClubNews;
    expect(twice).toEqual({ pointsAwarded: 0, balance: 7 });
    const [phone] = await ds.query(`SELECT primary_phone FROM contacts WHERE id = $1`, [m.contactId]);
    const deadline = Date.now() + 15_000;
    let text: string | undefined;
    while (!text && Date.now() < deadline) {
      text = sms.sent.slice(mark).find((s) => s.receptor === phone.primary_phone.slice(1) && s.message.includes('امتیاز'))?.message;
      if (!text) await new Promise((r) => setTimeout(r, 100));
    }
    expect(text).toContain('۷ امتیاز گرفتید. امتیاز شما اکنون ۷ است.');
    const timeline = ok(await staff(`query($id: ID!) { contact(id: $id) { timeline(first: 30) { edges { node { summary } } } } }`, { id: m.contactId })).contact.timeline.edges.map((e: any) => e.node.summary);
    expect(timeline).toContain('Opened club news: حراج پاییزه');

    const survey = ok(await staff(`mutation($input: SaveClubNewsInput!) { saveClubNews(input: $input) { id points } }`, {
      input: { kind: 'SURVEY', title: 'نظرسنجی ۱۴۰۵', body: '', published: true, questions: [{ text: 'نظر شما؟', type: 'TEXT', required: true }] },
    })).saveClubNews;
    expect(survey.points).toBe(10);
    const participation = `mutation($input: ParticipateInClubNewsInput!) { participateInClubNews(input: $input) { pointsAwarded balance } }`;
    const questionId = ok(await gql(app, `{ clubNews { id questions { id } } }`, {}, m.token)).clubNews.find((n: any) => n.id === survey.id).questions[0].id;
    const answer = { newsId: survey.id, answers: [{ questionId, text: 'عالی' }] };
    expect(ok(await gql(app, participation, { input: answer }, m.token)).participateInClubNews).toEqual({ pointsAwarded: 10, balance: 17 });
    expect((await gql(app, participation, { input: answer }, m.token)).errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_ANSWERED' });
    expect(errorCode(await gql(app, `mutation($id: ID!) { clickClubNews(id: $id) { pointsAwarded } }`, { id: '00000000-0000-4000-8000-000000000000' }, m.token))).toBe('NOT_FOUND');
  });

  it('club news in English: optional title and body beside the Persian, both or neither (named errors, nothing saved), cleared by saving without them', async () => {
    const SAVE = `mutation($input: SaveClubNewsInput!) { saveClubNews(input: $input) { id title body titleEn bodyEn } }`;
    const base = { title: 'جشنواره‌ی بهار', body: 'خرید دوم با ۲۰٪ تخفیف', published: true };
    const saved = ok(await staff(SAVE, { input: { ...base, titleEn: '  Spring festival ', bodyEn: 'Your second purchase 20% off' } })).saveClubNews;
    expect(saved).toMatchObject({ title: 'جشنواره‌ی بهار', titleEn: 'Spring festival', bodyEn: 'Your second purchase 20% off' });
    const m = await join();
    const listed = ok(await gql(app, `{ clubNews { id title body titleEn bodyEn } }`, {}, m.token)).clubNews;
    expect(listed).toContainEqual({ id: saved.id, title: base.title, body: base.body, titleEn: 'Spring festival', bodyEn: 'Your second purchase 20% off' });

    const fieldsOf = (res: GqlResponse) => res.errors![0].extensions!.fields;
    expect(fieldsOf(await staff(SAVE, { input: { ...base, id: saved.id, bodyEn: 'no title' } }))).toEqual([{ field: 'input.titleEn', message: 'an English body needs an English title' }]);
    expect(fieldsOf(await staff(SAVE, { input: { ...base, id: saved.id, titleEn: 'Title only' } }))).toEqual([
      { field: 'input.bodyEn', message: 'give the English body too (the Persian item has one), or leave the English title empty' },
    ]);
    expect(errorCode(await staff(SAVE, { input: { ...base, id: saved.id, titleEn: 'x'.repeat(201), bodyEn: 'b' } }))).toBe('BAD_USER_INPUT');
    // A refused save changed nothing.
    const [row] = await ds.query(`SELECT title_en, body_en FROM club_news WHERE id = $1`, [saved.id]);
    expect(row).toEqual({ title_en: 'Spring festival', body_en: 'Your second purchase 20% off' });
    // A Persian item with an empty body may carry an English title alone; saving without the English fields clears them.
    expect(ok(await staff(SAVE, { input: { ...base, body: '', titleEn: 'Headline' } })).saveClubNews).toMatchObject({ titleEn: 'Headline', bodyEn: null });
    expect(ok(await staff(SAVE, { input: { ...base, id: saved.id, titleEn: ' ', bodyEn: '' } })).saveClubNews).toMatchObject({ titleEn: null, bodyEn: null });
  });

  it('myTier shows progress to the next tier; myStampCards lists the cards', async () => {
    ok(await staff(`mutation($input: SaveTierInput!) { saveTier(input: $input) { id } }`, { input: { code: 'BRONZE', name: 'برنزی', threshold: 0 } }));
    ok(await staff(`mutation($input: SaveTierInput!) { saveTier(input: $input) { id } }`, { input: { code: 'SILVER', name: 'نقره‌ای', threshold: 40, multiplierPercent: 120 } }));
    const product = ok(await staff(`mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`, { input: { sku: 'COFFEE', nameFa: 'قهوه', basePrice: 900_000, taxRateBp: 0 } })).createProduct.id;
    const card = ok(await staff(SAVE_REWARD, { input: { kind: 'STAMP_CARD', name: 'قهوه دهم رایگان', stampsRequired: 10, productId: product } })).saveReward;
    const m = await join();
    const contest = ok(await staff(`mutation($input: SaveClubNewsInput!) { saveClubNews(input: $input) { id } }`, { input: { kind: 'CONTEST', title: 'مسابقه‌ی ۱', body: '', published: true } })).saveClubNews;
    ok(await gql(app, `mutation($input: ParticipateInClubNewsInput!) { participateInClubNews(input: $input) { pointsAwarded } }`, { input: { newsId: contest.id } }, m.token));
    const tier = ok(await gql(app, `{ myTier { basis windowMonths qualifying current { code } next { code threshold } toNext progressPercent } }`, {}, m.token)).myTier;
    expect(tier).toEqual({ basis: 'POINTS_EARNED', windowMonths: 12, qualifying: 10, current: { code: 'BRONZE' }, next: { code: 'SILVER', threshold: 40 }, toNext: 30, progressPercent: 25 });
    const cards = ok(await gql(app, `{ myStampCards { reward { id name } stamps required completed } }`, {}, m.token)).myStampCards;
    expect(cards).toContainEqual({ reward: { id: card.id, name: 'قهوه دهم رایگان' }, stamps: 0, required: 10, completed: 0 });
  });
});
