import { DataSource } from 'typeorm';
import { QUERY_LOGGER } from '../../app.module';
import { CountingQueryLogger } from '../../core/database/query-counter';
import { DomainEvents } from '../../core/events/domain-events';
import { errorCode, gql, signUpOwner, Owner } from '../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../test/utils/test-app';
import { inWorkspace } from '../../../test/utils/workspace-scope';
import { LifecycleInputEvents, OrderCompletedEvent, ReferralSucceededEvent } from './contacts.events';
import { LifecycleService } from './lifecycle.service';

const CREATE = `mutation($input: CreateContactInput!) { createContact(input: $input) { id fullName stage primaryPhone tags customFields birthDate { calendar year month day } } }`;
const FILE = `query($id: ID!) { contact(id: $id) {
  id fullName stage email primaryPhone tags
  phones { e164 national kind isPrimary }
  consents { channel status source }
  stageHistory { from to reason automatic changedBy { email } }
  timeline(first: 50) { totalCount edges { node { kind direction summary body data actor { email } } } }
  relatedPeople { name relation preferences birthDate { calendar month day } importantDates { kind nextOccurrence nextOccurrenceJalali daysUntil } }
  importantDates { kind nextOccurrence nextOccurrenceJalali daysUntil recurrence }
  tasks { title status }
  possibleDuplicates { id }
} }`;

describe('contacts: the 360 file', () => {
  let app: TestApp;
  let owner: Owner;
  const create = (input: Record<string, unknown>, token = owner.token) => gql(app, CREATE, { input }, token);
  const file = async (id: string) => (await gql(app, FILE, { id }, owner.token)).data!.contact;
  const countContacts = async () => (await app.app.get(DataSource).query(`SELECT count(*)::int AS n FROM contacts WHERE workspace_id = $1`, [owner.workspaceId]))[0].n;

  beforeAll(async () => {
    // No workers: the daily win-back job's start-up catch-up evaluates inactivity as of "yesterday", and run in the
    // middle of the ladder test (with its back-dated orders) it moved the contact on its own.
    app = await startTestApp({ env: { APP_ROLE: 'api' } });
    owner = await signUpOwner(app, 'Contacts shop');
  });
  afterAll(() => app.close());

  it('creates a person with Persian name, several phones in any form, a Jalali birth date; the 360 file shows it all', async () => {
    const res = await create({
      firstName: 'زهرا', lastName: 'احمدی', email: 'Zahra@Example.com',
      phones: [{ number: '۰۲۱-۸۸۷۷۶۶۵۵', label: 'work' }, { number: '0912 123 4567' }],
      birthDate: { calendar: 'JALALI', year: 1370, month: 12, day: 29 },
      tags: ['vip', 'vip', ' wholesale '], source: 'WALK_IN',
    });
    expect(res.errors).toBeUndefined();
    const c = res.data!.createContact;
    expect(c).toMatchObject({ fullName: 'زهرا احمدی', stage: 'SUSPECT', primaryPhone: '+989121234567', tags: ['vip', 'wholesale'] });
    const f = await file(c.id);
    expect(f.email).toBe('zahra@example.com');
    expect(f.phones).toEqual([
      { e164: '+989121234567', national: '0912 123 4567', kind: 'MOBILE', isPrimary: true },
      { e164: '+982188776655', national: expect.stringMatching(/^021/), kind: 'LANDLINE', isPrimary: false },
    ]);
    expect(f.stageHistory).toEqual([{ from: null, to: 'SUSPECT', reason: 'created', automatic: false, changedBy: { email: owner.email } }]);
    expect(f.timeline.edges.map((e: { node: { kind: string } }) => e.node.kind)).toEqual(['CONTACT_CREATED']);
  });

  it('bad input is BAD_USER_INPUT naming each field, and nothing is written', async () => {
    const before = await countContacts();
    const res = await create({
      firstName: 'Bad', email: 'nope', phones: [{ number: '0912' }, { number: '09121112233' }],
      birthDate: { calendar: 'JALALI', year: 1402, month: 12, day: 30 },
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.fields!.map((f) => f.field)).toEqual(['input.email']);
    const phone = await create({ firstName: 'Bad', phones: [{ number: '09121112233' }, { number: '0912' }] });
    expect(phone.errors![0].extensions!.fields).toEqual([{ field: 'input.phones.1.number', message: expect.any(String) }]);
    const date = await create({ firstName: 'Bad', birthDate: { calendar: 'JALALI', year: 1402, month: 12, day: 30 } });
    expect(date.errors![0].extensions!.fields).toEqual([{ field: 'input.birthDate', message: 'is not a valid Jalali date' }]);
    const stage = await create({ firstName: 'Bad', stage: 'CLIENT' });
    expect(stage.errors![0].extensions!.fields![0].field).toBe('input.stage');
    const unknownStage = await create({ firstName: 'Bad', stage: 'GOLD' });
    expect(errorCode(unknownStage)).toBe('BAD_USER_INPUT');
    expect(await countContacts()).toBe(before);
  });

  it('contactByPhone finds the caller from any usual form of the number; unknown → null; garbage → BAD_USER_INPUT', async () => {
    const { data } = await create({ firstName: 'Caller', phones: [{ number: '09351234567' }] });
    for (const form of ['+989351234567', '00989351234567', '۰۹۳۵۱۲۳۴۵۶۷', '935 123 4567', '0935-123-4567']) {
      const res = await gql(app, `query($p: String!) { contactByPhone(phone: $p) { id } }`, { p: form }, owner.token);
      expect({ form, id: res.data!.contactByPhone?.id }).toEqual({ form, id: data!.createContact.id });
    }
    expect((await gql(app, `{ contactByPhone(phone: "09359999999") { id } }`, {}, owner.token)).data!.contactByPhone).toBeNull();
    const bad = await gql(app, `{ contactByPhone(phone: "12") { id } }`, {}, owner.token);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
  });

  it('search is Persian-aware (Arabic ي/ك, digits), and finds by partial phone and email', async () => {
    const { data } = await create({ firstName: 'علی', lastName: 'کاظمی', email: 'ali.k@shop.ir', phones: [{ number: '09127778899' }] });
    const id = data!.createContact.id;
    const find = async (search: string) =>
      (await gql(app, `query($s: String) { contacts(search: $s, first: 50) { edges { node { id } } } }`, { s: search }, owner.token)).data!.contacts.edges.map(
        (e: { node: { id: string } }) => e.node.id,
      );
    expect(await find('علي')).toContain(id); // Arabic yeh
    expect(await find('كاظمي')).toContain(id); // Arabic kaf and yeh
    expect(await find('علی کاظ')).toContain(id);
    expect(await find('0912777')).toContain(id);
    expect(await find('۰۹۱۲۷۷۷۸۸۹۹')).toContain(id);
    expect(await find('ali.k@shop')).toContain(id);
    expect(await find('حسین')).not.toContain(id);
  });

  it('custom fields: defined per workspace, validated, filterable', async () => {
    const def = `mutation($input: CustomFieldInput!) { defineCustomField(input: $input) { key type options } }`;
    expect((await gql(app, def, { input: { key: 'business_type', label: 'نوع کسب‌وکار', type: 'SELECT', options: ['رستوران', 'کافه'] } }, owner.token)).errors).toBeUndefined();
    await gql(app, def, { input: { key: 'employees', label: 'کارکنان', type: 'NUMBER' } }, owner.token);
    const bad = await create({ firstName: 'X', customFields: { business_type: 'بانک', employees: 'many', nope: 1 } });
    expect(bad.errors![0].extensions!.fields!.map((f) => f.field).sort()).toEqual(['input.customFields.business_type', 'input.customFields.employees', 'input.customFields.nope']);
    const ok = await create({ firstName: 'رستوران نمونه', customFields: { business_type: 'رستوران', employees: '12' } });
    expect(ok.data!.createContact.customFields).toEqual({ business_type: 'رستوران', employees: 12 });
    const filtered = await gql(app, `{ contacts(filter: { customFields: { business_type: "رستوران" } }) { totalCount edges { node { id } } } }`, {}, owner.token);
    expect(filtered.data!.contacts.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ok.data!.createContact.id]);
  });

  it('the ladder: people judge qualification; purchases, referrals and inactivity move it automatically, all kept', async () => {
    await gql(app, `mutation { updateLifecycleSettings(input: { clientMinOrders: 3, clientWindowMonths: 6, advocateMinReferrals: 2, inactiveAfterDays: 90, lostAfterDays: 365 }) { clientMinOrders } }`, {}, owner.token);
    const { data } = await create({ firstName: 'Ladder' });
    const id = data!.createContact.id;
    const manual = await gql(app, `mutation($id: ID!) { changeContactStage(contactId: $id, stage: PROSPECT, reason: "able to pay") { stage } }`, { id }, owner.token);
    expect(manual.data!.changeContactStage.stage).toBe('PROSPECT');
    const refused = await gql(app, `mutation($id: ID!) { changeContactStage(contactId: $id, stage: CLIENT, reason: "wish") { stage } }`, { id }, owner.token);
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');

    const order = (n: number, daysAgo: number) =>
      inWorkspace(app, owner.workspaceId, () =>
        app.app.get(DomainEvents).publish<OrderCompletedEvent>(LifecycleInputEvents.OrderCompleted, {
          workspaceId: owner.workspaceId, contactId: id, orderId: `o${n}`, completedAt: new Date(Date.now() - daysAgo * 86_400_000).toISOString(),
        }),
      );
    await order(1, 400);
    expect((await file(id)).stage).toBe('FIRST_TIME_CUSTOMER');
    await order(2, 300);
    expect((await file(id)).stage).toBe('REPEAT_CUSTOMER');
    await order(3, 50);
    await order(4, 10);
    expect((await file(id)).stage).toBe('REPEAT_CUSTOMER'); // only 2 orders within the 6-month window
    await order(5, 5);
    expect((await file(id)).stage).toBe('CLIENT');
    const refer = () =>
      inWorkspace(app, owner.workspaceId, () =>
        app.app.get(DomainEvents).publish<ReferralSucceededEvent>(LifecycleInputEvents.ReferralSucceeded, { workspaceId: owner.workspaceId, referrerContactId: id, referredContactId: id }),
      );
    await refer();
    expect((await file(id)).stage).toBe('CLIENT');
    await refer();
    expect((await file(id)).stage).toBe('ADVOCATE');
    // 100 days after the last order: inactive; a year later: lost.
    await app.app.get(LifecycleService).evaluateInactivity(owner.workspaceId, new Date(Date.now() + 95 * 86_400_000));
    expect((await file(id)).stage).toBe('INACTIVE');
    await app.app.get(LifecycleService).evaluateInactivity(owner.workspaceId, new Date(Date.now() + 400 * 86_400_000));
    const f = await file(id);
    expect(f.stage).toBe('LOST');
    expect(f.stageHistory.map((h: { to: string; automatic: boolean }) => `${h.to}:${h.automatic}`).reverse()).toEqual([
      'SUSPECT:false', 'PROSPECT:false', 'FIRST_TIME_CUSTOMER:true', 'REPEAT_CUSTOMER:true', 'CLIENT:true', 'ADVOCATE:true', 'INACTIVE:true', 'LOST:true',
    ]);
    expect(f.stageHistory[0].reason).toBe('no_purchase:365');
    expect(f.stageHistory.map((h: { reason: string }) => h.reason)).toContain('orders_in_window:3:6');
    expect(f.timeline.edges.filter((e: { node: { kind: string } }) => e.node.kind === 'STAGE_CHANGE')).toHaveLength(7);
  });

  it('family and important dates: a child who likes yellow, a 30 Esfand birthday, the next occurrence in Jalali', async () => {
    const { data } = await create({ firstName: 'Parent' });
    const id = data!.createContact.id;
    const child = await gql(app, `mutation($id: ID!) { addRelatedPerson(contactId: $id, input: { relation: CHILD, name: "سارا", preferences: "رنگ زرد را دوست دارد", birthDate: { calendar: JALALI, year: 1399, month: 12, day: 30 } }) { id } }`, { id }, owner.token);
    expect(child.errors).toBeUndefined();
    const childId = child.data!.addRelatedPerson.id;
    const dateRes = await gql(app, `mutation($input: ImportantDateInput!) { addImportantDate(input: $input) { nextOccurrence nextOccurrenceJalali daysUntil } }`, {
      input: { relatedPersonId: childId, kind: 'CHILD_BIRTHDAY', date: { calendar: 'JALALI', year: 1399, month: 12, day: 30 }, reminderDaysBefore: 3, channel: 'SMS' },
    }, owner.token);
    expect(dateRes.errors).toBeUndefined();
    const next = dateRes.data!.addImportantDate;
    // 1399 was leap; in a common year the birthday falls on 29 Esfand.
    expect(next.nextOccurrenceJalali).toMatch(/^\d{4}-12-(29|30)$/);
    expect(next.daysUntil).toBeGreaterThanOrEqual(0);
    const once = await gql(app, `mutation($input: ImportantDateInput!) { addImportantDate(input: $input) { nextOccurrence daysUntil } }`, {
      input: { contactId: id, kind: 'CONFERENCE', recurrence: 'ONCE', date: { calendar: 'GREGORIAN', year: 2020, month: 1, day: 1 } },
    }, owner.token);
    expect(once.data!.addImportantDate).toEqual({ nextOccurrence: null, daysUntil: null });
    const bothOwners = await gql(app, `mutation($input: ImportantDateInput!) { addImportantDate(input: $input) { id } }`, {
      input: { contactId: id, relatedPersonId: childId, kind: 'CUSTOM', date: { calendar: 'JALALI', month: 1, day: 1 } },
    }, owner.token);
    expect(errorCode(bothOwners)).toBe('BAD_USER_INPUT');
    const f = await file(id);
    expect(f.relatedPeople[0]).toMatchObject({ name: 'سارا', relation: 'CHILD', preferences: 'رنگ زرد را دوست دارد', importantDates: [{ kind: 'CHILD_BIRTHDAY' }] });
  });

  it('timeline: logged interactions and completed tasks, filtered by kind, paginated', async () => {
    const { data } = await create({ firstName: 'Timeline' });
    const id = data!.createContact.id;
    const log = `mutation($input: LogInteractionInput!) { logInteraction(input: $input) { id kind direction } }`;
    const call = await gql(app, log, { input: { contactId: id, kind: 'CALL', direction: 'OUT', summary: 'پیگیری سفارش', durationSeconds: 95, outcome: 'answered' } }, owner.token);
    expect(call.data!.logInteraction).toMatchObject({ kind: 'CALL', direction: 'OUT' });
    for (let i = 0; i < 4; i++) await gql(app, log, { input: { contactId: id, kind: 'NOTE', summary: `note ${i}` } }, owner.token);
    expect(errorCode(await gql(app, log, { input: { contactId: id, kind: 'ORDER', summary: 'fake' } }, owner.token))).toBe('BAD_USER_INPUT');
    const task = await gql(app, `mutation($c: ID!) { createTask(input: { kind: CALL, title: "تماس پیگیری", contactId: $c, dueAt: "2026-01-01T08:00:00Z" }) { id } }`, { c: id }, owner.token);
    await gql(app, `mutation($t: ID!) { completeTask(id: $t, outcome: "راضی بود") { status } }`, { t: task.data!.createTask.id }, owner.token);
    const calls = await gql(app, `query($id: ID!) { contact(id: $id) { timeline(kinds: [CALL, TASK]) { totalCount edges { node { kind summary body data } } } } }`, { id }, owner.token);
    expect(calls.data!.contact.timeline.edges.map((e: { node: { kind: string } }) => e.node.kind).sort()).toEqual(['CALL', 'TASK']);
    expect(calls.data!.contact.timeline.edges.find((e: { node: { kind: string } }) => e.node.kind === 'CALL').node.data).toEqual({ durationSeconds: 95, outcome: 'answered' });
    const page1 = await gql(app, `query($id: ID!) { contact(id: $id) { timeline(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { summary } } } } }`, { id }, owner.token);
    const t = page1.data!.contact.timeline;
    expect(t.totalCount).toBe(7); // created + call + 4 notes + task
    const page2 = await gql(app, `query($id: ID!, $a: String) { contact(id: $id) { timeline(first: 10, after: $a) { edges { node { summary } } } } }`, { id, a: t.pageInfo.endCursor }, owner.token);
    expect(page2.data!.contact.timeline.edges).toHaveLength(4);
  });

  it('my tasks: today and overdue in the workspace time zone', async () => {
    const now = Date.now();
    const make = (title: string, dueAt: Date) => gql(app, `mutation($t: String!, $d: DateTime) { createTask(input: { kind: TODO, title: $t, dueAt: $d }) { id } }`, { t: title, d: dueAt.toISOString() }, owner.token);
    await make('yesterday', new Date(now - 2 * 86_400_000));
    await make('in a week', new Date(now + 7 * 86_400_000));
    const mine = async (scope: string) => (await gql(app, `query($s: TaskScope) { myTasks(scope: $s) { title } }`, { s: scope }, owner.token)).data!.myTasks.map((t: { title: string }) => t.title);
    expect(await mine('OVERDUE')).toContain('yesterday');
    expect(await mine('OVERDUE')).not.toContain('in a week');
    expect(await mine('UPCOMING')).toContain('in a week');
    expect(await mine('TODAY')).not.toContain('yesterday');
  });

  it('duplicates by phone or email are flagged; merge keeps timeline, dates, relations and the latest consent', async () => {
    const a = (await create({ firstName: 'مریم', lastName: 'رضایی', phones: [{ number: '09150001122' }], tags: ['a'] })).data!.createContact;
    const b = (await create({ firstName: 'مريم', email: 'maryam@example.com', phones: [{ number: '+98 915 000 1122' }, { number: '09150003344' }], tags: ['b'] })).data!.createContact;
    expect((await file(a.id)).possibleDuplicates).toEqual([{ id: b.id }]);
    await gql(app, `mutation($id: ID!) { logInteraction(input: { contactId: $id, kind: NOTE, summary: "on the duplicate" }) { id } }`, { id: b.id }, owner.token);
    await gql(app, `mutation($id: ID!) { addRelatedPerson(contactId: $id, input: { relation: SPOUSE, name: "همسر" }) { id } }`, { id: b.id }, owner.token);
    await gql(app, `mutation($id: ID!) { addImportantDate(input: { contactId: $id, kind: ANNIVERSARY, date: { calendar: JALALI, month: 5, day: 10 } }) { id } }`, { id: b.id }, owner.token);
    await gql(app, `mutation($id: ID!) { setContactConsent(contactId: $id, channel: SMS, status: WITHDRAWN, source: "sms reply لغو") { id } }`, { id: b.id }, owner.token);
    const merged = await gql(app, `mutation($a: ID!, $b: ID!) { mergeContacts(primaryId: $a, duplicateId: $b) { id email tags } }`, { a: a.id, b: b.id }, owner.token);
    expect(merged.errors).toBeUndefined();
    expect(merged.data!.mergeContacts).toMatchObject({ id: a.id, email: 'maryam@example.com', tags: ['a', 'b'] });
    const f = await file(a.id);
    expect(f.phones.map((p: { e164: string }) => p.e164).sort()).toEqual(['+989150001122', '+989150003344']);
    expect(f.relatedPeople.map((r: { name: string }) => r.name)).toEqual(['همسر']);
    expect(f.importantDates.map((d: { kind: string }) => d.kind)).toEqual(['ANNIVERSARY']);
    expect(f.consents.find((c: { channel: string }) => c.channel === 'SMS')).toEqual({ channel: 'SMS', status: 'WITHDRAWN', source: 'sms reply لغو' });
    const kinds = f.timeline.edges.map((e: { node: { kind: string; summary: string } }) => e.node.summary);
    expect(kinds).toEqual(expect.arrayContaining(['on the duplicate', 'Merged with مريم']));
    expect(errorCode(await gql(app, `query($id: ID!) { contact(id: $id) { id } }`, { id: b.id }, owner.token))).toBe('NOT_FOUND');
    expect((await gql(app, `{ contactByPhone(phone: "09150003344") { id } }`, {}, owner.token)).data!.contactByPhone.id).toBe(a.id);
  });

  it('a malformed id is BAD_USER_INPUT; a failed read does not spoil the nullable fields read after it', async () => {
    await create({ firstName: 'Neighbour', phones: [{ number: '09187776655' }] });
    const bad = await gql(app, `{ contact(id: "not-a-uuid") { id } }`, {}, owner.token);
    expect(bad.errors!.map((e) => e.extensions!.code)).toEqual(['BAD_USER_INPUT']);
    // The phone lookup below runs after the failed statement aborted the request's shared read transaction.
    const mixed = await gql(app, `{ contactByPhone(phone: "09187776655") { fullName organizations { title } } publicWorkspace(slug: "${owner.slug}") { name } }`, {}, owner.token);
    expect(mixed.data!.contactByPhone).toEqual({ fullName: 'Neighbour', organizations: [] });
  });

  it('soft delete hides the contact from lists and caller ID', async () => {
    const c = (await create({ firstName: 'Gone', phones: [{ number: '09170001111' }] })).data!.createContact;
    expect((await gql(app, `mutation($id: ID!) { deleteContact(id: $id) }`, { id: c.id }, owner.token)).data!.deleteContact).toBe(true);
    expect(errorCode(await gql(app, `query($id: ID!) { contact(id: $id) { id } }`, { id: c.id }, owner.token))).toBe('NOT_FOUND');
    expect((await gql(app, `{ contactByPhone(phone: "09170001111") { id } }`, {}, owner.token)).data!.contactByPhone).toBeNull();
  });

  it('lists 50 contacts with phones, owner, organisations, dates and history in a bounded number of queries', async () => {
    const other = await signUpOwner(app, 'N+1 shop');
    const org = await gql(app, `mutation { createOrganization(input: { name: "شرکت نمونه" }) { id } }`, {}, other.token);
    const me = await gql(app, `{ staffMembers { edges { node { id } } } }`, {}, other.token);
    const ownerId = me.data!.staffMembers.edges[0].node.id;
    for (let i = 0; i < 50; i++) {
      const c = await gql(app, CREATE, { input: { firstName: `P${i}`, phones: [{ number: `0912000${String(i).padStart(4, '0')}` }], ownerId } }, other.token);
      await gql(app, `mutation($c: ID!, $o: ID!) { linkContactToOrganization(contactId: $c, organizationId: $o) { id } }`, { c: c.data!.createContact.id, o: org.data!.createOrganization.id }, other.token);
    }
    const logger = app.app.get<CountingQueryLogger>(QUERY_LOGGER);
    const before = logger.count;
    const res = await gql(app, `{ contacts(first: 50) { edges { node { fullName phones { national } owner { email } organizations { organization { name memberCount } } importantDates { kind } relatedPeople { name } stageHistory { to } tasks { id } } } } }`, {}, other.token);
    const queries = logger.count - before;
    expect(res.errors).toBeUndefined();
    expect(res.data!.contacts.edges).toHaveLength(50);
    expect(res.data!.contacts.edges[0].node.organizations[0].organization).toEqual({ name: 'شرکت نمونه', memberCount: 50 });
    // One shared read transaction: auth + begin/settings + page + one batch per nested list + commit.
    expect(queries).toBeLessThan(20);
  });
});
