import { DataSource } from 'typeorm';
import { TenantDb } from '../../../core/database/tenant-db.service';
import { DomainEvents } from '../../../core/events/domain-events';
import { ClubMemberSession, signInClubMember } from '../../../../test/utils/club-member';
import { errorCode, gql, GqlResponse, Owner, signUpOwner } from '../../../../test/utils/graphql';
import { SmsGateway, startSmsGateway } from '../../../../test/utils/sms-gateway';
import { startTestApp, TestApp } from '../../../../test/utils/test-app';
import { inWorkspace } from '../../../../test/utils/workspace-scope';
import { MessagingService } from '../../messaging/messaging.service';
import { CallLoggedEvent, TelephonyEvents } from '../../telephony/telephony.events';
import { ClubMembersService } from './club-members.service';

const ME = `{ clubMe { contactId firstName lastName fullName email city birthDate { calendar year month day } consents { channel status source } membership { id status } } }`;
const PROFILE = `mutation($i: UpdateClubProfileInput!) { updateClubProfile(input: $i) { firstName lastName email birthDate { calendar year month day } } }`;
const CONSENT = `mutation($i: ClubConsentInput!) { updateClubConsent(input: $i) { consents { channel status source } } }`;
const FAMILY = `{ myFamily { id relation name birthDate { calendar month day } importantDates { kind title date { calendar month day } nextOccurrenceJalali } } }`;
const ADD_FAMILY = `mutation($i: AddMyFamilyMemberInput!) { addMyFamilyMember(input: $i) { id name importantDates { kind title } } }`;
const REMOVE_FAMILY = `mutation($id: ID!) { removeMyFamilyMember(id: $id) }`;
const MESSAGES = `query($after: String) { myMessages(first: 1, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { channel direction body status } } } }`;
const CALLS = `{ myCalls { totalCount edges { node { direction summary durationSeconds status } } } }`;
const PURCHASES = `{ myPurchases { totalCount edges { node { numberDisplay status paymentStatus totals { total } lines { productName quantity unitPrice total } } } } }`;
const ORDERS = `{ myOrders { totalCount edges { node { number status totals { total } lines { productName quantity } } } } }`;

function ok<T = Record<string, any>>(res: GqlResponse<T>): T {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

describe('the member panel: a member reads and edits only their own file', () => {
  let app: TestApp;
  let sms: SmsGateway;
  let ds: DataSource;
  let shopA: Owner;
  let shopB: Owner;
  let sara: ClubMemberSession;
  let reza: ClubMemberSession;
  let saraInB: ClubMemberSession;
  const saraPhone = '09351112233';

  beforeAll(async () => {
    sms = await startSmsGateway();
    app = await startTestApp({ env: { SMS_PROVIDER: 'kavenegar', SMS_KAVENEGAR_URL: sms.url, SMS_KAVENEGAR_API_KEY: 'k', PUBLIC_URL: 'https://crm.example.ir' } });
    ds = app.app.get(DataSource);
    shopA = await signUpOwner(app, 'Panel shop');
    shopB = await signUpOwner(app, 'Other shop');
    sara = await signInClubMember(app, sms, { slug: shopA.slug, phone: saraPhone, firstName: 'سارا' });
    reza = await signInClubMember(app, sms, { slug: shopA.slug, phone: '09351112244', firstName: 'رضا' });
    // The same person in another business's club: another contact, another member.
    saraInB = await signInClubMember(app, sms, { slug: shopB.slug, phone: saraPhone, firstName: 'سارا' });
  });
  afterAll(async () => {
    await app.close();
    await sms.close();
  });

  it('the same mobile in two businesses is two separate members', () => {
    expect(saraInB.contactId).not.toBe(sara.contactId);
    expect(saraInB.clubMemberId).not.toBe(sara.clubMemberId);
  });

  it('profile: names, email and a Jalali birthday, saved on the contact; bad input names the field', async () => {
    const updated = ok(await gql(app, PROFILE, { i: { lastName: 'کریمی', email: 'Sara@Example.IR', birthDate: { calendar: 'JALALI', year: 1370, month: 6, day: 31 } } }, sara.token));
    expect(updated.updateClubProfile).toEqual({ firstName: 'سارا', lastName: 'کریمی', email: 'sara@example.ir', birthDate: { calendar: 'JALALI', year: 1370, month: 6, day: 31 } });
    const staffView = ok(await gql(app, `query($id: ID!) { contact(id: $id) { lastName email birthDate { calendar month day } } }`, { id: sara.contactId }, shopA.token));
    expect(staffView.contact).toEqual({ lastName: 'کریمی', email: 'sara@example.ir', birthDate: { calendar: 'JALALI', month: 6, day: 31 } });
    const badEmail = await gql(app, PROFILE, { i: { email: 'not-an-email' } }, sara.token);
    expect(errorCode(badEmail)).toBe('BAD_USER_INPUT');
    expect(badEmail.errors![0].extensions!.fields![0].field).toContain('email');
    const badDate = await gql(app, PROFILE, { i: { birthDate: { calendar: 'JALALI', year: 1370, month: 12, day: 31 } } }, sara.token);
    expect(errorCode(badDate)).toBe('BAD_USER_INPUT');
    expect(badDate.errors![0].extensions!.fields![0].field).toBe('input.birthDate');
    // Reza's profile is untouched.
    expect(ok(await gql(app, ME, {}, reza.token)).clubMe).toMatchObject({ firstName: 'رضا', lastName: '', email: null });
  });

  it('consent per channel: every channel listed, changes recorded with source CLUB on the timeline', async () => {
    const before = ok(await gql(app, ME, {}, reza.token)).clubMe.consents;
    expect(before).toEqual([
      { channel: 'EMAIL', status: 'UNKNOWN', source: null },
      { channel: 'SMS', status: 'UNKNOWN', source: null },
      { channel: 'CALL', status: 'UNKNOWN', source: null },
    ]);
    ok(await gql(app, CONSENT, { i: { channel: 'SMS', status: 'GRANTED' } }, reza.token));
    const after = ok(await gql(app, CONSENT, { i: { channel: 'EMAIL', status: 'WITHDRAWN' } }, reza.token)).updateClubConsent.consents;
    expect(after).toEqual(expect.arrayContaining([{ channel: 'SMS', status: 'GRANTED', source: 'CLUB' }, { channel: 'EMAIL', status: 'WITHDRAWN', source: 'CLUB' }]));
    expect(errorCode(await gql(app, CONSENT, { i: { channel: 'SMS', status: 'UNKNOWN' } }, reza.token))).toBe('BAD_USER_INPUT');
    const timeline = ok(await gql(app, `query($id: ID!) { contact(id: $id) { timeline(first: 30) { edges { node { kind } } } } }`, { id: reza.contactId }, shopA.token));
    expect(timeline.contact.timeline.edges.filter((e: { node: { kind: string } }) => e.node.kind === 'CONSENT')).toHaveLength(2);
  });

  it('family: members with their important dates; another member can neither see nor remove them', async () => {
    const added = ok(await gql(app, ADD_FAMILY, {
      i: {
        relation: 'CHILD', name: 'آرش', birthDate: { calendar: 'JALALI', year: 1398, month: 2, day: 10 },
        importantDates: [{ kind: 'CUSTOM', title: 'جشن مدرسه', date: { calendar: 'JALALI', month: 7, day: 1 } }],
      },
    }, sara.token)).addMyFamilyMember;
    expect(added).toMatchObject({ name: 'آرش', importantDates: [{ kind: 'CUSTOM', title: 'جشن مدرسه' }] });
    const family = ok(await gql(app, FAMILY, {}, sara.token)).myFamily;
    expect(family).toEqual([expect.objectContaining({
      relation: 'CHILD', name: 'آرش', birthDate: { calendar: 'JALALI', month: 2, day: 10 },
      importantDates: [expect.objectContaining({ kind: 'CUSTOM', date: { calendar: 'JALALI', month: 7, day: 1 }, nextOccurrenceJalali: expect.stringMatching(/^\d{4}-07-01$/) })],
    })]);
    // Staff see the same family on the contact.
    const staffView = ok(await gql(app, `query($id: ID!) { contact(id: $id) { relatedPeople { name } } }`, { id: sara.contactId }, shopA.token));
    expect(staffView.contact.relatedPeople).toEqual([{ name: 'آرش' }]);

    expect(ok(await gql(app, FAMILY, {}, reza.token)).myFamily).toEqual([]);
    expect(ok(await gql(app, FAMILY, {}, saraInB.token)).myFamily).toEqual([]);
    expect(errorCode(await gql(app, REMOVE_FAMILY, { id: added.id }, reza.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(app, REMOVE_FAMILY, { id: added.id }, saraInB.token))).toBe('NOT_FOUND');
    const badDate = await gql(app, ADD_FAMILY, { i: { relation: 'SPOUSE', name: 'x', importantDates: [{ kind: 'ANNIVERSARY', date: { calendar: 'JALALI', month: 12, day: 31, year: 1403 } }] } }, sara.token);
    expect(badDate.errors?.[0]?.extensions?.fields?.[0]?.field).toBe('input.importantDates.0.date');
    expect(ok(await gql(app, FAMILY, {}, sara.token)).myFamily).toHaveLength(1); // nothing half-written
    expect(ok(await gql(app, REMOVE_FAMILY, { id: added.id }, sara.token)).removeMyFamilyMember).toBe(true);
    expect(ok(await gql(app, FAMILY, {}, sara.token)).myFamily).toEqual([]);
  });

  it('messages: what the business sent me and what I sent, page by page; never another member’s', async () => {
    ok(await gql(app, `mutation($i: SendMessageInput!) { sendMessage(input: $i) { id } }`, { i: { contactId: sara.contactId, channel: 'SMS', body: 'سفارش شما آماده است' } }, shopA.token));
    await inWorkspace(app, shopA.workspaceId, () => app.app.get(MessagingService).receiveSms({ from: saraPhone, message: 'ممنون، فردا می‌آیم', messageid: 'in-1' }));
    const first = ok(await gql(app, MESSAGES, {}, sara.token)).myMessages;
    expect(first.totalCount).toBe(2);
    expect(first.edges[0].node).toEqual({ channel: 'SMS', direction: 'IN', body: 'ممنون، فردا می‌آیم', status: 'RECEIVED' });
    const second = ok(await gql(app, MESSAGES, { after: first.pageInfo.endCursor }, sara.token)).myMessages;
    expect(second.edges[0].node).toMatchObject({ channel: 'SMS', direction: 'OUT', body: 'سفارش شما آماده است' });
    expect(second.pageInfo.hasNextPage).toBe(false);
    // Sign-in codes are not on anyone's file.
    expect(ok(await gql(app, MESSAGES, {}, reza.token)).myMessages.totalCount).toBe(0);
    expect(ok(await gql(app, MESSAGES, {}, saraInB.token)).myMessages.totalCount).toBe(0);
  });

  it('calls with the company, from the telephony records on the timeline', async () => {
    const db = app.app.get(TenantDb);
    await inWorkspace(app, shopA.workspaceId, () => db.tx(() => app.app.get(DomainEvents).publish<CallLoggedEvent>(TelephonyEvents.CallLogged, {
      workspaceId: shopA.workspaceId, contactId: sara.contactId, callId: 'c-1', direction: 'in', startedAt: new Date().toISOString(),
      summary: 'Incoming call', data: { durationSeconds: 95, outcome: 'answered' }, actorMemberId: null,
    })));
    expect(ok(await gql(app, CALLS, {}, sara.token)).myCalls).toEqual({
      totalCount: 1, edges: [{ node: { direction: 'IN', summary: 'Incoming call', durationSeconds: 95, status: 'answered' } }],
    });
    expect(ok(await gql(app, CALLS, {}, reza.token)).myCalls.totalCount).toBe(0);
  });

  it('purchases (invoices) and orders (pro-formas) are mine only, without staff-only fields', async () => {
    const call = (q: string, v: Record<string, unknown> = {}) => gql(app, q, v, shopA.token);
    const warehouse = ok(await call(`mutation { createWarehouse(input: { code: "MAIN", name: "انبار" }) { id } }`)).createWarehouse;
    const product = ok(await call(`mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }`, { input: { sku: 'TEA-1', nameFa: 'چای', basePrice: 1_500_000, taxRateBp: 0 } })).createProduct;
    ok(await call(`mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { id } }`, { input: { warehouseId: warehouse.id, productId: product.id, quantity: 10 } }));
    const proforma = ok(await call(`mutation($input: CreateProformaInput!) { createProforma(input: $input) { id } }`, { input: { contactId: sara.contactId, lines: [{ productId: product.id, quantity: 2 }] } })).createProforma;
    ok(await call(`mutation($id: ID!) { confirmProforma(id: $id) { id } }`, { id: proforma.id }));
    const invoice = ok(await call(`mutation($id: ID!) { issueInvoice(proformaId: $id) { numberDisplay } }`, { id: proforma.id })).issueInvoice;
    ok(await call(`mutation($input: CreateProformaInput!) { createProforma(input: $input) { id } }`, { input: { contactId: reza.contactId, lines: [{ productId: product.id, quantity: 1 }] } }));

    expect(ok(await gql(app, PURCHASES, {}, sara.token)).myPurchases).toEqual({
      totalCount: 1,
      edges: [{ node: { numberDisplay: invoice.numberDisplay, status: 'ISSUED', paymentStatus: 'UNPAID', totals: { total: 3_000_000 }, lines: [{ productName: 'چای', quantity: 2, unitPrice: 1_500_000, total: 3_000_000 }] } }],
    });
    expect(ok(await gql(app, ORDERS, {}, sara.token)).myOrders).toMatchObject({ totalCount: 1, edges: [{ node: { status: 'INVOICED', lines: [{ productName: 'چای', quantity: 2 }] } }] });
    expect(ok(await gql(app, ORDERS, {}, reza.token)).myOrders).toMatchObject({ totalCount: 1, edges: [{ node: { status: 'DRAFT', totals: { total: 1_500_000 } } }] });
    expect(ok(await gql(app, PURCHASES, {}, reza.token)).myPurchases.totalCount).toBe(0);
    expect(ok(await gql(app, PURCHASES, {}, saraInB.token)).myPurchases.totalCount).toBe(0);
    // A member's view has no staff fields to reach for.
    expect(errorCode(await gql(app, `{ myOrders { edges { node { owner { id } } } } }`, {}, sara.token))).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('staff of another workspace see no membership of this one; the staff list and search stay in their workspace', async () => {
    const forged = await gql(app, `query($id: ID!) { clubMember(contactId: $id) { id } }`, { id: sara.contactId }, shopB.token);
    expect(errorCode(forged)).toBe('NOT_FOUND');
    expect(ok(await gql(app, `query($id: ID!) { clubMember(contactId: $id) { id status contact { firstName } } }`, { id: sara.contactId }, shopA.token)).clubMember)
      .toEqual({ id: sara.clubMemberId, status: 'ACTIVE', contact: { firstName: 'سارا' } });
    const list = ok(await gql(app, `{ clubMembers(first: 10) { totalCount edges { node { contactId } } } }`, {}, shopB.token)).clubMembers;
    expect(list.totalCount).toBe(1);
    expect(list.edges[0].node.contactId).toBe(saraInB.contactId);
    const search = ok(await gql(app, `query($s: String) { clubMembers(search: $s) { totalCount edges { node { contactId } } } }`, { s: '۰۹۳۵۱۱۱۲۲۴۴' }, shopA.token)).clubMembers;
    expect(search).toEqual({ totalCount: 1, edges: [{ node: { contactId: reza.contactId } }] });
  });

  it('ensureMemberIn: a first purchase makes the customer a member and tells them by SMS once; OPEN clubs wait for a sign-up', async () => {
    const members = app.app.get(ClubMembersService);
    const db = app.app.get(TenantDb);
    const contact = ok(await gql(app, `mutation($i: CreateContactInput!) { createContact(input: $i) { id } }`, { i: { firstName: 'مینا', phones: [{ number: '09351119999' }] } }, shopA.token)).createContact;
    const ensure = (via: 'PURCHASE' | 'PLUGIN' = 'PURCHASE') => inWorkspace(app, shopA.workspaceId, () => db.tx((em) => members.ensureMemberIn(em, contact.id, via)));

    await gql(app, `mutation { updateClubSettings(input: { approach: OPEN }) { approach } }`, {}, shopA.token);
    expect(await ensure()).toBeNull();
    await gql(app, `mutation { updateClubSettings(input: { approach: BOTH }) { approach } }`, {}, shopA.token);
    const [first, second] = await Promise.all([ensure(), ensure()]);
    expect(first!.id).toBe(second!.id);
    expect(first).toMatchObject({ joinedVia: 'PURCHASE', status: 'ACTIVE' });
    expect(await ensure()).toMatchObject({ id: first!.id });

    const welcome = await ds.query(`SELECT body_text FROM messages WHERE contact_id = $1`, [contact.id]);
    expect(welcome).toHaveLength(1);
    expect(welcome[0].body_text).toContain('مینا عزیز، از خرید شما سپاسگزاریم. شما اکنون عضو باشگاه مشتریان Panel shop هستید: https://crm.example.ir/club/');
    const timeline = ok(await gql(app, `query($id: ID!) { contact(id: $id) { timeline(first: 20) { edges { node { kind data } } } } }`, { id: contact.id }, shopA.token));
    expect(timeline.contact.timeline.edges.map((e: { node: { data: { step?: string; via?: string } } }) => e.node.data)).toContainEqual(expect.objectContaining({ step: 'joined', via: 'PURCHASE' }));

    // Staff enrolment of someone else: no SMS; the enrolled customer can then sign in with a code.
    const other = ok(await gql(app, `mutation($i: CreateContactInput!) { createContact(input: $i) { id } }`, { i: { firstName: 'نیما', phones: [{ number: '09351118888' }] } }, shopA.token)).createContact;
    const enrolled = ok(await gql(app, `mutation($c: ID!) { enrollClubMember(contactId: $c) { joinedVia contact { id } } }`, { c: other.id }, shopA.token)).enrollClubMember;
    expect(enrolled).toEqual({ joinedVia: 'STAFF', contact: { id: other.id } });
    expect(await ds.query(`SELECT 1 FROM messages WHERE contact_id = $1`, [other.id])).toHaveLength(0);
    const nima = await signInClubMember(app, sms, { slug: shopA.slug, phone: '09351118888' });
    expect(nima).toMatchObject({ contactId: other.id, joined: false });
    expect(errorCode(await gql(app, `mutation { enrollClubMember(contactId: "00000000-0000-0000-0000-000000000000") { id } }`, {}, shopA.token))).toBe('BAD_USER_INPUT');
  });
  it('a club without the after-sales panel keeps profile and family but not purchases, messages and calls', async () => {
    await gql(app, `mutation { updateClubSettings(input: { afterSalesPanel: false }) { afterSalesPanel } }`, {}, shopA.token);
    try {
      for (const q of [PURCHASES, ORDERS, CALLS]) expect(errorCode(await gql(app, q, {}, reza.token))).toBe('FORBIDDEN');
      expect(errorCode(await gql(app, MESSAGES, {}, reza.token))).toBe('FORBIDDEN');
      expect(ok(await gql(app, ME, {}, reza.token)).clubMe.firstName).toBe('رضا');
      expect(ok(await gql(app, `query($s: String!) { publicClub(slug: $s) { afterSalesPanel } }`, { s: shopA.slug })).publicClub.afterSalesPanel).toBe(false);
    } finally {
      await gql(app, `mutation { updateClubSettings(input: { afterSalesPanel: true }) { afterSalesPanel } }`, {}, shopA.token);
    }
    expect(ok(await gql(app, CALLS, {}, reza.token)).myCalls.totalCount).toBe(0);
  });

  it('merging a member’s contact into another moves the membership to the surviving contact', async () => {
    const dup = await signInClubMember(app, sms, { slug: shopA.slug, phone: '09351117777', firstName: 'کاوه' });
    const survivor = ok(await gql(app, `mutation($i: CreateContactInput!) { createContact(input: $i) { id } }`, { i: { firstName: 'کاوه', lastName: 'رحیمی' } }, shopA.token)).createContact;
    ok(await gql(app, `mutation($p: ID!, $d: ID!) { mergeContacts(primaryId: $p, duplicateId: $d) { id } }`, { p: survivor.id, d: dup.contactId }, shopA.token));
    expect(ok(await gql(app, `query($id: ID!) { clubMember(contactId: $id) { id } }`, { id: survivor.id }, shopA.token)).clubMember).toEqual({ id: dup.clubMemberId });
    // The old token named the merged contact: the member signs in again.
    expect(errorCode(await gql(app, ME, {}, dup.token))).toBe('UNAUTHENTICATED');
  });
  it('important dates: mine and my family’s, added and removed by me only', async () => {
    const ADD_DATE = `mutation($i: AddMyImportantDateInput!) { addMyImportantDate(input: $i) { id kind title date { calendar month day } } }`;
    const child = ok(await gql(app, ADD_FAMILY, { i: { relation: 'CHILD', name: 'نیلا' } }, sara.token)).addMyFamilyMember;
    const anniversary = ok(await gql(app, ADD_DATE, { i: { kind: 'ANNIVERSARY', title: 'سالگرد ازدواج', date: { calendar: 'JALALI', month: 4, day: 12 } } }, sara.token)).addMyImportantDate;
    const birthday = ok(await gql(app, ADD_DATE, { i: { kind: 'CHILD_BIRTHDAY', familyMemberId: child.id, date: { calendar: 'JALALI', month: 9, day: 3 } } }, sara.token)).addMyImportantDate;
    expect(ok(await gql(app, `{ myImportantDates { id title } }`, {}, sara.token)).myImportantDates).toEqual([{ id: anniversary.id, title: 'سالگرد ازدواج' }]);
    expect(ok(await gql(app, FAMILY, {}, sara.token)).myFamily.find((f: { id: string }) => f.id === child.id).importantDates).toHaveLength(1);
    const notMine = await gql(app, ADD_DATE, { i: { kind: 'CUSTOM', familyMemberId: child.id, date: { calendar: 'JALALI', month: 1, day: 1 } } }, reza.token);
    expect(notMine.errors![0].extensions!.fields![0].field).toBe('input.familyMemberId');
    for (const id of [anniversary.id, birthday.id]) expect(errorCode(await gql(app, `mutation($id: ID!) { removeMyImportantDate(id: $id) }`, { id }, reza.token))).toBe('NOT_FOUND');
    for (const id of [anniversary.id, birthday.id]) expect(ok(await gql(app, `mutation($id: ID!) { removeMyImportantDate(id: $id) }`, { id }, sara.token)).removeMyImportantDate).toBe(true);
    expect(ok(await gql(app, `{ myImportantDates { id } }`, {}, sara.token)).myImportantDates).toEqual([]);
    ok(await gql(app, REMOVE_FAMILY, { id: child.id }, sara.token));
  });
});
