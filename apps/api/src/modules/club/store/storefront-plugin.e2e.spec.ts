import { DataSource } from 'typeorm';
import { errorCode, gql, GqlResponse, Owner, signUpOwner } from '../../../../test/utils/graphql';
import { SmsGateway, startSmsGateway } from '../../../../test/utils/sms-gateway';
import { startTestApp, TestApp } from '../../../../test/utils/test-app';

function ok<T = Record<string, any>>(res: GqlResponse<T>): T {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

const CREATE_KEY = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`;
const RECORD = `mutation($input: RecordPurchaseInput!) { recordPurchase(input: $input) { duplicate contactId member pointsEarned balance tier { code name } vouchers { code } } }`;
const REGISTER = `mutation($input: RegisterClubMemberInput!) { registerClubMember(input: $input) { contactId points membership { status joinedVia } tier { current { code } } vouchers { code } } }`;
const STATUS = `query($phone: String!) { clubMemberStatus(phone: $phone) { contactId points membership { status joinedVia } tier { current { code name } } vouchers { code } } }`;

describe('the storefront plugin API: external shops register members and report purchases with API keys', () => {
  let app: TestApp;
  let sms: SmsGateway;
  let ds: DataSource;
  let shop: Owner;
  let other: Owner;
  let pluginKey: string;
  let readOnlyKey: string;
  let otherKey: string;

  const key = async (owner: Owner, scopes: string[]) => ok(await gql(app, CREATE_KEY, { input: { name: 'WooCommerce', scopes } }, owner.token)).createApiKey.secret as string;
  const smsTo = (phone: string) => sms.sent.filter((m) => m.receptor === phone.replace(/^\+/, ''));
  async function waitForSms(phone: string, count: number): Promise<void> {
    const deadline = Date.now() + 15_000;
    while (smsTo(phone).length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  }

  beforeAll(async () => {
    sms = await startSmsGateway();
    app = await startTestApp({
      env: {
        SMS_PROVIDER: 'kavenegar', SMS_KAVENEGAR_URL: sms.url, SMS_KAVENEGAR_API_KEY: 'k', PUBLIC_URL: 'https://crm.example.ir',
        RATE_LIMIT_API_KEY_PER_MINUTE: '100000', RATE_LIMIT_WORKSPACE_PER_MINUTE: '100000',
      },
    });
    ds = app.app.get(DataSource);
    shop = await signUpOwner(app, 'Plugin shop');
    other = await signUpOwner(app, 'Other plugin shop');
    pluginKey = await key(shop, ['club:write', 'club:read']);
    readOnlyKey = await key(shop, ['club:read', 'contacts:read']);
    otherKey = await key(other, ['club:write', 'club:read']);
  });
  afterAll(async () => {
    await app.close();
    await sms.close();
  });

  it('a first purchase from a new mobile: a contact, a member told by SMS, points through loyalty, on the timeline and the ladder', async () => {
    const res = ok(await gql(app, RECORD, {
      input: { externalOrderId: 'WC-1001', source: 'woocommerce', phone: '0912 345 6701', amount: 2_500_000, firstName: 'مینا', items: [{ sku: 'A-1', name: 'کتاب', quantity: 2, unitPrice: 1_250_000 }] },
    }, pluginKey)).recordPurchase;
    // The default rule: 1 point per 100,000 Rial.
    expect(res).toMatchObject({ duplicate: false, member: true, pointsEarned: 25, balance: 25 });
    const contact = ok(await gql(app, `query($id: ID!) { contact(id: $id) { firstName primaryPhone source stage timeline(first: 50) { edges { node { kind data } } } } }`, { id: res.contactId }, shop.token)).contact;
    expect(contact).toMatchObject({ firstName: 'مینا', primaryPhone: '+989123456701', source: 'WEB_FORM', stage: 'FIRST_TIME_CUSTOMER' });
    const steps = contact.timeline.edges.map((e: any) => e.node.data.step);
    expect(steps).toEqual(expect.arrayContaining(['external_purchase', 'order_completed']));
    const [member] = await ds.query(`SELECT joined_via, status FROM club_members WHERE contact_id = $1`, [res.contactId]);
    expect(member).toEqual({ joined_via: 'PURCHASE', status: 'ACTIVE' });
    await waitForSms('+989123456701', 1);
    // The "you are now a member" SMS with the club's address.
    expect(smsTo('+989123456701').some((m) => m.message.includes(`https://crm.example.ir/club/${shop.slug}`))).toBe(true);
  });

  it('10 concurrent retries of one order award its points once; later retries answer duplicate', async () => {
    const input = { externalOrderId: 'WC-2002', source: 'woocommerce', phone: '09123456702', amount: 1_000_000 };
    const results = await Promise.all(Array.from({ length: 10 }, () => gql(app, RECORD, { input }, pluginKey)));
    const answers = results.map((r) => ok(r).recordPurchase);
    expect(answers.filter((a) => !a.duplicate)).toHaveLength(1);
    expect(new Set(answers.map((a) => a.contactId)).size).toBe(1);
    expect(answers.every((a) => a.pointsEarned === 10 && a.balance === 10)).toBe(true);
    const contactId = answers[0].contactId;
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM contacts WHERE primary_phone = '+989123456702'`);
    expect(n).toBe(1);
    const [{ sum }] = await ds.query(`SELECT coalesce(sum(delta), 0)::int AS sum FROM loyalty_entries WHERE contact_id = $1`, [contactId]);
    expect(sum).toBe(10);
    // The same order id from another shop is another purchase.
    const elsewhere = ok(await gql(app, RECORD, { input: { ...input, source: 'digikala-booth' } }, pluginKey)).recordPurchase;
    expect(elsewhere).toMatchObject({ duplicate: false, contactId, pointsEarned: 10, balance: 20 });
    expect(ok(await gql(app, RECORD, { input }, pluginKey)).recordPurchase).toMatchObject({ duplicate: true, pointsEarned: 10, balance: 20 });
    const [{ orders }] = await ds.query(`SELECT order_count AS orders FROM contacts WHERE id = $1`, [contactId]);
    expect(orders).toBe(2);
  });

  it('registerClubMember finds or creates the contact and enrols it; clubMemberStatus reads points, tier and vouchers', async () => {
    const registered = ok(await gql(app, REGISTER, { input: { phone: '+98 912 345 6703', firstName: 'آرش', lastName: 'نوری', email: 'Arash@Example.ir' } }, pluginKey)).registerClubMember;
    expect(registered).toMatchObject({ points: 0, membership: { status: 'ACTIVE', joinedVia: 'PLUGIN' }, vouchers: [] });
    const again = ok(await gql(app, REGISTER, { input: { phone: '09123456703' } }, pluginKey)).registerClubMember;
    expect(again.contactId).toBe(registered.contactId);
    const [contact] = await ds.query(`SELECT first_name, last_name, email FROM contacts WHERE id = $1`, [registered.contactId]);
    expect(contact).toEqual({ first_name: 'آرش', last_name: 'نوری', email: 'arash@example.ir' });

    // Concurrent registrations of a new number make one contact and one membership.
    const racing = await Promise.all(Array.from({ length: 6 }, () => gql(app, REGISTER, { input: { phone: '09123456705', firstName: 'پویا' } }, pluginKey)));
    expect(new Set(racing.map((r) => ok(r).registerClubMember.contactId)).size).toBe(1);
    const [{ contacts }] = await ds.query(`SELECT count(*)::int AS contacts FROM contacts WHERE primary_phone = '+989123456705'`);
    expect(contacts).toBe(1);

    const status = ok(await gql(app, STATUS, { phone: '09123456702' }, readOnlyKey)).clubMemberStatus;
    expect(status).toMatchObject({ points: 20, membership: { status: 'ACTIVE', joinedVia: 'PURCHASE' } });
    expect(ok(await gql(app, STATUS, { phone: '09129999999' }, readOnlyKey)).clubMemberStatus).toBeNull();
  });

  it('scopes and workspaces: a key without club:write is FORBIDDEN, another workspace’s key sees nothing, bad input names the field', async () => {
    const input = { externalOrderId: 'WC-3003', source: 'woocommerce', phone: '09123456704', amount: 100_000 };
    expect(errorCode(await gql(app, RECORD, { input }, readOnlyKey))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, REGISTER, { input: { phone: '09123456704' } }, readOnlyKey))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, RECORD, { input }))).toBe('UNAUTHENTICATED');
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM club_plugin_purchases WHERE external_order_id = 'WC-3003'`);
    expect(n).toBe(0);

    expect(ok(await gql(app, STATUS, { phone: '09123456702' }, otherKey)).clubMemberStatus).toBeNull();
    // The other workspace's report of the same order id and phone is its own customer and purchase.
    const theirs = ok(await gql(app, RECORD, { input: { ...input, externalOrderId: 'WC-2002', phone: '09123456702' } }, otherKey)).recordPurchase;
    expect(theirs).toMatchObject({ duplicate: false, pointsEarned: 1, balance: 1 });
    expect(ok(await gql(app, STATUS, { phone: '09123456702' }, readOnlyKey)).clubMemberStatus.points).toBe(20);

    const badPhone = await gql(app, RECORD, { input: { ...input, phone: '021 8888 1234' } }, pluginKey);
    expect(badPhone.errors![0].extensions!.fields![0].field).toBe('input.phone');
    const badAmount = await gql(app, RECORD, { input: { ...input, amount: -5 } }, pluginKey);
    expect(errorCode(badAmount)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(badAmount.errors![0].extensions!.fields)).toContain('amount');
    const future = await gql(app, RECORD, { input: { ...input, occurredAt: new Date(Date.now() + 86_400_000).toISOString() } }, pluginKey);
    expect(future.errors![0].extensions!.fields![0].field).toBe('input.occurredAt');
    const badProduct = await gql(app, RECORD, { input: { ...input, items: [{ productId: '00000000-0000-0000-0000-000000000000', quantity: 1 }] } }, pluginKey);
    expect(badProduct.errors![0].extensions!.fields![0].field).toBe('input.items.0.productId');
    const [{ m }] = await ds.query(`SELECT count(*)::int AS m FROM club_plugin_purchases WHERE external_order_id = 'WC-3003'`);
    expect(m).toBe(0);
  });

  it('in an OPEN club (members join by signing up only) a purchase is recorded on the file without enrolling or awarding points', async () => {
    ok(await gql(app, `mutation { updateClubSettings(input: { approach: OPEN }) { approach } }`, {}, other.token));
    const res = ok(await gql(app, RECORD, { input: { externalOrderId: 'WC-OPEN-1', source: 'woocommerce', phone: '09123456706', amount: 900_000 } }, otherKey)).recordPurchase;
    expect(res).toMatchObject({ duplicate: false, member: false, pointsEarned: 0, balance: 0 });
    const [row] = await ds.query(`SELECT order_count, (SELECT count(*)::int FROM club_members m WHERE m.contact_id = c.id) AS members FROM contacts c WHERE id = $1`, [res.contactId]);
    expect(row).toEqual({ order_count: 1, members: 0 });
  });
});
