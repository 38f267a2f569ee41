import { DataSource } from 'typeorm';
import { DomainEvents } from '../../../core/events/domain-events';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { errorCode, gql, GqlResponse, Owner, signUpOwner } from '../../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../../test/utils/test-app';
import { inWorkspace } from '../../../../test/utils/workspace-scope';
import { MessagingEvents } from '../../messaging/messaging.events';
import { TelephonyEvents } from '../../telephony/telephony.events';
import { ClubEvents } from '../club.events';
import { EarningService } from './earning.service';
import { JobQueue } from '../../../core/jobs/job-queue.service';
import { EXPIRE_POINTS_JOB, LoyaltyJobs } from './loyalty.jobs';
import { LoyaltyService } from './loyalty.service';
import { PurchasesService } from './purchases.service';
import { ReferralsService } from './referrals.service';
import { RewardsService } from './rewards.service';
import { TiersService } from './tiers.service';

const ENTRY = `id kind source delta reason expiresAt remaining createdAt`;
const LOYALTY = `query($id: ID!) { contactLoyalty(contactId: $id) {
  contactId balance lifetimeEarned expiringSoon referralCode
  tier { basis qualifying current { code name } next { code threshold } toNext progressPercent }
  tierHistory { fromTierName toTierName reason }
  vouchers { id code kind value maxDiscount minOrderTotal productIds categoryIds validTo origin }
  stampCards { reward { id name } stamps required completed }
  entries(first: 100) { totalCount edges { node { ${ENTRY} } } } } }`;
const SETTINGS = `mutation($input: UpdateLoyaltySettingsInput!) { updateLoyaltySettings(input: $input) { enabled purchasePoints purchaseUnit callPoints smsPoints dailyCaps { source points } expiryMonths expiryWarningDays tierBasis tierWindowMonths nextVoucherEnabled nextVoucherKind nextVoucherValue nextVoucherMinOrder nextVoucherValidDays } }`;
const ADJUST = `mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { balance entry { ${ENTRY} } } }`;
const SAVE_TIER = `mutation($input: SaveTierInput!) { saveTier(input: $input) { id code name threshold multiplierPercent priceListId freeShipping benefits } }`;
const SAVE_REWARD = `mutation($input: SaveRewardInput!) { saveReward(input: $input) { id kind name pointsCost voucherKind voucherValue maxDiscount productId categoryId stampsRequired archived } }`;

function ok<T = Record<string, any>>(res: GqlResponse<T>): T {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}
const fields = (res: GqlResponse) => res.errors?.[0]?.extensions?.fields?.map((f) => f.field);

describe('loyalty: ledger, earning rules, tiers, expiry, referral, vouchers (staff and service side)', () => {
  let app: TestApp;
  let owner: Owner;
  let ds: DataSource;
  const call = (query: string, variables: Record<string, unknown> = {}, token = owner.token) => gql(app, query, variables, token);
  let phoneCounter = 1000;

  async function contact(firstName: string): Promise<string> {
    phoneCounter++;
    return ok(await call(`mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`, { input: { firstName, source: 'WALK_IN', phones: [{ number: `0912000${phoneCounter}` }] } })).createContact.id;
  }
  const loyalty = async (id: string) => ok(await call(LOYALTY, { id })).contactLoyalty;
  const asWorkspace = <T>(fn: () => Promise<T>) => inWorkspace(app, owner.workspaceId, fn);
  const em = () => app.app.get(TenantDb).currentManager()!;
  const purchase = (contactId: string, amount: number, ref: string, lines?: Array<{ productId: string; quantity: number }>) =>
    asWorkspace(() => app.app.get(PurchasesService).earnForPurchaseIn(em(), { contactId, amount, ref, lines }));
  const publish = (name: string, payload: Record<string, unknown>) => asWorkspace(() => app.app.get(DomainEvents).publish(name, { workspaceId: owner.workspaceId, ...payload }));
  const ledgerConsistent = async (contactId: string) => {
    const [row] = await ds.query(
      `SELECT b.balance, (SELECT coalesce(sum(delta), 0)::int FROM loyalty_entries e WHERE e.contact_id = b.contact_id) AS sum,
              (SELECT coalesce(sum(remaining), 0)::int FROM loyalty_entries e WHERE e.contact_id = b.contact_id) AS lots
         FROM loyalty_balances b WHERE b.contact_id = $1`,
      [contactId],
    );
    expect(row.balance).toBe(row.sum);
    expect(row.lots).toBe(row.balance);
    return row.balance as number;
  };

  beforeAll(async () => {
    app = await startTestApp();
    ds = app.app.get(DataSource);
    owner = await signUpOwner(app, 'Loyal shop');
  });
  afterAll(() => app.close());

  it('settings: defaults of the article (1 point per 100,000 Rial, a call 2, an SMS 1), partial updates, bad input named', async () => {
    const s = ok(await call(`{ loyaltySettings { enabled purchasePoints purchaseUnit callPoints smsPoints newsPoints tierBasis expiryMonths dailyCaps { source points } } }`)).loyaltySettings;
    expect(s).toMatchObject({ enabled: true, purchasePoints: 1, purchaseUnit: 100_000, callPoints: 2, smsPoints: 1, tierBasis: 'POINTS_EARNED', expiryMonths: null });
    expect(s.dailyCaps).toEqual(expect.arrayContaining([{ source: 'SMS', points: 5 }, { source: 'CALL', points: 10 }]));
    // The defaults answered before anything is saved are the migration's column defaults.
    const ALL = `enabled purchasePoints purchaseUnit callPoints smsPoints newsPoints surveyPoints contestPoints referrerPoints refereePoints birthdayPoints
      dailyCaps { source points } tierMultipliers expiryMonths expiryWarningDays tierBasis tierWindowMonths nextVoucherEnabled nextVoucherKind nextVoucherValue
      nextVoucherMaxDiscount nextVoucherMinOrder nextVoucherValidDays`;
    const defaults = ok(await call(`{ loyaltySettings { ${ALL} } }`)).loyaltySettings;
    const saved = ok(await call(`mutation { updateLoyaltySettings(input: {}) { ${ALL} } }`)).updateLoyaltySettings;
    const bySource = (caps: Array<{ source: string }>) => [...caps].sort((a, b) => a.source.localeCompare(b.source));
    expect({ ...saved, dailyCaps: bySource(saved.dailyCaps) }).toEqual({ ...defaults, dailyCaps: bySource(defaults.dailyCaps) });
    const updated = ok(await call(SETTINGS, { input: { purchasePoints: 2, dailyCaps: [{ source: 'SMS', points: 3 }, { source: 'CALL', points: 4 }] } })).updateLoyaltySettings;
    expect(updated).toMatchObject({ purchasePoints: 2, purchaseUnit: 100_000, dailyCaps: [{ source: 'SMS', points: 3 }, { source: 'CALL', points: 4 }] });
    expect(fields(await call(SETTINGS, { input: { purchaseUnit: 0 } }))).toEqual(['input.purchaseUnit']);
    expect(fields(await call(SETTINGS, { input: { dailyCaps: [{ source: 'SMS', points: 1 }, { source: 'SMS', points: 2 }] } }))).toEqual(['input.dailyCaps.1.source']);
    expect(fields(await call(SETTINGS, { input: { nextVoucherKind: 'PERCENT', nextVoucherValue: 20_000 } }))).toEqual(['input.nextVoucherValue']);
    ok(await call(SETTINGS, { input: { purchasePoints: 1 } }));
  });

  it('purchase points: earnForPurchaseIn is idempotent by reference and answers the new balance; the ledger refuses edits and deletes', async () => {
    const c = await contact('نرگس');
    const first = await purchase(c, 2_550_000, 'plugin:woo:1001');
    expect(first).toMatchObject({ duplicate: false, pointsEarned: 25, balance: 25, tierCode: null });
    const again = await purchase(c, 2_550_000, 'plugin:woo:1001');
    expect(again).toMatchObject({ duplicate: true, pointsEarned: 25, balance: 25 });
    // Ten concurrent retries of a new order: one earns, nine answer duplicate with the same balance.
    const retries = await Promise.all(Array.from({ length: 10 }, () => purchase(c, 1_000_000, 'plugin:woo:1002')));
    expect(retries.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(retries.map((r) => [r.pointsEarned, r.balance])).toEqual(Array(10).fill([10, 35]));
    await purchase(c, 0, 'plugin:woo:1003');
    expect(await ledgerConsistent(c)).toBe(35);
    const state = await loyalty(c);
    expect(state).toMatchObject({ balance: 35, lifetimeEarned: 35 });
    expect(state.entries.edges.map((e: any) => [e.node.kind, e.node.source, e.node.delta, e.node.remaining])).toEqual([['EARN', 'PURCHASE', 10, 10], ['EARN', 'PURCHASE', 25, 25]]);
    await expect(ds.query(`UPDATE loyalty_entries SET delta = 999 WHERE contact_id = $1`, [c])).rejects.toThrow(/append-only/);
    await expect(ds.query(`UPDATE loyalty_entries SET remaining = remaining + 1 WHERE contact_id = $1`, [c])).rejects.toThrow(/append-only/);
    await expect(ds.query(`DELETE FROM loyalty_entries WHERE contact_id = $1`, [c])).rejects.toThrow(/append-only/);
    await expect(ds.query(`UPDATE loyalty_balances SET balance = -1 WHERE contact_id = $1`, [c])).rejects.toThrow(/loyalty_balances_not_negative/);
    const timeline = ok(await call(`query($id: ID!) { contact(id: $id) { timeline(first: 20) { edges { node { kind summary data } } } } }`, { id: c })).contact.timeline.edges;
    expect(timeline.map((e: any) => e.node.summary)).toContain('+25 points (earn)');
    await expect(purchase(c, -1, 'plugin:woo:bad')).rejects.toMatchObject({ extensions: { fields: [{ field: 'amount', message: 'must be a whole number of Rial, 0 or more' }] } });
  });

  it('adjustPoints: reason required, never below 0 (a clear error naming input.delta), audited with the staff member', async () => {
    const c = await contact('رضا');
    expect(fields(await call(ADJUST, { input: { contactId: c, delta: 10, reason: '  ' } }))).toEqual(['input.reason']);
    expect(fields(await call(ADJUST, { input: { contactId: c, delta: 0, reason: 'x' } }))).toEqual(['input.delta']);
    const added = ok(await call(ADJUST, { input: { contactId: c, delta: 30, reason: 'جبران تاخیر ارسال' } })).adjustPoints;
    expect(added).toMatchObject({ balance: 30, entry: { kind: 'ADJUST', source: 'MANUAL', delta: 30, reason: 'جبران تاخیر ارسال' } });
    const below = await call(ADJUST, { input: { contactId: c, delta: -31, reason: 'اصلاح' } });
    expect(errorCode(below)).toBe('BAD_USER_INPUT');
    expect(below.errors![0].extensions!.fields).toEqual([{ field: 'input.delta', message: 'would take the balance below 0 (the balance is 30; at most -30)' }]);
    expect(ok(await call(ADJUST, { input: { contactId: c, delta: -30, reason: 'اصلاح' } })).adjustPoints.balance).toBe(0);
    expect(fields(await call(ADJUST, { input: { contactId: '00000000-0000-4000-8000-000000000000', delta: 1, reason: 'x' } }))).toEqual(['input.contactId']);
    const audit = await ds.query(`SELECT actor_type, actor_label, changes FROM audit_log WHERE entity = 'loyalty_adjustments' AND changes -> '__after' ->> 'contact_id' = $1`, [c]);
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ actor_type: 'user', actor_label: owner.email });
    expect(await ledgerConsistent(c)).toBe(0);
    const member = await signUpOwner(app, 'Other shop');
    expect(fields(await gql(app, LOYALTY, { id: c }, member.token))).toEqual(['contactId']);
  });

  it('a random concurrent mix of earn, redeem and adjust keeps balance = ledger sum = unspent lots, never below 0', async () => {
    const c = await contact('همزمان');
    ok(await call(ADJUST, { input: { contactId: c, delta: 50, reason: 'start' } }));
    const reward = ok(await call(SAVE_REWARD, { input: { kind: 'VOUCHER', name: 'race voucher', pointsCost: 7, voucherKind: 'FIXED', voucherValue: 10_000 } })).saveReward;
    const rewards = app.app.get(RewardsService);
    const ops = Array.from({ length: 80 }, (_, i) => {
      const r = Math.floor(Math.random() * 4);
      if (r === 0) return purchase(c, 100_000 * (1 + (i % 5)), `race:${i}`).then(() => 'earned');
      if (r === 1) return asWorkspace(() => rewards.redeem(c, reward.id, `race-${i}`)).then(() => 'redeemed', (e) => (e.extensions?.reason === 'INSUFFICIENT_POINTS' ? 'refused' : Promise.reject(e)));
      const delta = r === 2 ? -(1 + (i % 9)) : 1 + (i % 4);
      return call(ADJUST, { input: { contactId: c, delta, reason: `adjust ${i}` } }).then((res) => (!res.errors ? 'adjusted' : errorCode(res) === 'BAD_USER_INPUT' ? 'refused' : Promise.reject(res.errors)));
    });
    const results = await Promise.allSettled(ops);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const balance = await ledgerConsistent(c);
    expect(balance).toBeGreaterThanOrEqual(0);
    expect((await loyalty(c)).balance).toBe(balance);
  });

  it('interactions: an answered inbound call earns 2, an inbound SMS 1, within the daily cap per source; a repeated event earns once', async () => {
    const c = await contact('تماس');
    for (let i = 0; i < 3; i++) {
      await publish(TelephonyEvents.CallLogged, { contactId: c, callId: `call-${c}-${i}`, direction: 'in', startedAt: new Date().toISOString(), summary: 'x', data: { outcome: 'answered' }, actorMemberId: null });
    }
    await publish(TelephonyEvents.CallLogged, { contactId: c, callId: `call-${c}-missed`, direction: 'in', startedAt: new Date().toISOString(), summary: 'x', data: { outcome: 'missed' }, actorMemberId: null });
    for (let i = 0; i < 5; i++) {
      await publish(MessagingEvents.Received, { messageId: `00000000-0000-4000-8000-00000000000${i}`, contactId: c, channel: 'SMS', direction: 'IN', purpose: 'TRANSACTIONAL', recipient: '+98', subject: null, bodyText: 'سلام', actorMemberId: null });
    }
    await publish(MessagingEvents.Received, { messageId: '00000000-0000-4000-8000-000000000000', contactId: c, channel: 'SMS', direction: 'IN', purpose: 'TRANSACTIONAL', recipient: '+98', subject: null, bodyText: 'سلام', actorMemberId: null });
    const other = await contact('لغو');
    await publish(MessagingEvents.Received, { messageId: '00000000-0000-4000-8000-0000000000aa', contactId: other, channel: 'SMS', direction: 'IN', purpose: 'TRANSACTIONAL', recipient: '+98', subject: null, bodyText: ' لغو ', actorMemberId: null });
    expect((await loyalty(other)).balance).toBe(0);
    // A loyalty failure (a failing statement) is rolled back alone: the publisher's transaction and the timeline commit.
    const failing = jest.spyOn(app.app.get(EarningService), 'earnIn').mockImplementationOnce(async (manager) => {
      await manager.query('SELECT 1 / 0');
      return null;
    });
    await expect(publish(MessagingEvents.Received, { messageId: '00000000-0000-4000-8000-0000000000bb', contactId: other, channel: 'SMS', direction: 'IN', purpose: 'TRANSACTIONAL', recipient: '+98', subject: null, bodyText: 'سلام', actorMemberId: null })).resolves.toBeUndefined();
    expect(failing).toHaveBeenCalledTimes(1);
    failing.mockRestore();
    const [inbound] = await ds.query(`SELECT count(*)::int AS n FROM timeline_items WHERE contact_id = $1 AND kind = 'SMS'`, [other]);
    expect(inbound.n).toBe(2);
    const state = await loyalty(c);
    const bySource = (s: string) => state.entries.edges.filter((e: any) => e.node.source === s).map((e: any) => e.node.delta);
    // Caps set in the first test: CALL 4 a day (2 + 2, the third call earns nothing), SMS 3.
    expect(bySource('CALL')).toEqual([2, 2]);
    expect(bySource('SMS')).toEqual([1, 1, 1]);
    expect(state.balance).toBe(7);
  });

  it('merging duplicate contacts moves the unspent points (with their expiry), purchases and stamps to the survivor', async () => {
    ok(await call(SETTINGS, { input: { expiryMonths: 6 } }));
    const survivor = await contact('اصلی');
    const duplicate = await contact('تکراری');
    await purchase(survivor, 1_000_000, 'merge:s');
    await purchase(duplicate, 3_000_000, 'merge:d');
    ok(await call(ADJUST, { input: { contactId: duplicate, delta: -5, reason: 'spent' } }));
    ok(await call(`mutation($d: ID!, $p: ID!) { mergeContacts(duplicateId: $d, primaryId: $p) { id } }`, { d: duplicate, p: survivor }));
    const s = await loyalty(survivor);
    expect(s.balance).toBe(35);
    expect(s.entries.edges[0].node).toMatchObject({ kind: 'ADJUST', source: 'MERGE', delta: 25, remaining: 25, reason: expect.stringContaining('تکراری') });
    expect(s.entries.edges[0].node.expiresAt).not.toBeNull();
    expect(await ledgerConsistent(survivor)).toBe(35);
    expect(await ledgerConsistent(duplicate)).toBe(0);
    // The duplicate's purchase now counts as the survivor's: a repeat of it is still a duplicate.
    expect(await purchase(survivor, 3_000_000, 'merge:d')).toMatchObject({ duplicate: true, balance: 35 });
    ok(await call(SETTINGS, { input: { expiryMonths: null } }));
  });

  it('birthday bonus once per year', async () => {
    const c = await contact('تولد');
    const earning = app.app.get(EarningService);
    const first = await asWorkspace(() => earning.awardBirthdayBonusIn(em(), c, 1405));
    const again = await asWorkspace(() => earning.awardBirthdayBonusIn(em(), c, 1405));
    const next = await asWorkspace(() => earning.awardBirthdayBonusIn(em(), c, 1406));
    expect([first!.duplicate, again!.duplicate, next!.duplicate]).toEqual([false, true, false]);
    expect((await loyalty(c)).balance).toBe(40);
  });

  it('tiers: thresholds over the window, a TIER price list per tier, multipliers, history and club.tier_changed, nightly recalculation drops them', async () => {
    const list = ok(await call(`mutation($input: CreatePriceListInput!) { createPriceList(input: $input) { id } }`, { input: { name: 'طلایی', kind: 'TIER', target: 'gold' } })).createPriceList;
    const silver = ok(await call(SAVE_TIER, { input: { code: 'silver', name: 'نقره‌ای', threshold: 0 } })).saveTier;
    expect(silver).toMatchObject({ code: 'SILVER', multiplierPercent: 100 });
    expect(fields(await call(SAVE_TIER, { input: { code: 'gold', name: 'طلایی', threshold: 100, priceListId: silver.id } }))).toEqual(['input.priceListId']);
    const wrongTarget = await call(SAVE_TIER, { input: { code: 'plat', name: 'پلاتین', threshold: 100, priceListId: list.id } });
    expect(wrongTarget.errors![0].extensions!.fields).toEqual([{ field: 'input.priceListId', message: 'must be a price list of kind TIER with target PLAT' }]);
    const gold = ok(await call(SAVE_TIER, { input: { code: 'gold', name: 'طلایی', threshold: 100, multiplierPercent: 150, priceListId: list.id, freeShipping: true, benefits: 'ارسال رایگان' } })).saveTier;
    expect(errorCode(await call(SAVE_TIER, { input: { code: 'other', name: 'x', threshold: 100 } }))).toBe('CONFLICT');
    expect(ok(await call(`{ tiers { code threshold } }`)).tiers).toEqual([{ code: 'SILVER', threshold: 0 }, { code: 'GOLD', threshold: 100 }]);

    const c = await contact('طلا');
    await purchase(c, 5_000_000, 'tier:1');
    let state = await loyalty(c);
    expect(state.tier).toMatchObject({ qualifying: 50, current: { code: 'SILVER' }, next: { code: 'GOLD', threshold: 100 }, toNext: 50, progressPercent: 50 });
    const r = await purchase(c, 5_000_000, 'tier:2');
    expect(r).toMatchObject({ tierCode: 'GOLD', balance: 100 });
    expect(await asWorkspace(() => app.app.get(TiersService).tierCodeOfIn(em(), c))).toBe('GOLD');
    // Gold earns × 1.5.
    expect((await purchase(c, 1_000_000, 'tier:3')).pointsEarned).toBe(15);
    state = await loyalty(c);
    expect(state.tier).toMatchObject({ current: { code: 'GOLD' }, next: null, toNext: null, progressPercent: 100 });
    expect(state.tierHistory.map((h: any) => [h.fromTierName, h.toTierName])).toEqual([['نقره‌ای', 'طلایی'], [null, 'نقره‌ای']]);
    const timeline = ok(await call(`query($id: ID!) { contact(id: $id) { timeline(first: 50) { edges { node { summary } } } } }`, { id: c })).contact.timeline.edges.map((e: any) => e.node.summary);
    expect(timeline).toContain('Tier نقره‌ای → طلایی');

    const later = new Date(Date.now() + 400 * 86_400_000);
    expect(await app.app.get(LoyaltyJobs).recalculateTiers(later)).toBeGreaterThan(0);
    state = await loyalty(c);
    expect(state.tierHistory[0]).toMatchObject({ fromTierName: 'طلایی', toTierName: 'نقره‌ای', reason: 'nightly recalculation' });
    ok(await call(`mutation($id: ID!) { deleteTier(id: $id) }`, { id: gold.id }));
    expect((await loyalty(c)).tier).toMatchObject({ current: { code: 'SILVER' }, next: null });

    // Purchase count as the basis: 2 purchases in the window reach a threshold of 2.
    ok(await call(SETTINGS, { input: { tierBasis: 'PURCHASE_COUNT', tierWindowMonths: 6 } }));
    const vip = ok(await call(SAVE_TIER, { input: { code: 'vip', name: 'ویژه', threshold: 2 } })).saveTier;
    const buyer = await contact('خریدار');
    await purchase(buyer, 50_000, 'count:1');
    expect((await loyalty(buyer)).tier).toMatchObject({ basis: 'PURCHASE_COUNT', qualifying: 1, current: { code: 'SILVER' }, next: { code: 'VIP' }, toNext: 1 });
    expect((await purchase(buyer, 50_000, 'count:2')).tierCode).toBe('VIP');
    ok(await call(SETTINGS, { input: { tierBasis: 'POINTS_EARNED', tierWindowMonths: 12 } }));
    for (const id of [vip.id, silver.id]) ok(await call(`mutation($id: ID!) { deleteTier(id: $id) }`, { id }));
    expect(ok(await call(`{ tiers { code } }`)).tiers).toEqual([]);
  });

  it('expiry: oldest lots first, one SMS warning per batch before, the daily job expires what is left', async () => {
    ok(await call(SETTINGS, { input: { expiryMonths: 1, expiryWarningDays: 10 } }));
    const c = await contact('انقضا');
    await purchase(c, 1_000_000, 'exp:1');
    const before = await ds.query(`SELECT count(*)::int AS n FROM messages WHERE contact_id = $1`, [c]);
    ok(await call(ADJUST, { input: { contactId: c, delta: 5, reason: 'later lot' } }));
    // Spending 4 takes from the oldest (soonest-expiring) lot: 10 → 6 left there.
    ok(await call(ADJUST, { input: { contactId: c, delta: -4, reason: 'spend' } }));
    const lots = await ds.query(`SELECT delta, remaining FROM loyalty_entries WHERE contact_id = $1 AND delta > 0 ORDER BY created_at`, [c]);
    expect(lots).toEqual([{ delta: 10, remaining: 6 }, { delta: 5, remaining: 1 + 4 }]);

    const jobs = app.app.get(LoyaltyJobs);
    const soon = new Date(Date.now() + 25 * 86_400_000);
    expect((await loyalty(c)).expiringSoon).toBe(0);
    const summary = await asWorkspace(() => app.app.get(LoyaltyService).summaryIn(em(), c, soon));
    expect(summary).toMatchObject({ balance: 11, expiringSoon: 11 });
    expect(Math.abs(new Date(summary.nextExpiryAt!).getTime() - (Date.now() + 30.5 * 86_400_000))).toBeLessThan(2 * 86_400_000);
    expect(await jobs.warnExpiring(soon)).toBeGreaterThanOrEqual(1);
    await jobs.warnExpiring(soon);
    const warnings = await ds.query(`SELECT body_text, idempotency_key FROM messages WHERE contact_id = $1 AND idempotency_key LIKE 'loyalty:expiry-warning:%'`, [c]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0].body_text).toMatch(/۱۱ امتیاز شما در .* منقضی می‌شود/);
    expect(before[0].n).toBe(0);

    const expired = await jobs.expirePoints(new Date(Date.now() + 40 * 86_400_000));
    expect(expired).toBeGreaterThanOrEqual(11);
    const state = await loyalty(c);
    expect(state.balance).toBe(0);
    expect(state.entries.edges[0].node).toMatchObject({ kind: 'EXPIRE', source: 'EXPIRY', delta: -11 });
    expect(await jobs.expirePoints(new Date(Date.now() + 40 * 86_400_000))).toBe(0);
    await ledgerConsistent(c);
    // The scheduled job itself (as the worker runs it, with the real clock): a lot earned two months ago has expired.
    const old = await contact('قدیمی');
    await asWorkspace(() => app.app.get(PurchasesService).earnForPurchaseIn(em(), { contactId: old, amount: 700_000, ref: 'exp:old', at: new Date(Date.now() - 62 * 86_400_000) }));
    expect((await loyalty(old)).balance).toBe(7);
    const queue = app.app.get(JobQueue);
    await queue.enqueue(EXPIRE_POINTS_JOB, { slot: 'test' });
    await queue.drain([EXPIRE_POINTS_JOB]);
    expect((await loyalty(old)).balance).toBe(0);
    ok(await call(SETTINGS, { input: { expiryMonths: null } }));
  });

  it('referral: pending on joining with a code, both sides rewarded on the first purchase, self-referral and a reused phone refused', async () => {
    const referrer = await contact('معرف');
    const friend = await contact('دوست');
    const code = await asWorkspace(() => app.app.get(ReferralsService).codeOfIn(em(), referrer));
    expect(code).toMatch(/^[A-Z0-9]{7}$/);
    expect((await loyalty(referrer)).referralCode).toBe(code);

    const joined = (contactId: string, referralCode: string | null) =>
      publish(ClubEvents.MemberJoined, { contactId, clubMemberId: '00000000-0000-4000-8000-000000000001', via: 'SIGN_UP', referralCode });
    await joined(referrer, code);
    await joined(friend, code.toLowerCase());
    const rows = await ds.query(`SELECT referee_contact_id, status, refusal FROM loyalty_referrals WHERE referrer_contact_id = $1 ORDER BY created_at`, [referrer]);
    expect(rows).toEqual([
      { referee_contact_id: referrer, status: 'REFUSED', refusal: 'SELF_REFERRAL' },
      { referee_contact_id: friend, status: 'PENDING', refusal: null },
    ]);
    const check = (phone: string | null) => asWorkspace(() => app.app.get(ReferralsService).checkCodeIn(em(), code, phone));
    const [friendRow] = await ds.query(`SELECT primary_phone FROM contacts WHERE id = $1`, [friend]);
    await expect(check(friendRow.primary_phone)).rejects.toMatchObject({ extensions: { fields: [{ field: 'input.referralCode', message: 'cannot be used: this mobile number was already referred' }] } });
    await expect(asWorkspace(() => app.app.get(ReferralsService).checkCodeIn(em(), 'NOPE123', null))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });

    // Another contact with the friend's mobile number joining with the code: refused, the friend's referral stands.
    const twin = ok(await call(`mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`, { input: { firstName: 'دوقلو', source: 'WALK_IN', phones: [{ number: friendRow.primary_phone }] } })).createContact.id;
    await joined(twin, code);
    const [refused] = await ds.query(`SELECT status, refusal FROM loyalty_referrals WHERE referee_contact_id = $1`, [twin]);
    expect(refused).toEqual({ status: 'REFUSED', refusal: 'PHONE_ALREADY_REFERRED' });

    await purchase(friend, 100_000, 'ref:first');
    await purchase(friend, 100_000, 'ref:second');
    const [after] = await ds.query(`SELECT status FROM loyalty_referrals WHERE referee_contact_id = $1`, [friend]);
    expect(after.status).toBe('SUCCEEDED');
    const r = await loyalty(referrer);
    expect(r.entries.edges.map((e: any) => [e.node.source, e.node.delta])).toEqual([['REFERRAL', 50]]);
    const f = await loyalty(friend);
    expect(f.entries.edges.filter((e: any) => e.node.source === 'REFERRAL').map((e: any) => e.node.delta)).toEqual([20]);
    const timeline = ok(await call(`query($id: ID!) { contact(id: $id) { timeline(first: 20) { edges { node { summary } } } } }`, { id: referrer })).contact.timeline.edges;
    expect(timeline.map((e: any) => e.node.summary)).toContain('Referred a new customer');
  });

  it('rewards: validation per kind; stamp cards fill from purchase lines and give a free item voucher; the next-purchase voucher', async () => {
    const product = ok(await call(`mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`, { input: { sku: 'BURGER', nameFa: 'برگر', basePrice: 2_000_000, taxRateBp: 0 } })).createProduct.id;
    expect(fields(await call(SAVE_REWARD, { input: { kind: 'VOUCHER', name: 'x', pointsCost: 10 } }))).toEqual(['input.voucherKind']);
    expect(fields(await call(SAVE_REWARD, { input: { kind: 'VOUCHER', name: 'x', pointsCost: 10, voucherKind: 'PERCENT', voucherValue: 20_000 } }))).toEqual(['input.voucherValue']);
    expect(fields(await call(SAVE_REWARD, { input: { kind: 'FREE_PRODUCT', name: 'x', pointsCost: 0, productId: product } }))).toEqual(['input.pointsCost']);
    expect(fields(await call(SAVE_REWARD, { input: { kind: 'STAMP_CARD', name: 'x', stampsRequired: 5 } }))).toEqual(['input.productId']);
    expect(fields(await call(SAVE_REWARD, { input: { kind: 'FREE_PRODUCT', name: 'x', pointsCost: 5, productId: '00000000-0000-4000-8000-000000000000' } }))).toEqual(['input.productId']);
    const card = ok(await call(SAVE_REWARD, { input: { kind: 'STAMP_CARD', name: '۵ برگر بخر، یکی رایگان', stampsRequired: 5, productId: product } })).saveReward;
    expect(card).toMatchObject({ kind: 'STAMP_CARD', pointsCost: 0, stampsRequired: 5, productId: product });

    const c = await contact('مشتری برگر');
    await purchase(c, 6_000_000, 'stamp:1', [{ productId: product, quantity: 3 }]);
    let state = await loyalty(c);
    expect(state.stampCards).toEqual([{ reward: { id: card.id, name: card.name }, stamps: 3, required: 5, completed: 0 }]);
    expect(state.vouchers).toEqual([]);
    const second = await purchase(c, 8_000_000, 'stamp:2', [{ productId: product, quantity: 4 }]);
    expect(second.vouchers).toHaveLength(1);
    state = await loyalty(c);
    expect(state.stampCards[0]).toMatchObject({ stamps: 2, completed: 1 });
    expect(state.vouchers).toEqual([expect.objectContaining({ origin: 'STAMP_CARD', kind: 'PERCENT', value: 10_000, maxDiscount: 2_000_000, productIds: [product] })]);
    // The voucher is a real personal single-use coupon of the catalog.
    const quote = ok(await call(`query($input: QuoteInput!) { quote(input: $input) { couponDiscount total } }`, { input: { contactId: c, lines: [{ productId: product, quantity: 2 }], couponCode: state.vouchers[0].code } })).quote;
    expect(quote).toEqual({ couponDiscount: 2_000_000, total: 2_000_000 });
    const stranger = await contact('غریبه');
    const foreign = await call(`query($input: QuoteInput!) { quote(input: $input) { total } }`, { input: { contactId: stranger, lines: [{ productId: product, quantity: 1 }], couponCode: state.vouchers[0].code } });
    expect(errorCode(foreign)).toBe('BAD_USER_INPUT');

    ok(await call(SETTINGS, { input: { nextVoucherEnabled: true, nextVoucherKind: 'FIXED', nextVoucherValue: 500_000, nextVoucherMinOrder: 3_000_000, nextVoucherValidDays: 14 } }));
    const next = await purchase(c, 1_000_000, 'next:1');
    expect(next.vouchers).toEqual([expect.objectContaining({ origin: 'NEXT_PURCHASE', kind: 'FIXED', value: 500_000, minOrderTotal: 3_000_000 })]);
    const validTo = new Date(next.vouchers[0].validTo!).getTime();
    expect(Math.abs(validTo - (Date.now() + 14 * 86_400_000))).toBeLessThan(60_000);
    expect(await purchase(c, 1_000_000, 'next:1')).toMatchObject({ duplicate: true, vouchers: [] });
    expect((await loyalty(c)).vouchers.filter((v: any) => v.origin === 'NEXT_PURCHASE')).toHaveLength(1);
    ok(await call(SETTINGS, { input: { nextVoucherEnabled: false } }));
    expect(ok(await call(`mutation($id: ID!) { archiveReward(id: $id) { archived } }`, { id: card.id })).archiveReward.archived).toBe(true);
    const active = ok(await call(`{ rewards(first: 10) { edges { node { id } } } }`)).rewards.edges.map((e: any) => e.node.id);
    expect(active).not.toContain(card.id);
    const all = ok(await call(`{ rewards(first: 10, includeArchived: true) { edges { node { id archived } } } }`)).rewards.edges.map((e: any) => e.node);
    expect(all).toContainEqual({ id: card.id, archived: true });
  });
});
