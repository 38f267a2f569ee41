import { DataSource } from 'typeorm';
import { errorCode, gql, Owner, signUpOwner } from '../../../../test/utils/graphql';
import { startSmtpSink, SmtpSink } from '../../../../test/utils/smtp-sink';
import { inviteAndAccept, StaffMemberSession } from '../../../../test/utils/staff';
import { SmsGateway, startSmsGateway } from '../../../../test/utils/sms-gateway';
import { startTestApp, TestApp } from '../../../../test/utils/test-app';


const PREFS = `{ myAlertPreferences { event description channels defaultChannels customised } }`;
const SET_PREF = `mutation($e: String!, $c: [MessagingChannel!]!) { setMyAlertPreference(event: $e, channels: $c) { event channels customised } }`;
const PROFILE = `mutation($i: UpdateMyProfileInput!) { updateMyProfile(input: $i) { fullName locale phone } }`;
const CREATE_TASK = `mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }`;

describe('staff alerts: a task assigned to someone reaches them on the channels they chose', () => {
  let app: TestApp;
  let smtp: SmtpSink;
  let sms: SmsGateway;
  let owner: Owner;
  let sales: StaffMemberSession;
  let ds: DataSource;

  const alertsTo = (memberId: string) =>
    ds.query(`SELECT channel, recipient, subject, body_text, status, language FROM messages WHERE member_id = $1 ORDER BY channel`, [memberId]) as Promise<
      Array<{ channel: string; recipient: string; subject: string | null; body_text: string; status: string; language: string }>
    >;
  const settled = async (memberId: string, count: number) => {
    const end = Date.now() + 20_000;
    for (;;) {
      const rows = await alertsTo(memberId);
      if (rows.length === count && rows.every((r) => !['QUEUED', 'SENDING'].includes(r.status))) return rows;
      if (Date.now() > end) throw new Error(`alerts not settled: ${JSON.stringify(rows)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  beforeAll(async () => {
    smtp = await startSmtpSink();
    sms = await startSmsGateway();
    app = await startTestApp({
      env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://crm.example.ir', SMS_PROVIDER: 'kavenegar', SMS_KAVENEGAR_URL: sms.url, SMS_KAVENEGAR_API_KEY: 'k' },
    });
    ds = app.app.get(DataSource);
    owner = await signUpOwner(app, 'Alert shop');
    sales = await inviteAndAccept(app, smtp, owner, 'SALES', 'مریم فروش');
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
    await sms.close();
  });

  it('lists the alert events with their default channels in the member’s language', async () => {
    const prefs = await gql(app, PREFS, {}, sales.token);
    expect(prefs.data!.myAlertPreferences).toContainEqual({
      event: 'task.assigned', description: 'کاری به من سپرده شد', channels: ['EMAIL'], defaultChannels: ['EMAIL'], customised: false,
    });
  });

  it('the profile takes a mobile number for SMS alerts, normalised, with clear errors', async () => {
    const bad = await gql(app, PROFILE, { i: { phone: '0912' } }, sales.token);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.fields![0].field).toBe('input.phone');
    const ok = await gql(app, PROFILE, { i: { phone: '۰۹۱۲ ۳۳۳ ۴۴۵۵' } }, sales.token);
    expect(ok.data!.updateMyProfile).toEqual({ fullName: 'مریم فروش', locale: 'fa', phone: '+989123334455' });
  });

  it('a task given by the owner alerts the assignee by email by default, in Persian with a Jalali due date', async () => {
    const task = await gql(app, CREATE_TASK, { i: { kind: 'CALL', title: 'تماس با خانم موسوی', assigneeId: sales.memberId, dueAt: '2026-11-24T06:30:00Z' } }, owner.token);
    expect(task.errors).toBeUndefined();
    const [email] = await settled(sales.memberId, 1);
    expect(email).toMatchObject({ channel: 'EMAIL', recipient: sales.email, status: 'SENT', language: 'fa', subject: 'کار جدید: تماس با خانم موسوی' });
    // 06:30 UTC is 10:00 in Tehran, on 3 Azar 1405.
    expect(email.body_text).toContain('مهلت: ۳ آذر ۱۴۰۵ ساعت ۱۰:۰۰');
    const mail = await smtp.waitFor((m) => m.subject === 'کار جدید: تماس با خانم موسوی');
    expect((mail.to as { text: string }).text).toBe(sales.email);
    expect(mail.text).toContain('https://crm.example.ir/tasks');
  });

  it('after choosing SMS + email, both arrive; choosing none silences the event; own tasks never alert', async () => {
    const set = await gql(app, SET_PREF, { e: 'task.assigned', c: ['SMS', 'EMAIL'] }, sales.token);
    expect(set.data!.setMyAlertPreference).toContainEqual({ event: 'task.assigned', channels: ['SMS', 'EMAIL'], customised: true });
    await ds.query(`DELETE FROM messages WHERE member_id = $1`, [sales.memberId]);

    await gql(app, CREATE_TASK, { i: { kind: 'TODO', title: 'پیگیری سفارش', assigneeId: sales.memberId } }, owner.token);
    const both = await settled(sales.memberId, 2);
    expect(both.map((m) => [m.channel, m.recipient, m.status])).toEqual([['EMAIL', sales.email, 'SENT'], ['SMS', '+989123334455', 'SENT']]);
    expect(sms.sent).toContainEqual({ receptor: '989123334455', message: expect.stringContaining('کار «پیگیری سفارش» به شما سپرده شد.') });

    await gql(app, SET_PREF, { e: 'task.assigned', c: [] }, sales.token);
    await ds.query(`DELETE FROM messages WHERE member_id = $1`, [sales.memberId]);
    await gql(app, CREATE_TASK, { i: { kind: 'TODO', title: 'بی‌صدا', assigneeId: sales.memberId } }, owner.token);
    await gql(app, SET_PREF, { e: 'task.assigned', c: ['EMAIL'] }, sales.token);
    await gql(app, CREATE_TASK, { i: { kind: 'TODO', title: 'کار خودم' } }, sales.token);
    await new Promise((r) => setTimeout(r, 500));
    expect(await alertsTo(sales.memberId)).toEqual([]);
  });

  it('English-speaking staff get English alerts; unknown events are refused by name', async () => {
    await gql(app, PROFILE, { i: { locale: 'en' } }, sales.token);
    await gql(app, CREATE_TASK, { i: { kind: 'CALL', title: 'Call Mr. Karimi', assigneeId: sales.memberId, dueAt: '2026-11-24T06:30:00Z' } }, owner.token);
    const [email] = await settled(sales.memberId, 1);
    expect(email).toMatchObject({ language: 'en', subject: 'New task: Call Mr. Karimi' });
    expect(email.body_text).toContain('Due: 2026-11-24 10:00');
    const bad = await gql(app, SET_PREF, { e: 'ticket.nope', c: ['SMS'] }, sales.token);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.fields![0]).toMatchObject({ field: 'event', message: expect.stringContaining('unknown alert event "ticket.nope"') });
  });
});
