import { randomUUID } from 'node:crypto';
import { isJalaliLeapYear, toGregorian, toJalali, zonedToday } from '@peyvand/calendar';
import { DataSource } from 'typeorm';
import { errorCode, gql, Owner, signUpOwner } from '../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../test/utils/test-app';
import { inWorkspace } from '../../../test/utils/workspace-scope';
import { hashPassword } from '../../core/auth/secrets';
import { DomainEvents } from '../../core/events/domain-events';
import { InvoiceIssuedEvent, PaymentRecordedEvent, SalesEvents } from '../sales/sales.events';

const STAGES = `{ pipelineStages { id nameFa nameEn position probability kind } }`;
const OPP = `id title status stageId position probability probabilityOverridden amount weightedAmount lostReason wonAt stage { kind nameEn }`;
const CREATE = `mutation($input: CreateOpportunityInput!) { createOpportunity(input: $input) { ${OPP} } }`;
const MOVE = `mutation($id: ID!, $input: MoveOpportunityInput!) { moveOpportunity(id: $id, input: $input) { ${OPP} } }`;
const WIN = `mutation($id: ID!) { winOpportunity(id: $id) { ${OPP} } }`;
const LOSE = `mutation($id: ID!, $reason: String!) { loseOpportunity(id: $id, input: { reason: $reason }) { ${OPP} } }`;
const BOARD = `query($filter: OpportunityFilter) { opportunityBoard(filter: $filter) { columns { stage { id nameEn kind } count amount weightedAmount opportunities { id title position } } } }`;
const SET_QUOTA = `mutation($input: SetSalesQuotaInput!) { setSalesQuota(input: $input) { id memberId periodKind jalaliYear periodIndex target } }`;
const SET_RULE = `mutation($input: SetCommissionRuleInput!) { setCommissionRule(input: $input) { id basis tiers { fromAmount fromAttainmentPercent rateBp } } }`;
const PERFORMANCE = `query($period: SalesPeriodInput!) { salesPerformance(period: $period) {
  period { kind jalaliYear index startsAt endsAt }
  reps { memberId target achieved attainmentPercent commission member { email } }
  teams { teamId name target achieved attainmentPercent commission }
} }`;

type Stage = { id: string; nameEn: string; position: number; probability: number; kind: string };
type Column = { stage: { id: string; nameEn: string; kind: string }; count: number; amount: number; weightedAmount: number; opportunities: Array<{ id: string; title: string; position: number }> };

describe('pipeline: opportunities on a kanban, quotas and commissions', () => {
  let app: TestApp;
  let owner: Owner;
  let other: Owner;
  let stages: Stage[];
  let contactId: string;
  let ownerMemberId: string;
  const reps: Record<string, { token: string; memberId: string; email: string }> = {};
  const q = (query: string, variables: Record<string, unknown> = {}, token = owner.token) => gql(app, query, variables, token);
  const stage = (nameEn: string) => stages.find((s) => s.nameEn === nameEn)!;
  const board = async (filter: Record<string, unknown> = { contactId }) => (await q(BOARD, { filter })).data!.opportunityBoard.columns as Column[];
  const column = (cols: Column[], nameEn: string) => cols.find((c) => c.stage.nameEn === nameEn)!;

  /** A staff member of a role, made directly (invitations are tested elsewhere). */
  async function member(ws: Owner, role: string) {
    const ds = app.app.get(DataSource);
    const email = `${role.toLowerCase()}-${randomUUID()}@pipeline.test`;
    const [user] = await ds.query(`INSERT INTO users (email, password_hash, full_name) VALUES ($1, $2, $3) RETURNING id`, [email, await hashPassword('pipeline password 123'), role]);
    const [m] = await ds.query(`INSERT INTO workspace_members (workspace_id, user_id, role) VALUES ($1, $2, $3) RETURNING id`, [ws.workspaceId, user.id, role]);
    const login = await gql(app, `mutation($e: String!) { login(input: { email: $e, password: "pipeline password 123" }) { accessToken } }`, { e: email });
    return { token: login.data!.login.accessToken as string, memberId: m.id as string, email };
  }

  /** What the sales module publishes for a pro-forma owned by a rep, its invoice and one payment on it. */
  async function paid(ws: Owner, repId: string, amount: number, paidAt: string, contact = contactId) {
    const events = app.app.get(DomainEvents);
    const proformaId = randomUUID();
    const invoiceId = randomUUID();
    await inWorkspace(app, ws.workspaceId, async () => {
      const base = { workspaceId: ws.workspaceId, contactId: contact, actorMemberId: null };
      await events.publish<InvoiceIssuedEvent>(SalesEvents.InvoiceIssued, {
        ...base, invoiceId, proformaId, ownerMemberId: repId, jalaliYear: 1403, number: 1, numberDisplay: '1403-1', total: amount, issuedAt: paidAt,
      });
      await events.publish<PaymentRecordedEvent>(SalesEvents.PaymentRecorded, {
        ...base, invoiceId, paymentId: randomUUID(), numberDisplay: '1403-1', amount, method: 'CARD', paidAt, paidTotal: amount, total: amount, paymentStatus: 'PAID',
      });
    });
  }

  beforeAll(async () => {
    app = await startTestApp();
    owner = await signUpOwner(app, 'Pipeline shop');
    other = await signUpOwner(app, 'Other shop');
    stages = (await q(STAGES)).data!.pipelineStages;
    const contact = await q(`mutation { createContact(input: { firstName: "مریم", lastName: "رضایی" }) { id } }`);
    contactId = contact.data!.createContact.id;
    const staff = await q(`{ staffMembers(first: 10) { edges { node { id email } } } }`);
    ownerMemberId = staff.data!.staffMembers.edges.find((e: { node: { email: string } }) => e.node.email === owner.email).node.id;
    for (const name of ['sales', 'amount', 'attain']) reps[name] = await member(owner, 'SALES');
  });
  afterAll(() => app.close());

  it('every workspace starts with the default stages: four open columns, then won and lost', async () => {
    expect(stages.map((s) => [s.nameEn, s.position, s.probability, s.kind])).toEqual([
      ['Lead', 0, 10, 'OPEN'], ['Qualification', 1, 25, 'OPEN'], ['Proposal', 2, 50, 'OPEN'], ['Negotiation', 3, 75, 'OPEN'], ['Won', 4, 100, 'WON'], ['Lost', 5, 0, 'LOST'],
    ]);
    expect(stages[0]).toMatchObject({ nameFa: 'سرنخ' });
    const theirs = (await q(STAGES, {}, other.token)).data!.pipelineStages as Stage[];
    expect(theirs).toHaveLength(6);
    expect(theirs.map((s) => s.id).filter((id) => stages.some((s) => s.id === id))).toEqual([]);
  });

  it('kanban moves keep a dense order in every column, and per-stage totals and weighted amounts are right', async () => {
    const make = async (title: string, amount: number, probability?: number) => {
      const res = await q(CREATE, { input: { title, contactId, amount, ...(probability != null ? { probability } : {}) } });
      expect(res.errors).toBeUndefined();
      return res.data!.createOpportunity;
    };
    const a = await make('A', 1_000_000);
    const b = await make('B', 2_000_000);
    const c = await make('C', 3_000_000, 50);
    expect([a, b, c].map((o) => [o.stage.nameEn, o.position, o.probability, o.weightedAmount])).toEqual([
      ['Lead', 0, 10, 100_000], ['Lead', 1, 10, 200_000], ['Lead', 2, 50, 1_500_000],
    ]);
    const titles = (cols: Column[], name: string) => column(cols, name).opportunities.map((o) => `${o.title}${o.position}`);

    await q(MOVE, { id: c.id, input: { stageId: stage('Lead').id, position: 0 } });
    expect(titles(await board(), 'Lead')).toEqual(['C0', 'A1', 'B2']);

    const movedA = await q(MOVE, { id: a.id, input: { stageId: stage('Proposal').id } });
    expect(movedA.data!.moveOpportunity).toMatchObject({ position: 0, probability: 50, probabilityOverridden: false, stage: { nameEn: 'Proposal' } });
    await q(MOVE, { id: b.id, input: { stageId: stage('Proposal').id, position: 0 } });
    let cols = await board();
    expect(titles(cols, 'Lead')).toEqual(['C0']);
    expect(titles(cols, 'Proposal')).toEqual(['B0', 'A1']);

    // down within a column, past the end = last
    await q(MOVE, { id: b.id, input: { stageId: stage('Proposal').id, position: 9 } });
    // the overridden probability stays when moving; C goes to Proposal in the middle
    const movedC = await q(MOVE, { id: c.id, input: { stageId: stage('Proposal').id, position: 1 } });
    expect(movedC.data!.moveOpportunity).toMatchObject({ probability: 50, probabilityOverridden: true, position: 1 });
    cols = await board();
    expect(titles(cols, 'Proposal')).toEqual(['A0', 'C1', 'B2']);
    expect(column(cols, 'Lead')).toMatchObject({ count: 0, amount: 0, weightedAmount: 0, opportunities: [] });
    expect(column(cols, 'Proposal')).toMatchObject({ count: 3, amount: 6_000_000, weightedAmount: 3_000_000 });

    // a probability set on the deal changes the weighted total; null goes back to the stage default
    await q(`mutation($id: ID!) { updateOpportunity(id: $id, input: { probability: 90 }) { id } }`, { id: a.id });
    expect(column(await board(), 'Proposal').weightedAmount).toBe(900_000 + 1_500_000 + 1_000_000);
    const reset = await q(`mutation($id: ID!) { updateOpportunity(id: $id, input: { probability: null }) { probability probabilityOverridden } }`, { id: a.id });
    expect(reset.data!.updateOpportunity).toEqual({ probability: 50, probabilityOverridden: false });

    // filtered lists and the connection
    const list = await q(`query($f: OpportunityFilter) { opportunities(filter: $f, first: 2) { totalCount pageInfo { hasNextPage } edges { node { title owner { id } contact { id } } } } }`, {
      f: { contactId, statuses: ['OPEN'] },
    });
    expect(list.data!.opportunities).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(list.data!.opportunities.edges[0].node).toEqual({ title: 'C', owner: { id: ownerMemberId }, contact: { id: contactId } });
  });

  it('win and lose: a reason is required to lose, closed deals do not move, columns stay dense, the timeline has it all', async () => {
    const { data } = await q(`mutation($c: ID!, $s: ID!) {
      x: createOpportunity(input: { title: "X", contactId: $c, stageId: $s, amount: 10000000 }) { id }
      y: createOpportunity(input: { title: "Y", contactId: $c, stageId: $s, amount: 20000000 }) { id }
      z: createOpportunity(input: { title: "Z", contactId: $c, stageId: $s, amount: 30000000 }) { id }
    }`, { c: contactId, s: stage('Negotiation').id });
    const [x, y, z] = [data!.x.id, data!.y.id, data!.z.id];

    for (const reason of ['', '   ']) {
      const noReason = await q(LOSE, { id: y, reason });
      expect(errorCode(noReason)).toBe('BAD_USER_INPUT');
      expect(noReason.errors![0].extensions!.fields!.map((f) => f.field)).toEqual(['input.reason']);
    }
    const intoWon = await q(MOVE, { id: y, input: { stageId: stage('Won').id } });
    expect(intoWon.errors![0].extensions!.fields!.map((f) => f.field)).toEqual(['input.stageId']);

    const won = await q(WIN, { id: x });
    expect(won.data!.winOpportunity).toMatchObject({ status: 'WON', probability: 100, stage: { kind: 'WON' }, position: 0, wonAt: expect.any(String) });
    const lost = await q(LOSE, { id: z, reason: 'قیمت رقیب پایین‌تر بود' });
    expect(lost.data!.loseOpportunity).toMatchObject({ status: 'LOST', probability: 0, weightedAmount: 0, stage: { kind: 'LOST' }, lostReason: 'قیمت رقیب پایین‌تر بود' });

    const moveWon = await q(MOVE, { id: x, input: { stageId: stage('Lead').id } });
    expect(errorCode(moveWon)).toBe('CONFLICT');
    expect(errorCode(await q(WIN, { id: x }))).toBe('CONFLICT');
    expect(errorCode(await q(LOSE, { id: x, reason: 'changed mind' }))).toBe('CONFLICT');
    expect(errorCode(await q(`mutation($id: ID!) { updateOpportunity(id: $id, input: { probability: 10 }) { id } }`, { id: z }))).toBe('CONFLICT');

    const cols = await board();
    expect(column(cols, 'Negotiation').opportunities.map((o) => [o.title, o.position])).toEqual([['Y', 0]]);
    expect(column(cols, 'Won')).toMatchObject({ count: 1, amount: 10_000_000, weightedAmount: 10_000_000 });
    expect(column(cols, 'Lost')).toMatchObject({ count: 1, amount: 30_000_000, weightedAmount: 0 });

    const file = await q(`query($id: ID!) { contact(id: $id) { timeline(first: 50, kinds: [OPPORTUNITY]) { edges { node { summary body data } } } } }`, { id: contactId });
    const steps = file.data!.contact.timeline.edges.map((e: { node: { data: { step: string; title: string } } }) => `${e.node.data.step}:${e.node.data.title}`);
    expect(steps).toEqual(expect.arrayContaining(['created:X', 'won:X', 'lost:Z', 'moved:A', 'moved:C']));
    expect(file.data!.contact.timeline.edges.find((e: { node: { data: { step: string } } }) => e.node.data.step === 'lost').node.body).toBe('قیمت رقیب پایین‌تر بود');
  });

  it('stages: added before the closed columns, reordered as a whole, probability edits reach deals that follow the stage', async () => {
    const created = await q(`mutation { createPipelineStage(input: { nameFa: "دمو", nameEn: "Demo", probability: 60 }) { id position kind } }`);
    expect(created.data!.createPipelineStage).toMatchObject({ position: 4, kind: 'OPEN' });
    let now = (await q(STAGES)).data!.pipelineStages as Stage[];
    expect(now.map((s) => s.nameEn)).toEqual(['Lead', 'Qualification', 'Proposal', 'Negotiation', 'Demo', 'Won', 'Lost']);
    const ids = now.map((s) => s.id);
    const bad = await q(`mutation($ids: [ID!]!) { reorderPipelineStages(stageIds: $ids) { id } }`, { ids: ids.slice(1) });
    expect(bad.errors![0].extensions!.fields![0].field).toBe('stageIds');
    const reordered = await q(`mutation($ids: [ID!]!) { reorderPipelineStages(stageIds: $ids) { nameEn position } }`, { ids: [ids[4], ...ids.slice(0, 4), ...ids.slice(5)] });
    expect(reordered.data!.reorderPipelineStages.map((s: Stage) => `${s.position}:${s.nameEn}`)).toEqual(['0:Demo', '1:Lead', '2:Qualification', '3:Proposal', '4:Negotiation', '5:Won', '6:Lost']);
    now = (await q(STAGES)).data!.pipelineStages;
    stages = now;

    const followsStage = await q(CREATE, { input: { title: 'P', contactId, amount: 100, stageId: stage('Demo').id } });
    const fixed = await q(CREATE, { input: { title: 'Q', contactId, amount: 100, stageId: stage('Demo').id, probability: 5 } });
    await q(`mutation($id: ID!) { updatePipelineStage(id: $id, input: { probability: 70 }) { id } }`, { id: stage('Demo').id });
    const read = async (id: string) => (await q(`query($id: ID!) { opportunity(id: $id) { probability } }`, { id })).data!.opportunity.probability;
    expect(await read(followsStage.data!.createOpportunity.id)).toBe(70);
    expect(await read(fixed.data!.createOpportunity.id)).toBe(5);
    const wonProbability = await q(`mutation($id: ID!) { updatePipelineStage(id: $id, input: { probability: 50 }) { id } }`, { id: stage('Won').id });
    expect(wonProbability.errors![0].extensions!.fields![0].field).toBe('input.probability');
  });

  it('quotas follow the Jalali calendar: Esfand of a leap year ends at Nowruz, quarters at their first day (Tehran time)', async () => {
    expect(isJalaliLeapYear(1403)).toBe(true);
    expect(toGregorian({ year: 1403, month: 12, day: 30 })).toEqual({ year: 2025, month: 3, day: 20 });
    const rep = reps.sales.memberId;
    await paid(owner, rep, 1_000_000, '2025-03-20T20:00:00.000Z'); // 1403/12/30 23:30 Tehran
    await paid(owner, rep, 2_000_000, '2025-03-20T20:40:00.000Z'); // 1404/01/01 00:10
    await paid(owner, rep, 4_000_000, '2024-09-21T20:29:59.000Z'); // 1403/06/31 23:59:59
    await paid(owner, rep, 8_000_000, '2024-09-21T20:30:00.000Z'); // 1403/07/01 00:00
    const set = await q(SET_QUOTA, { input: { memberId: rep, period: { jalaliYear: 1403, month: 12 }, target: 4_000_000 } });
    expect(set.data!.setSalesQuota).toMatchObject({ memberId: rep, periodKind: 'MONTH', jalaliYear: 1403, periodIndex: 12, target: 4_000_000 });
    // setting again replaces the target
    await q(SET_QUOTA, { input: { memberId: rep, period: { jalaliYear: 1403, month: 12 }, target: 2_000_000 } });
    const quotas = await q(`{ salesQuotas(period: { jalaliYear: 1403, month: 12 }) { memberId target } }`);
    expect(quotas.data!.salesQuotas).toEqual([{ memberId: rep, target: 2_000_000 }]);

    const achieved = async (period: Record<string, number>) => {
      const res = await q(PERFORMANCE, { period });
      expect(res.errors).toBeUndefined();
      return res.data!.salesPerformance;
    };
    const esfand = await achieved({ jalaliYear: 1403, month: 12 });
    expect(esfand.period).toEqual({ kind: 'MONTH', jalaliYear: 1403, index: 12, startsAt: '2025-02-18T20:30:00.000Z', endsAt: '2025-03-20T20:30:00.000Z' });
    expect(esfand.reps.find((r: { memberId: string }) => r.memberId === rep)).toMatchObject({ target: 2_000_000, achieved: 1_000_000, attainmentPercent: 50 });
    const repOf = (p: { reps: Array<{ memberId: string; achieved: number }> }) => p.reps.find((r) => r.memberId === rep)?.achieved ?? 0;
    expect(repOf(await achieved({ jalaliYear: 1404, month: 1 }))).toBe(2_000_000);
    expect(repOf(await achieved({ jalaliYear: 1403, quarter: 4 }))).toBe(1_000_000);
    expect(repOf(await achieved({ jalaliYear: 1404, quarter: 1 }))).toBe(2_000_000);
    expect(repOf(await achieved({ jalaliYear: 1403, quarter: 2 }))).toBe(4_000_000);
    expect(repOf(await achieved({ jalaliYear: 1403, quarter: 3 }))).toBe(8_000_000);
    expect(repOf(await achieved({ jalaliYear: 1403, month: 6 }))).toBe(4_000_000);
    expect(repOf(await achieved({ jalaliYear: 1403, month: 7 }))).toBe(8_000_000);

    const both = await q(PERFORMANCE, { period: { jalaliYear: 1403, month: 1, quarter: 1 } });
    expect(both.errors![0].extensions!.fields![0].field).toBe('period.month');
    const neither = await q(SET_QUOTA, { input: { period: { jalaliYear: 1403, quarter: 1 }, target: 1 } });
    expect(neither.errors![0].extensions!.fields![0].field).toBe('input.memberId');

    // a team: its quota against the sum of its members
    const team = await q(`mutation($m: [ID!]!) { setSalesTeam(input: { name: "تیم شمال", memberIds: $m }) { id memberIds } }`, { m: [rep, reps.amount.memberId] });
    const teamId = team.data!.setSalesTeam.id;
    await q(SET_QUOTA, { input: { teamId, period: { jalaliYear: 1403, quarter: 3 }, target: 16_000_000 } });
    const q3 = await achieved({ jalaliYear: 1403, quarter: 3 });
    expect(q3.teams).toEqual([{ teamId, name: 'تیم شمال', target: 16_000_000, achieved: 8_000_000, attainmentPercent: 50, commission: 0 }]);
  });

  it('commissions: marginal tiers on the credited paid amounts, below, at and above each threshold', async () => {
    const rep = reps.amount.memberId;
    const badTiers = await q(SET_RULE, { input: { name: 'bad', appliesTo: 'ALL', basis: 'AMOUNT', tiers: [{ fromAmount: 5, rateBp: 100 }, { fromAttainmentPercent: 10, rateBp: 100 }] } });
    expect(badTiers.errors![0].extensions!.fields!.map((f) => f.field)).toEqual(['input.tiers.0.fromAmount', 'input.tiers.1.fromAttainmentPercent', 'input.tiers.1.fromAmount']);
    const rule = await q(SET_RULE, {
      input: { name: 'پلکانی', appliesTo: 'ALL', basis: 'AMOUNT', tiers: [{ fromAmount: 0, rateBp: 200 }, { fromAmount: 10_000_000, rateBp: 500 }, { fromAmount: 20_000_000, rateBp: 1000 }] },
    });
    expect(rule.errors).toBeUndefined();
    const period = { jalaliYear: 1404, month: 3 };
    const commission = async () => {
      const res = await q(PERFORMANCE, { period });
      return res.data!.salesPerformance.reps.find((r: { memberId: string }) => r.memberId === rep);
    };
    await paid(owner, rep, 5_000_000, '2025-06-01T08:00:00.000Z'); // 1404/03/11
    expect(await commission()).toMatchObject({ achieved: 5_000_000, commission: 100_000, target: null, attainmentPercent: null }); // below: 2%
    await paid(owner, rep, 5_000_000, '2025-06-02T08:00:00.000Z');
    expect(await commission()).toMatchObject({ achieved: 10_000_000, commission: 200_000 }); // at the threshold: still all at 2%
    await paid(owner, rep, 15_000_000, '2025-06-03T08:00:00.000Z');
    // above both: 10M × 2% + 10M × 5% + 5M × 10%
    expect(await commission()).toMatchObject({ achieved: 25_000_000, commission: 200_000 + 500_000 + 500_000 });

    // a rep's own attainment rule wins over ALL: 0–100% of the quota at 1%, beyond at 3%
    const other = reps.attain.memberId;
    await q(SET_RULE, { input: { name: 'quota', appliesTo: 'MEMBER', memberId: other, basis: 'ATTAINMENT', tiers: [{ fromAttainmentPercent: 0, rateBp: 100 }, { fromAttainmentPercent: 100, rateBp: 300 }] } });
    await q(SET_QUOTA, { input: { memberId: other, period: { jalaliYear: 1404, quarter: 1 }, target: 10_000_000 } });
    await paid(owner, other, 12_000_000, '2025-06-05T08:00:00.000Z');
    const q1 = await q(PERFORMANCE, { period: { jalaliYear: 1404, quarter: 1 } });
    expect(q1.data!.salesPerformance.reps.find((r: { memberId: string }) => r.memberId === other)).toMatchObject({
      target: 10_000_000, achieved: 12_000_000, attainmentPercent: 120, commission: 100_000 + 60_000, member: { email: reps.attain.email },
    });
    const rules = await q(`{ commissionRules { name appliesTo memberId } }`);
    expect(rules.data!.commissionRules.map((r: { name: string }) => r.name)).toEqual(['پلکانی', 'quota']);
  });

  it('permissions: a SALES rep works opportunities and reads the report, but cannot set quotas, rules or stages', async () => {
    const sales = reps.sales.token;
    const mine = await q(CREATE, { input: { title: 'rep deal', contactId, amount: 1 } }, sales);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.createOpportunity.stage.nameEn).toBe('Demo'); // the first OPEN column since the reorder
    expect(errorCode(await q(PERFORMANCE, { period: { jalaliYear: 1404, month: 1 } }, sales))).toBeUndefined();
    expect(errorCode(await q(SET_QUOTA, { input: { memberId: reps.sales.memberId, period: { jalaliYear: 1404, month: 1 }, target: 1 } }, sales))).toBe('FORBIDDEN');
    expect(errorCode(await q(SET_RULE, { input: { name: 'x', appliesTo: 'ALL', basis: 'AMOUNT', tiers: [{ fromAmount: 0, rateBp: 10000 }] } }, sales))).toBe('FORBIDDEN');
    expect(errorCode(await q(`mutation { createPipelineStage(input: { nameFa: "x", nameEn: "x", probability: 1 }) { id } }`, {}, sales))).toBe('FORBIDDEN');
  });

  it('isolation: another workspace sees none of it and cannot use its ids; its payments do not count here', async () => {
    const ours = (await q(`{ opportunities(first: 1) { edges { node { id } } } }`)).data!.opportunities.edges[0].node.id;
    expect(errorCode(await q(`query($id: ID!) { opportunity(id: $id) { id } }`, { id: ours }, other.token))).toBe('NOT_FOUND');
    const theirStages = (await q(STAGES, {}, other.token)).data!.pipelineStages as Stage[];
    expect(errorCode(await q(MOVE, { id: ours, input: { stageId: theirStages[1].id } }, other.token))).toBe('NOT_FOUND');
    expect(errorCode(await q(WIN, { id: ours }, other.token))).toBe('NOT_FOUND');
    expect((await q(`{ opportunities { totalCount } }`, {}, other.token)).data!.opportunities.totalCount).toBe(0);
    const theirBoard = (await q(BOARD, { filter: {} }, other.token)).data!.opportunityBoard.columns as Column[];
    expect(theirBoard.every((c) => c.count === 0 && c.amount === 0)).toBe(true);
    // our contact and our stage are not theirs to use
    const foreignContact = await q(CREATE, { input: { title: 'x', contactId, amount: 1 } }, other.token);
    expect(foreignContact.errors![0].extensions!.fields![0].field).toBe('input.contactId');
    const theirContact = (await q(`mutation { createContact(input: { firstName: "Other" }) { id } }`, {}, other.token)).data!.createContact.id;
    const foreignStage = await q(CREATE, { input: { title: 'x', contactId: theirContact, amount: 1, stageId: stage('Lead').id } }, other.token);
    expect(foreignStage.errors![0].extensions!.fields![0].field).toBe('input.stageId');
    const foreignRep = await q(SET_QUOTA, { input: { memberId: reps.sales.memberId, period: { jalaliYear: 1404, month: 1 }, target: 1 } }, other.token);
    expect(foreignRep.errors![0].extensions!.fields![0].field).toBe('input.memberId');
    // a payment recorded in their workspace is credited there, not here
    const theirRep = await member(other, 'SALES');
    await paid(other, theirRep.memberId, 99_000_000, '2025-06-10T08:00:00.000Z', theirContact);
    const ourReport = (await q(PERFORMANCE, { period: { jalaliYear: 1404, month: 3 } })).data!.salesPerformance.reps as Array<{ memberId: string; achieved: number }>;
    expect(ourReport.some((r) => r.memberId === theirRep.memberId)).toBe(false);
    const theirReport = (await q(PERFORMANCE, { period: { jalaliYear: 1404, month: 3 } }, other.token)).data!.salesPerformance.reps;
    expect(theirReport).toEqual([expect.objectContaining({ memberId: theirRep.memberId, achieved: 99_000_000 })]);
  });

  it('a won deal can become its DRAFT pro-forma in the same step, priced by the catalog; a bad line wins nothing', async () => {
    const product = await q(`mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`, { input: { sku: 'WIN-1', nameFa: 'سبد گل', basePrice: 2_500_000, taxRateBp: 1000 } });
    expect(product.errors).toBeUndefined();
    const productId = product.data!.createProduct.id;
    const deal = (await q(CREATE, { input: { title: 'سبد گل همایش', contactId, amount: 5_000_000, stageId: stage('Proposal').id } })).data!.createOpportunity;

    const bad = await q(`mutation($id: ID!, $p: WinProformaInput) { winOpportunity(id: $id, proforma: $p) { id } }`, { id: deal.id, p: { lines: [{ productId, quantity: 0 }] } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect((await q(`query($id: ID!) { opportunity(id: $id) { status } }`, { id: deal.id })).data!.opportunity.status).toBe('OPEN');

    const won = await q(`mutation($id: ID!, $p: WinProformaInput) { winOpportunity(id: $id, proforma: $p) { status proformaId } }`, { id: deal.id, p: { lines: [{ productId, quantity: 2 }] } });
    expect(won.errors).toBeUndefined();
    expect(won.data!.winOpportunity.status).toBe('WON');
    const proforma = await q(`query($id: ID!) { proforma(id: $id) { status contact { id } totals { subtotal taxTotal total } } }`, { id: won.data!.winOpportunity.proformaId });
    expect(proforma.data!.proforma).toMatchObject({ status: 'DRAFT', contact: { id: contactId }, totals: { subtotal: 5_000_000, taxTotal: 500_000, total: 5_500_000 } });
  });

  it('through the sales flow: a paid invoice is credited to the pro-forma owner at invoicing, not the one it was drafted for', async () => {
    const first = await member(owner, 'SALES');
    const second = await member(owner, 'SALES');
    const ok = (res: { errors?: unknown; data?: Record<string, any> | null }) => {
      expect(res.errors).toBeUndefined();
      return res.data!;
    };
    const warehouse = ok(await q(`mutation { createWarehouse(input: { code: "CREDIT", name: "انبار" }) { id } }`)).createWarehouse.id;
    const productId = ok(await q(`mutation { createProduct(input: { sku: "CREDIT-1", nameFa: "جعبه", basePrice: 3000000, taxRateBp: 0 }) { id } }`)).createProduct.id;
    ok(await q(`mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { id } }`, { input: { warehouseId: warehouse, productId, quantity: 5 } }));
    const draft = ok(await q(`mutation($input: CreateProformaInput!) { createProforma(input: $input) { id } }`, {
      input: { contactId, ownerId: first.memberId, lines: [{ productId, quantity: 2 }] },
    })).createProforma.id;
    ok(await q(`mutation($id: ID!, $input: UpdateProformaInput!) { updateProforma(id: $id, input: $input) { id } }`, { id: draft, input: { ownerId: second.memberId } }));
    ok(await q(`mutation($id: ID!) { confirmProforma(id: $id) { id } }`, { id: draft }));
    const invoice = ok(await q(`mutation($id: ID!) { issueInvoice(proformaId: $id) { id totals { total } } }`, { id: draft })).issueInvoice;
    ok(await q(`mutation($id: ID!, $input: RecordPaymentInput!) { recordPayment(invoiceId: $id, input: $input) { id } }`, {
      id: invoice.id, input: { amount: invoice.totals.total, method: 'CASH' },
    }));
    const today = toJalali(zonedToday(new Date(), 'Asia/Tehran'));
    const reps = ok(await q(PERFORMANCE, { period: { jalaliYear: today.year, month: today.month } })).salesPerformance.reps as Array<{ memberId: string; achieved: number }>;
    expect(reps.find((r) => r.memberId === second.memberId)).toMatchObject({ achieved: 6_000_000 });
    expect(reps.find((r) => r.memberId === first.memberId)?.achieved ?? 0).toBe(0);
  });
});
