import { DataSource } from 'typeorm';
import { clubCodeFromSms, REQUEST_CLUB_CODE, signInClubMember, VERIFY_CLUB_CODE } from '../../../../test/utils/club-member';
import { errorCode, gql, Owner, signUpOwner } from '../../../../test/utils/graphql';
import { SmsGateway, startSmsGateway } from '../../../../test/utils/sms-gateway';
import { startTestApp, TestApp } from '../../../../test/utils/test-app';
import { ClubAuthService } from './club-auth.service';
import { ClubAuthPolicy } from './club-member-tokens';

const ME = `{ clubMe { contactId firstName phone membership { id status joinedVia } } }`;
const SET_PASSWORD = `mutation($i: SetClubPasswordInput!) { setClubPassword(input: $i) { hasPassword } }`;
const LOGIN = `mutation($i: LoginClubMemberInput!) { loginClubMember(input: $i) { accessToken refreshToken member { id } } }`;
const REFRESH = `mutation($t: String!) { refreshClubSession(refreshToken: $t) { accessToken refreshToken } }`;
const LOGOUT = `mutation($t: String!) { logoutClubMember(refreshToken: $t) }`;
const SETTINGS = `mutation($i: UpdateClubSettingsInput!) { updateClubSettings(input: $i) { enabled approach slug url displayNameFa primaryColor } }`;

let seq = 0;
/** A fresh mobile number per call (national form), so tests never share cool-downs. */
const newPhone = () => `0912${String(process.pid % 1000).padStart(3, '0')}${String(++seq).padStart(4, '0')}`;
const e164 = (national: string) => `+98${national.slice(1)}`;

describe('club sign-up and sign-in by SMS code', () => {
  let app: TestApp;
  let sms: SmsGateway;
  let owner: Owner;
  let ds: DataSource;
  let policy: ClubAuthPolicy;

  const request = (phone: string, slug = owner.slug, purpose = 'LOGIN') => gql(app, REQUEST_CLUB_CODE, { input: { slug, phone, purpose } });
  const verify = (input: Record<string, unknown>) => gql(app, VERIFY_CLUB_CODE, { input: { slug: owner.slug, ...input } });
  /** Waits until the dispatcher has recorded the number's latest code SMS as sent. */
  const recordedSent = async (phone: string) => {
    for (let end = Date.now() + 15_000; ; await new Promise((r) => setTimeout(r, 50))) {
      const [m] = await ds.query(`SELECT status FROM messages WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1`, [e164(phone)]);
      if (m?.status === 'SENT') return;
      if (Date.now() > end) throw new Error(`the code SMS to ${phone} was not recorded as sent`);
    }
  };
  /** Lets the number ask for another code at once (the resend cool-down is a minute). */
  const skipCooldown = (phone: string) => ds.query(`UPDATE club_codes SET created_at = created_at - interval '2 minutes' WHERE phone = $1`, [e164(phone)]);

  beforeAll(async () => {
    sms = await startSmsGateway();
    app = await startTestApp({ env: { SMS_PROVIDER: 'kavenegar', SMS_KAVENEGAR_URL: sms.url, SMS_KAVENEGAR_API_KEY: 'k' } });
    ds = app.app.get(DataSource);
    policy = app.app.get(ClubAuthPolicy);
    owner = await signUpOwner(app, 'Club shop');
  });
  afterAll(async () => {
    await app.close();
    await sms.close();
  });

  it('a new number joins with the code from the SMS: one contact (source CLUB), one member, both on the timeline', async () => {
    const phone = newPhone();
    const mark = sms.sent.length;
    const requested = await gql(app, REQUEST_CLUB_CODE, { input: { slug: owner.slug, phone: phone.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]), purpose: 'SIGN_UP' } });
    expect(requested.errors).toBeUndefined();
    expect(requested.data!.requestClubCode).toMatchObject({ phone: e164(phone), codeLength: 6, registered: false });
    const code = await clubCodeFromSms(sms, e164(phone), mark);
    const text = sms.sent.find((m) => m.receptor === e164(phone).slice(1))!.message;
    expect(text).toContain('کد ورود شما به باشگاه Club shop');
    expect(text).toContain('۲ دقیقه');
    // Only a keyed hash of the code is stored.
    const [row] = await ds.query(`SELECT code_hash FROM club_codes WHERE phone = $1`, [e164(phone)]);
    expect(row.code_hash).not.toContain(code);
    const outbox = () => ds.query(`SELECT body_text FROM messages WHERE recipient = $1`, [e164(phone)]) as Promise<Array<{ body_text: string }>>;
    expect((await outbox())[0].body_text).toContain(code);
    // The provider has it; wait for the dispatcher to record it as sent (a code still in flight is masked later, by the job).
    await recordedSent(phone);

    const res = await verify({ phone: `+98${phone.slice(1)}`, code, firstName: 'سارا', lastName: 'احمدی' });
    expect(res.errors).toBeUndefined();
    const session = res.data!.verifyClubCode;
    expect(session.accessToken).toMatch(/^pvm_/);
    expect(session).toMatchObject({ joined: true, member: { status: 'ACTIVE', joinedVia: 'SIGN_UP' } });
    // Once used, the code is masked in the outbox too.
    expect((await outbox())[0].body_text).toContain('کد ورود شما به باشگاه Club shop: ••••••');
    expect((await outbox())[0].body_text).not.toContain(code);

    const contacts = await gql(app, `query($p: String!) { contactByPhone(phone: $p) { id firstName lastName source stage } }`, { p: phone }, owner.token);
    expect(contacts.data!.contactByPhone).toMatchObject({ id: session.member.contactId, firstName: 'سارا', lastName: 'احمدی', source: 'CLUB', stage: 'PROSPECT' });
    const me = await gql(app, ME, {}, session.accessToken);
    expect(me.data!.clubMe).toMatchObject({ contactId: session.member.contactId, firstName: 'سارا', phone: e164(phone), membership: { id: session.member.id } });

    const timeline = await gql(app, `query($id: ID!) { contact(id: $id) { timeline(first: 20) { edges { node { kind summary data } } } } }`, { id: session.member.contactId }, owner.token);
    const summaries = timeline.data!.contact.timeline.edges.map((e: { node: { summary: string } }) => e.node.summary);
    expect(summaries).toEqual(expect.arrayContaining(['Joined the club', 'Signed in to the club']));

    // Signing in again with a new code: the same member, joined false.
    await skipCooldown(phone);
    const again = await signInClubMember(app, sms, { slug: owner.slug, phone });
    expect(again).toMatchObject({ contactId: session.member.contactId, clubMemberId: session.member.id, joined: false });
    expect((await ds.query(`SELECT count(*)::int AS n FROM contacts WHERE primary_phone = $1`, [e164(phone)]))[0].n).toBe(1);
  });

  it('an existing contact (created by staff) becomes the member: never a duplicate contact', async () => {
    const phone = newPhone();
    const created = await gql(app, `mutation($i: CreateContactInput!) { createContact(input: $i) { id } }`, { i: { firstName: 'رضا', phones: [{ number: phone }] } }, owner.token);
    const member = await signInClubMember(app, sms, { slug: owner.slug, phone, firstName: 'نام دیگر' });
    expect(member.contactId).toBe(created.data!.createContact.id);
    const me = await gql(app, ME, {}, member.token);
    expect(me.data!.clubMe.firstName).toBe('رضا');
  });

  it('refuses a wrong code with the tries left, then locks the number after five', async () => {
    const phone = newPhone();
    const mark = sms.sent.length;
    await request(phone);
    const code = await clubCodeFromSms(sms, e164(phone), mark);
    const wrong = code === '111111' ? '222222' : '111111';
    const first = await verify({ phone, code: wrong });
    expect(errorCode(first)).toBe('UNAUTHENTICATED');
    expect(first.errors![0].message).toContain('4 tries left');
    for (let i = 0; i < 3; i++) expect(errorCode(await verify({ phone, code: wrong }))).toBe('UNAUTHENTICATED');
    const fifth = await verify({ phone, code: wrong });
    expect(errorCode(fifth)).toBe('TOO_MANY_REQUESTS');
    // Locked: even the right code is refused now, and no new code is sent.
    expect(errorCode(await verify({ phone, code }))).toBe('TOO_MANY_REQUESTS');
    await skipCooldown(phone);
    const blocked = await request(phone);
    expect(errorCode(blocked)).toBe('TOO_MANY_REQUESTS');
    expect(blocked.errors![0].extensions!.retryAfter).toBeGreaterThan(0);
    expect((await ds.query(`SELECT count(*)::int AS n FROM contacts WHERE primary_phone = $1`, [e164(phone)]))[0].n).toBe(0);
  });

  it('an expired code, a used code and a superseded code are refused', async () => {
    const phone = newPhone();
    let mark = sms.sent.length;
    await request(phone);
    const old = await clubCodeFromSms(sms, e164(phone), mark);
    await ds.query(`UPDATE club_codes SET expires_at = now() - interval '1 second' WHERE phone = $1`, [e164(phone)]);
    const expired = await verify({ phone, code: old });
    expect(errorCode(expired)).toBe('UNAUTHENTICATED');
    expect(expired.errors![0].message).toContain('expired');

    await skipCooldown(phone);
    mark = sms.sent.length;
    await request(phone);
    const fresh = await clubCodeFromSms(sms, e164(phone), mark);
    expect(errorCode(await verify({ phone, code: old }))).toBe('UNAUTHENTICATED');
    expect((await verify({ phone, code: fresh })).errors).toBeUndefined();
    await ds.query(`UPDATE club_codes SET consumed_at = consumed_at - interval '1 minute' WHERE phone = $1`, [e164(phone)]);
    const reused = await verify({ phone, code: fresh });
    expect(reused.errors![0].message).toContain('already used');
  });

  it('resend cool-down, per-number hourly limit and per-address limit', async () => {
    const phone = newPhone();
    expect((await request(phone)).errors).toBeUndefined();
    const soon = await request(phone);
    expect(errorCode(soon)).toBe('TOO_MANY_REQUESTS');
    expect(soon.errors![0].extensions!.retryAfter).toBeGreaterThan(0);
    for (let i = 1; i < policy.codesPerPhonePerHour; i++) {
      await skipCooldown(phone);
      expect((await request(phone)).errors).toBeUndefined();
    }
    await skipCooldown(phone);
    const hourly = await request(phone);
    expect(errorCode(hourly)).toBe('TOO_MANY_REQUESTS');
    expect(hourly.errors![0].message).toContain('last hour');

    const limit = policy.codeRequestsPerIpPerWindow;
    policy.codeRequestsPerIpPerWindow = 0;
    try {
      const byIp = await request(newPhone());
      expect(errorCode(byIp)).toBe('TOO_MANY_REQUESTS');
      expect(byIp.errors![0].message).toContain('from this address');
    } finally {
      policy.codeRequestsPerIpPerWindow = limit;
    }
  });

  it('bad numbers are refused naming the field; an unknown club is NOT_FOUND', async () => {
    const landline = await request('02188776655');
    expect(errorCode(landline)).toBe('BAD_USER_INPUT');
    expect(landline.errors![0].extensions!.fields![0]).toMatchObject({ field: 'input.phone', message: expect.stringContaining('mobile') });
    expect(errorCode(await request('0912'))).toBe('BAD_USER_INPUT');
    expect(errorCode(await request(newPhone(), 'no-such-club'))).toBe('NOT_FOUND');
  });

  it('two simultaneous verifications of a new number make one contact and one member', async () => {
    const phone = newPhone();
    const mark = sms.sent.length;
    await request(phone);
    const code = await clubCodeFromSms(sms, e164(phone), mark);
    const results = await Promise.all([verify({ phone, code, firstName: 'هم‌زمان' }), verify({ phone, code, firstName: 'هم‌زمان' })]);
    expect(results.map((r) => r.errors)).toEqual([undefined, undefined]);
    const [a, b] = results.map((r) => r.data!.verifyClubCode);
    expect(a.member.id).toBe(b.member.id);
    expect([a.joined, b.joined].sort()).toEqual([false, true]);
    expect((await ds.query(`SELECT count(*)::int AS n FROM contacts WHERE primary_phone = $1`, [e164(phone)]))[0].n).toBe(1);
    expect((await ds.query(`SELECT count(*)::int AS n FROM club_members WHERE contact_id = $1`, [a.member.contactId]))[0].n).toBe(1);
  });

  it('approach rules: AFTER_PURCHASE refuses sign-up before a purchase; a disabled club refuses codes', async () => {
    const set = await gql(app, SETTINGS, { i: { approach: 'AFTER_PURCHASE' } }, owner.token);
    expect(set.data!.updateClubSettings).toMatchObject({ approach: 'AFTER_PURCHASE', enabled: true, slug: owner.slug });
    try {
      const publicClub = await gql(app, `query($s: String!) { publicClub(slug: $s) { signUpOpen approach nameFa } }`, { s: owner.slug });
      expect(publicClub.data!.publicClub).toEqual({ signUpOpen: false, approach: 'AFTER_PURCHASE', nameFa: 'Club shop' });
      const refused = await request(newPhone());
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect(refused.errors![0].message).toContain('first purchase');
      // An existing member still signs in.
      const phone = newPhone();
      await gql(app, SETTINGS, { i: { approach: 'BOTH' } }, owner.token);
      await signInClubMember(app, sms, { slug: owner.slug, phone });
      await gql(app, SETTINGS, { i: { approach: 'AFTER_PURCHASE' } }, owner.token);
      await skipCooldown(phone);
      expect((await signInClubMember(app, sms, { slug: owner.slug, phone })).joined).toBe(false);

      await gql(app, SETTINGS, { i: { enabled: false } }, owner.token);
      expect(errorCode(await request(newPhone()))).toBe('FORBIDDEN');
    } finally {
      await gql(app, SETTINGS, { i: { approach: 'BOTH', enabled: true } }, owner.token);
    }
  });

  it('password: set by the member, then login; wrong passwords lock; refresh rotates and reuse revokes the family', async () => {
    const phone = newPhone();
    const member = await signInClubMember(app, sms, { slug: owner.slug, phone });
    expect(errorCode(await gql(app, SET_PASSWORD, { i: { password: 'short' } }, member.token))).toBe('BAD_USER_INPUT');
    expect((await gql(app, SET_PASSWORD, { i: { password: 'a long club password' } }, member.token)).data!.setClubPassword).toEqual({ hasPassword: true });
    const change = await gql(app, SET_PASSWORD, { i: { password: 'another long password' } }, member.token);
    expect(change.errors![0].extensions!.fields![0].field).toBe('input.currentPassword');

    const login = await gql(app, LOGIN, { i: { slug: owner.slug, phone: e164(phone), password: 'a long club password' } });
    expect(login.data!.loginClubMember.member.id).toBe(member.clubMemberId);
    expect(errorCode(await gql(app, LOGIN, { i: { slug: owner.slug, phone: newPhone(), password: 'whatever it is' } }))).toBe('UNAUTHENTICATED');
    for (let i = 0; i < 4; i++) expect(errorCode(await gql(app, LOGIN, { i: { slug: owner.slug, phone, password: 'wrong password' } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await gql(app, LOGIN, { i: { slug: owner.slug, phone, password: 'wrong password' } }))).toBe('TOO_MANY_REQUESTS');
    expect(errorCode(await gql(app, LOGIN, { i: { slug: owner.slug, phone, password: 'a long club password' } }))).toBe('TOO_MANY_REQUESTS');

    const rotated = await gql(app, REFRESH, { t: member.refreshToken });
    const next = rotated.data!.refreshClubSession;
    expect(next.refreshToken).not.toBe(member.refreshToken);
    expect((await gql(app, ME, {}, next.accessToken)).data!.clubMe.membership.id).toBe(member.clubMemberId);
    expect(errorCode(await gql(app, REFRESH, { t: member.refreshToken }))).toBe('UNAUTHENTICATED');
    // The reuse revoked the rotated token too.
    expect(errorCode(await gql(app, REFRESH, { t: next.refreshToken }))).toBe('UNAUTHENTICATED');

    const other = await gql(app, LOGIN, { i: { slug: owner.slug, phone, password: 'a long club password' } });
    expect(errorCode(other)).toBe('TOO_MANY_REQUESTS'); // still locked
    await ds.query(`UPDATE club_members SET password_locked_until = NULL WHERE id = $1`, [member.clubMemberId]);
    const fresh = (await gql(app, LOGIN, { i: { slug: owner.slug, phone, password: 'a long club password' } })).data!.loginClubMember;
    expect(await gql(app, LOGOUT, { t: fresh.refreshToken })).toMatchObject({ data: { logoutClubMember: true } });
    expect(errorCode(await gql(app, REFRESH, { t: fresh.refreshToken }))).toBe('UNAUTHENTICATED');
  });

  it('a member token is refused by staff operations, a staff token by member operations; a blocked member loses access at once', async () => {
    const member = await signInClubMember(app, sms, { slug: owner.slug, phone: newPhone() });
    expect(errorCode(await gql(app, `{ contacts { totalCount } }`, {}, member.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, `{ clubSettings { enabled } }`, {}, member.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, ME, {}, owner.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(app, ME))).toBe('UNAUTHENTICATED');
    // Without its prefix a member token is no staff token either.
    expect(errorCode(await gql(app, `{ viewer { role } }`, {}, member.token.slice(4)))).toBe('UNAUTHENTICATED');

    const blocked = await gql(app, `mutation($i: BlockClubMemberInput!) { blockClubMember(input: $i) { status blockedReason } }`, { i: { contactId: member.contactId, reason: 'سوءاستفاده' } }, owner.token);
    expect(blocked.data!.blockClubMember).toEqual({ status: 'BLOCKED', blockedReason: 'سوءاستفاده' });
    const refused = await gql(app, ME, {}, member.token);
    expect(errorCode(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors![0].message).toContain('blocked');
    expect(errorCode(await gql(app, REFRESH, { t: member.refreshToken }))).toBe('UNAUTHENTICATED');
    const audit = await gql(app, `{ auditLog(first: 50) { edges { node { entity action } } } }`, {}, owner.token);
    expect(audit.data!.auditLog.edges.map((e: { node: { entity: string; action: string } }) => `${e.node.entity}:${e.node.action}`)).toContain('club_members:UPDATE');

    await gql(app, `mutation($c: ID!) { unblockClubMember(contactId: $c) { status } }`, { c: member.contactId }, owner.token);
    expect((await gql(app, ME, {}, member.token)).data!.clubMe.membership.status).toBe('ACTIVE');
  });
  it('the join carries the referral code and SMS consent; the code SMS can be in English', async () => {
    const phone = newPhone();
    const mark = sms.sent.length;
    await gql(app, REQUEST_CLUB_CODE, { input: { slug: owner.slug, phone, purpose: 'SIGN_UP', language: 'en' } });
    const code = await clubCodeFromSms(sms, e164(phone), mark);
    expect(sms.sent.slice(mark).find((m) => m.receptor === e164(phone).slice(1))!.message).toBe(`Club shop club: your code is ${code}. It expires in 2 minutes. Do not share it with anyone.`);
    const joined = (await verify({ phone, code, firstName: 'Lily', referralCode: ' FRIEND-42 ', smsConsent: true })).data!.verifyClubCode;
    const contact = await gql(app, `query($id: ID!) { contact(id: $id) { consents { channel status source } timeline(first: 20) { edges { node { data } } } } }`, { id: joined.member.contactId }, owner.token);
    expect(contact.data!.contact.consents).toContainEqual({ channel: 'SMS', status: 'GRANTED', source: 'CLUB' });
    expect(contact.data!.contact.timeline.edges.map((e: { node: { data: unknown } }) => e.node.data)).toContainEqual({ step: 'joined', via: 'SIGN_UP', referralCode: 'FRIEND-42' });
  });

  it('closing the club refuses existing member sessions at once; reopening restores them', async () => {
    const member = await signInClubMember(app, sms, { slug: owner.slug, phone: newPhone() });
    await gql(app, SETTINGS, { i: { enabled: false } }, owner.token);
    try {
      const closed = await gql(app, ME, {}, member.token);
      expect(errorCode(closed)).toBe('UNAUTHENTICATED');
      expect(closed.errors![0].message).toContain('closed');
      expect(errorCode(await gql(app, REFRESH, { t: member.refreshToken }))).toBe('UNAUTHENTICATED');
      expect((await gql(app, `query($s: String!) { publicClub(slug: $s) { enabled signUpOpen } }`, { s: owner.slug })).data!.publicClub).toEqual({ enabled: false, signUpOpen: false });
    } finally {
      await gql(app, SETTINGS, { i: { enabled: true } }, owner.token);
    }
    expect((await gql(app, ME, {}, member.token)).data!.clubMe.membership.status).toBe('ACTIVE');
  });

  it('settings: branding is validated and defaults to the workspace; the club address is the workspace slug', async () => {
    const bad = await gql(app, SETTINGS, { i: { primaryColor: 'red', logoUrl: 'javascript:alert(1)' } }, owner.token);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.fields!.map((f) => f.field).sort()).toEqual(['input.logoUrl', 'input.primaryColor']);
    const saved = await gql(app, SETTINGS, { i: { displayNameFa: 'باشگاه دوستان', primaryColor: '#AA3366', logoUrl: 'https://cdn.example.ir/logo.png' } }, owner.token);
    expect(saved.data!.updateClubSettings).toMatchObject({ displayNameFa: 'باشگاه دوستان', primaryColor: '#aa3366', slug: owner.slug, url: `http://localhost:3000/club/${owner.slug}` });
    const shown = (await gql(app, `query($s: String!) { publicClub(slug: $s) { nameFa nameEn logoUrl primaryColor displayCurrency } }`, { s: owner.slug })).data!.publicClub;
    expect(shown).toEqual({ nameFa: 'باشگاه دوستان', nameEn: 'Club shop', logoUrl: 'https://cdn.example.ir/logo.png', primaryColor: '#aa3366', displayCurrency: 'IRT' });
    await gql(app, SETTINGS, { i: { displayNameFa: '' } }, owner.token);
    expect((await gql(app, `{ clubSettings { displayNameFa } }`, {}, owner.token)).data!.clubSettings.displayNameFa).toBe('Club shop');
  });

  it('housekeeping masks the SMS of expired codes, deletes codes older than a day and long-expired sessions', async () => {
    const phone = newPhone();
    const mark = sms.sent.length;
    await request(phone);
    const code = await clubCodeFromSms(sms, e164(phone), mark);
    await recordedSent(phone);
    await ds.query(`UPDATE club_codes SET expires_at = now() - interval '1 second' WHERE phone = $1`, [e164(phone)]);
    expect((await app.app.get(ClubAuthService).purgeExpired()).redacted).toBeGreaterThanOrEqual(1);
    const [message] = await ds.query(`SELECT body_text FROM messages WHERE recipient = $1`, [e164(phone)]);
    expect(message.body_text).not.toContain(code);
    await ds.query(`UPDATE club_codes SET created_at = now() - interval '25 hours' WHERE phone = $1`, [e164(phone)]);
    const purged = await app.app.get(ClubAuthService).purgeExpired();
    expect(purged.codes).toBeGreaterThanOrEqual(1);
    expect(await ds.query(`SELECT 1 FROM club_codes WHERE phone = $1`, [e164(phone)])).toEqual([]);
  });
});

describe('club members have request budgets of their own', () => {
  let app: TestApp;
  let sms: SmsGateway;

  beforeAll(async () => {
    sms = await startSmsGateway();
    app = await startTestApp({
      env: { SMS_PROVIDER: 'kavenegar', SMS_KAVENEGAR_URL: sms.url, SMS_KAVENEGAR_API_KEY: 'k', RATE_LIMIT_WORKSPACE_PER_MINUTE: '6', RATE_LIMIT_ANONYMOUS_PER_IP_PER_MINUTE: '12' },
    });
  });
  afterAll(async () => {
    await app.close();
    await sms.close();
  });

  it('a busy member spends neither the staff’s workspace budget nor another member’s', async () => {
    const owner = await signUpOwner(app, 'Budget shop');
    const busy = await signInClubMember(app, sms, { slug: owner.slug, phone: '09121110001' });
    const calm = await signInClubMember(app, sms, { slug: owner.slug, phone: '09121110002' });
    // 12 a minute per member; the workspace's staff budget is 6.
    for (let i = 0; i < 12; i++) expect((await gql(app, ME, {}, busy.token)).errors).toBeUndefined();
    const over = await gql(app, ME, {}, busy.token);
    expect(over.status).toBe(429);
    expect(errorCode(over)).toBe('TOO_MANY_REQUESTS');
    expect((await gql(app, ME, {}, calm.token)).errors).toBeUndefined();
    expect((await gql(app, `{ viewer { role } }`, {}, owner.token)).data!.viewer.role).toBe('OWNER');
  });
});
