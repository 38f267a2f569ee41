import { DataSource } from 'typeorm';
import { QUERY_LOGGER } from '../../../app.module';
import { RequestContext } from '../../../core/context/request-context';
import { CountingQueryLogger } from '../../../core/database/query-counter';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { errorCode, gql, GqlResponse, Owner, signUpOwner } from '../../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../../test/utils/test-app';
import { inWorkspace } from '../../../../test/utils/workspace-scope';
import { ClubMembersService } from '../members/club-members.service';
import { PurchasesService } from './purchases.service';

const MEMBERS = `query($first: Int, $tierId: ID, $joinedVia: ClubJoinVia) {
  clubMembers(first: $first, tierId: $tierId, joinedVia: $joinedVia) { totalCount edges { node { contactId joinedVia balance tier { id code name } contact { fullName } } } } }`;
const ADJUST = `mutation($input: AdjustPointsInput!) { adjustPoints(input: $input) { balance entry { id delta reason createdAt actor { id fullName } } } }`;
const ENTRIES = `query($id: ID!) { contactLoyalty(contactId: $id) { balance entries(first: 50) { totalCount edges { node { kind source delta actor { id fullName } } } } } }`;

function ok<T = Record<string, any>>(res: GqlResponse<T>): T {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

describe('club members with their loyalty (balance, tier, filters), idempotent adjustments and who made them', () => {
  let app: TestApp;
  let owner: Owner;
  let ds: DataSource;
  let seq = 0;
  const call = (query: string, variables: Record<string, unknown> = {}, token = owner.token) => gql(app, query, variables, token);
  const em = () => app.app.get(TenantDb).currentManager()!;

  async function member(firstName: string, enrol = true): Promise<string> {
    seq++;
    const id = ok(await call(`mutation($input: CreateContactInput!) { createContact(input: $input) { id } }`, { input: { firstName, phones: [{ number: `0913${String(process.pid % 1000).padStart(3, '0')}${String(seq).padStart(4, '0')}` }] } })).createContact.id;
    if (enrol) ok(await call(`mutation($id: ID!) { enrollClubMember(contactId: $id) { id } }`, { id }));
    return id;
  }
  const purchase = (contactId: string, amount: number) =>
    inWorkspace(app, owner.workspaceId, () => app.app.get(PurchasesService).earnForPurchaseIn(em(), { contactId, amount, ref: `test:${contactId}:${++seq}` }));

  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_WORKSPACE_PER_MINUTE: '100000' } });
    ds = app.app.get(DataSource);
    owner = await signUpOwner(app, 'Members loyalty shop');
  });
  afterAll(() => app.close());

  it('members carry their balance and current tier; the list filters by tier and by how they joined', async () => {
    const silver = ok(await call(`mutation { saveTier(input: { code: "SILVER", name: "نقره‌ای", threshold: 10 }) { id } }`)).saveTier.id;
    ok(await call(`mutation { saveTier(input: { code: "GOLD", name: "طلایی", threshold: 100 }) { id } }`));
    const mina = await member('مینا');
    const reza = await member('رضا');
    await purchase(mina, 2_500_000); // 25 points: silver
    ok(await call(ADJUST, { input: { contactId: reza, delta: 7, reason: 'هدیه' } })); // adjustments do not qualify for tiers
    // A plugin-registered member (joined via PLUGIN).
    const sara = await member('سارا', false);
    await inWorkspace(app, owner.workspaceId, () => app.app.get(ClubMembersService).ensureMemberIn(em(), sara, 'PLUGIN'));

    const all = ok(await call(MEMBERS, { first: 50 })).clubMembers;
    const byId = new Map(all.edges.map((e: any) => [e.node.contactId, e.node]));
    expect(byId.get(mina)).toMatchObject({ balance: 25, joinedVia: 'STAFF', tier: { id: silver, code: 'SILVER', name: 'نقره‌ای' } });
    expect(byId.get(reza)).toMatchObject({ balance: 7, tier: null });
    expect(byId.get(sara)).toMatchObject({ balance: 0, joinedVia: 'PLUGIN', tier: null });

    const silverOnly = ok(await call(MEMBERS, { tierId: silver })).clubMembers;
    expect(silverOnly.edges.map((e: any) => e.node.contactId)).toEqual([mina]);
    expect(silverOnly.totalCount).toBe(1);
    const plugin = ok(await call(MEMBERS, { joinedVia: 'PLUGIN' })).clubMembers;
    expect(plugin.edges.map((e: any) => e.node.contactId)).toEqual([sara]);
    expect(ok(await call(MEMBERS, { joinedVia: 'STAFF', tierId: silver })).clubMembers.totalCount).toBe(1);
    expect(ok(await call(MEMBERS, { joinedVia: 'SIGN_UP' })).clubMembers.totalCount).toBe(0);

    const bad = await call(MEMBERS, { tierId: 'not-a-tier' });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.fields![0].field).toBe('tierId');
  });

  it('a page of 30 members costs the same statements as a page of 3 (balances and tiers in one batch)', async () => {
    for (let i = 0; i < 30; i++) {
      const id = await member(`عضو ${i}`);
      if (i % 3 === 0) await purchase(id, 1_000_000 * (i + 1));
    }
    const logger = app.app.get<CountingQueryLogger>(QUERY_LOGGER) as unknown as { logQuery: (query: string, ...rest: unknown[]) => void };
    const context = app.app.get(RequestContext);
    const count = async (first: number) => {
      const sql: string[] = [];
      const original = logger.logQuery;
      logger.logQuery = function (this: unknown, query: string, ...rest: unknown[]) {
        if (context.principal()?.kind === 'staff') sql.push(query);
        original.call(this, query, ...rest);
      };
      try {
        const page = ok(await call(MEMBERS, { first })).clubMembers;
        expect(page.edges).toHaveLength(first);
        expect(page.edges.some((e: any) => e.node.tier)).toBe(true);
      } finally {
        delete (logger as { logQuery?: unknown }).logQuery;
      }
      return sql.length;
    };
    await count(3);
    const small = await count(3);
    const page = await count(30);
    expect(page).toBe(small);
  });

  it('adjustPoints with an idempotency key: a replay answers the first result, another input with the key is CONFLICT, nothing written twice', async () => {
    const c = await member('کاوه');
    const input = { contactId: c, delta: 40, reason: 'جبران تأخیر', idempotencyKey: 'adjust-dialog-1' };
    const first = ok(await call(ADJUST, { input })).adjustPoints;
    expect(first.balance).toBe(40);
    const replay = ok(await call(ADJUST, { input })).adjustPoints;
    expect(replay).toEqual(first);
    const other = await call(ADJUST, { input: { ...input, delta: 41 } });
    expect(errorCode(other)).toBe('CONFLICT');
    const loyalty = ok(await call(ENTRIES, { id: c })).contactLoyalty;
    expect(loyalty.balance).toBe(40);
    expect(loyalty.entries.totalCount).toBe(1);
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM loyalty_adjustments WHERE contact_id = $1`, [c]);
    expect(n).toBe(1);
    // Without a key every submission is its own adjustment.
    ok(await call(ADJUST, { input: { contactId: c, delta: 1, reason: 'x' } }));
    ok(await call(ADJUST, { input: { contactId: c, delta: 1, reason: 'x' } }));
    expect(ok(await call(ENTRIES, { id: c })).contactLoyalty.balance).toBe(42);
    expect(errorCode(await call(ADJUST, { input: { ...input, idempotencyKey: '   ' } }))).toBe('BAD_USER_INPUT');
  });

  it('10 concurrent submissions with one key adjust once and all answer the same entry', async () => {
    const c = await member('نگار');
    const input = { contactId: c, delta: 15, reason: 'همزمان', idempotencyKey: 'adjust-race-1' };
    const results = await Promise.all(Array.from({ length: 10 }, () => call(ADJUST, { input })));
    const answers = results.map((r) => ok(r).adjustPoints);
    expect(new Set(answers.map((a) => a.entry.id)).size).toBe(1);
    expect(answers.every((a) => a.balance === 15)).toBe(true);
    const [{ n, sum }] = await ds.query(`SELECT count(*)::int AS n, coalesce(sum(delta), 0)::int AS sum FROM loyalty_entries WHERE contact_id = $1`, [c]);
    expect({ n, sum }).toEqual({ n: 1, sum: 15 });
  });

  it('ledger entries name the staff member who adjusted; earned points have no actor', async () => {
    const c = await member('پرستو');
    await purchase(c, 500_000);
    const adjusted = ok(await call(ADJUST, { input: { contactId: c, delta: 3, reason: 'هدیه تولد' } })).adjustPoints;
    const me = ok(await call(`{ staffMembers { edges { node { id fullName } } } }`)).staffMembers.edges[0].node;
    expect(adjusted.entry.actor).toEqual({ id: me.id, fullName: me.fullName });
    const entries = ok(await call(ENTRIES, { id: c })).contactLoyalty.entries.edges.map((e: any) => e.node);
    expect(entries).toEqual([
      { kind: 'ADJUST', source: 'MANUAL', delta: 3, actor: { id: me.id, fullName: me.fullName } },
      { kind: 'EARN', source: 'PURCHASE', delta: 5, actor: null },
    ]);
  });
});
