import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { JobQueue } from '../../core/jobs/job-queue.service';
import { errorCode, gql, signUpOwner, Owner } from '../../../test/utils/graphql';
import { startSmtpSink, SmtpSink } from '../../../test/utils/smtp-sink';
import { startTestApp, TestApp } from '../../../test/utils/test-app';
import { numericLocalId } from './channels';
import { UnsubscribeLinks } from './unsubscribe/unsubscribe-links';
import { DISPATCH_JOB, MessageDispatcher } from './delivery/message-dispatcher';

interface SmsRequest {
  path: string;
  contentType: string | undefined;
  form: Record<string, string>;
}

/** A Kavenegar-compatible SMS provider on loopback; the receptor decides how it answers. */
async function startSmsProvider() {
  const requests: SmsRequest[] = [];
  const failuresLeft = new Map<string, number>([['989121110002', 1]]);
  const server: Server = createServer((req: IncomingMessage, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const form = Object.fromEntries(new URLSearchParams(raw));
      requests.push({ path: req.url!, contentType: req.headers['content-type'], form });
      res.setHeader('content-type', 'application/json');
      if (form.receptor === '989121110003') {
        res.statusCode = 411;
        return res.end(JSON.stringify({ return: { status: 411, message: 'گیرنده نامعتبر است' }, entries: null }));
      }
      const left = form.receptor === '989121110004' ? 1 : (failuresLeft.get(form.receptor) ?? 0);
      if (left > 0) {
        failuresLeft.set(form.receptor, left - 1);
        res.statusCode = 502;
        return res.end('bad gateway');
      }
      res.end(JSON.stringify({ return: { status: 200, message: 'تایید شد' }, entries: [{ messageid: 8792343 + requests.length, status: 1, receptor: form.receptor }] }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const MESSAGE_FIELDS = `id status statusReason recipient subject bodyText bodyHtml providerMessageId attempts lastError channel purpose events { status detail }`;

describe('messaging: the outbox delivers email and SMS once, with consent, retries and history', () => {
  let app: TestApp;
  let smtp: SmtpSink;
  let sms: Awaited<ReturnType<typeof startSmsProvider>>;
  let owner: Owner;
  const contacts: Record<string, string> = {};

  const send = (input: Record<string, unknown>, token = owner.token) =>
    gql(app, `mutation($input: SendMessageInput!) { sendMessage(input: $input) { ${MESSAGE_FIELDS} } }`, { input }, token);
  const message = async (id: string) => (await gql(app, `query($id: ID!) { message(id: $id) { ${MESSAGE_FIELDS} } }`, { id }, owner.token)).data!.message;
  const settle = async (id: string, ms = 20_000) => {
    const end = Date.now() + ms;
    for (;;) {
      const m = await message(id);
      if (!['QUEUED', 'SENDING'].includes(m.status)) return m;
      if (Date.now() > end) throw new Error(`message ${id} still ${m.status}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const mailsFor = (id: string) => smtp.messages.filter((m) => m.headers.get('x-peyvand-message-id') === id);

  async function createContact(key: string, fields: string) {
    const res = await gql(app, `mutation { createContact(input: { ${fields} }) { id } }`, {}, owner.token);
    contacts[key] = res.data!.createContact.id;
  }

  beforeAll(async () => {
    smtp = await startSmtpSink();
    sms = await startSmsProvider();
    app = await startTestApp({
      env: {
        SMTP_URL: smtp.url, PUBLIC_URL: 'https://crm.example.ir', SMS_PROVIDER: 'kavenegar', SMS_KAVENEGAR_URL: sms.url,
        SMS_KAVENEGAR_API_KEY: 'test-key-123', SMS_SENDER: '10004346', MESSAGING_RETRY_LIMIT: '2', MESSAGING_RETRY_DELAY_SECONDS: '1',
      },
    });
    owner = await signUpOwner(app, 'Flower shop');
    await createContact('narges', `firstName: "نرگس", lastName: "موسوی", email: "narges@example.ir", phones: [{ number: "09121110001" }]`);
    await createContact('flaky', `firstName: "علی", lastName: "رضایی", phones: [{ number: "09121110002" }]`);
    await createContact('rejected', `firstName: "مینا", lastName: "کریمی", phones: [{ number: "09121110003" }]`);
    await createContact('down', `firstName: "سارا", lastName: "نوری", phones: [{ number: "09121110004" }]`);
    await createContact('noEmail', `firstName: "رضا", lastName: "احمدی"`);
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
    await sms.close();
  });

  it('sends a personalised Persian transactional email, HTML + text, once, and puts it on the timeline', async () => {
    const res = await send({ contactId: contacts.narges, channel: 'EMAIL', subject: 'سفارش {{contact.firstName}}', body: 'سلام {{contact.fullName}} عزیز،\n\nسفارش شما ارسال شد.' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.sendMessage).toMatchObject({ status: 'QUEUED', recipient: 'narges@example.ir', subject: 'سفارش نرگس', purpose: 'TRANSACTIONAL' });
    const id = res.data!.sendMessage.id;
    const done = await settle(id);
    expect(done).toMatchObject({ status: 'SENT', attempts: 1, providerMessageId: expect.any(String) });
    expect(done.events.map((e: { status: string }) => e.status)).toEqual(['QUEUED', 'SENT']);
    const [mail] = mailsFor(id);
    expect((mail.to as { text: string }).text).toBe('narges@example.ir');
    expect(mail.subject).toBe('سفارش نرگس');
    expect(mail.text).toContain('سلام نرگس موسوی عزیز،');
    expect(mail.html).toContain('dir="rtl"');
    expect(mail.html).toContain('سفارش شما ارسال شد.');
    expect(mail.headerLines.find((h) => h.key === 'list-unsubscribe')).toBeUndefined();
    const t = await gql(app, `query($id: ID!) { contact(id: $id) { timeline(kinds: [EMAIL]) { edges { node { kind direction summary body } } } } }`, { id: contacts.narges }, owner.token);
    expect(t.data!.contact.timeline.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { kind: 'EMAIL', direction: 'OUT', summary: 'سفارش نرگس', body: 'سلام نرگس موسوی عزیز،\n\nسفارش شما ارسال شد.' },
    ]);
  });

  it('marketing mail needs consent at send time: none or withdrawn is SUPPRESSED with the reason; granted carries List-Unsubscribe', async () => {
    const noConsent = (await send({ contactId: contacts.narges, channel: 'EMAIL', purpose: 'MARKETING', subject: 'حراج', body: 'تخفیف' })).data!.sendMessage;
    expect(await settle(noConsent.id)).toMatchObject({ status: 'SUPPRESSED', statusReason: 'no EMAIL consent', attempts: 1 });

    const consent = (status: string) =>
      gql(app, `mutation($c: ID!, $s: ConsentStatus!) { setContactConsent(contactId: $c, channel: EMAIL, status: $s, source: "test") { id } }`, { c: contacts.narges, s: status }, owner.token);
    await consent('GRANTED');
    const granted = (await send({ contactId: contacts.narges, channel: 'EMAIL', purpose: 'MARKETING', subject: 'حراج', body: 'تخفیف' })).data!.sendMessage;
    expect(await settle(granted.id)).toMatchObject({ status: 'SENT' });
    const [mail] = mailsFor(granted.id);
    const header = (name: string) => mail.headerLines.find((h) => h.key === name)?.line.replace(/\r?\n\s+/g, ' ');
    // A signed one-click link (unsubscribe/unsubscribe-links.ts) naming this workspace and message.
    const link = /^List-Unsubscribe: <(https:\/\/crm\.example\.ir\/unsubscribe\/[\w-]+)>$/.exec(header('list-unsubscribe')!);
    expect(app.app.get(UnsubscribeLinks).verify(link![1].split('/').pop()!)).toEqual({ workspaceId: owner.workspaceId, messageId: granted.id });
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');

    await consent('WITHDRAWN');
    const withdrawn = (await send({ contactId: contacts.narges, channel: 'EMAIL', purpose: 'MARKETING', subject: 'حراج', body: 'تخفیف' })).data!.sendMessage;
    expect(await settle(withdrawn.id)).toMatchObject({ status: 'SUPPRESSED', statusReason: 'EMAIL consent withdrawn' });
    expect(mailsFor(noConsent.id)).toHaveLength(0);
    expect(mailsFor(withdrawn.id)).toHaveLength(0);
  });

  it('an idempotency key returns the first message: one row, one job, one mail', async () => {
    const input = { contactId: contacts.narges, channel: 'EMAIL', subject: 'تولد', body: 'تولدت مبارک', idempotencyKey: 'birthday:narges:1404' };
    const first = (await send(input)).data!.sendMessage;
    const second = (await send(input)).data!.sendMessage;
    expect(second.id).toBe(first.id);
    await settle(first.id);
    await app.app.get(JobQueue).drain([DISPATCH_JOB]);
    const ds = app.app.get(DataSource);
    expect((await ds.query(`SELECT count(*)::int AS n FROM messages WHERE idempotency_key = $1`, [input.idempotencyKey]))[0].n).toBe(1);
    expect(mailsFor(first.id)).toHaveLength(1);
  });

  it('dispatchers racing each other and duplicate dispatch jobs (crash, second worker) never send a message twice', async () => {
    const sent = await Promise.all(
      Array.from({ length: 30 }, (_, i) => send({ contactId: contacts.narges, channel: 'EMAIL', subject: `یک بار ${i}`, body: 'فقط یک بار' })),
    );
    const dispatcher = app.app.get(MessageDispatcher);
    const jobs = app.app.get(JobQueue);
    const data = { workspaceId: owner.workspaceId };
    await Promise.all([
      dispatcher.dispatch(owner.workspaceId), dispatcher.dispatch(owner.workspaceId), dispatcher.dispatch(owner.workspaceId),
      jobs.enqueue(DISPATCH_JOB, data), jobs.enqueue(DISPATCH_JOB, data),
    ]);
    await jobs.drain([DISPATCH_JOB]);
    for (const res of sent) expect(await settle(res.data!.sendMessage.id)).toMatchObject({ status: 'SENT', attempts: 1 });
    await new Promise((r) => setTimeout(r, 300));
    for (const res of sent) expect(mailsFor(res.data!.sendMessage.id)).toHaveLength(1);
  });

  it('sends SMS through the Kavenegar-compatible API with the expected request shape', async () => {
    const msg = (await send({ contactId: contacts.narges, channel: 'SMS', body: '{{contact.firstName}} جان، کد شما ۱۲۳۴ است' })).data!.sendMessage;
    expect(msg.recipient).toBe('+989121110001');
    const done = await settle(msg.id);
    expect(done).toMatchObject({ status: 'SENT', attempts: 1, providerMessageId: expect.stringMatching(/^\d+$/) });
    const req = sms.requests.find((r) => r.form.receptor === '989121110001')!;
    expect(req.path).toBe('/v1/test-key-123/sms/send.json');
    expect(req.contentType).toContain('application/x-www-form-urlencoded');
    expect(req.form).toEqual({ receptor: '989121110001', sender: '10004346', message: 'نرگس جان، کد شما ۱۲۳۴ است', localid: numericLocalId(msg.id) });
    const t = await gql(app, `query($id: ID!) { contact(id: $id) { timeline(kinds: [SMS]) { edges { node { kind direction summary } } } } }`, { id: contacts.narges }, owner.token);
    expect(t.data!.contact.timeline.edges).toEqual([{ node: { kind: 'SMS', direction: 'OUT', summary: 'نرگس جان، کد شما ۱۲۳۴ است' } }]);
  });

  it('retries SMS after a 5xx with backoff, and fails a 4xx at once keeping the provider’s error', async () => {
    const flaky = (await send({ contactId: contacts.flaky, channel: 'SMS', body: 'سلام' })).data!.sendMessage;
    const rejected = (await send({ contactId: contacts.rejected, channel: 'SMS', body: 'سلام' })).data!.sendMessage;
    const f = await settle(flaky.id);
    expect(f).toMatchObject({ status: 'SENT', attempts: 2, lastError: expect.stringContaining('HTTP 502') });
    expect(f.events.map((e: { status: string }) => e.status)).toEqual(['QUEUED', 'QUEUED', 'SENT']);
    expect(sms.requests.filter((r) => r.form.receptor === '989121110002')).toHaveLength(2);
    const r = await settle(rejected.id);
    expect(r).toMatchObject({ status: 'FAILED', statusReason: 'rejected', attempts: 1, lastError: expect.stringContaining('HTTP 411 (411: گیرنده نامعتبر است)') });
    expect(sms.requests.filter((x) => x.form.receptor === '989121110003')).toHaveLength(1);
    const contact = await gql(app, `query($id: ID!) { contact(id: $id) { timeline(kinds: [SMS]) { totalCount } } }`, { id: contacts.rejected }, owner.token);
    expect(contact.data!.contact.timeline.totalCount).toBe(0);
  });

  it('a provider that keeps failing leaves the message FAILED after the last retry, with the error', async () => {
    const msg = (await send({ contactId: contacts.down, channel: 'SMS', body: 'سلام' })).data!.sendMessage;
    const done = await settle(msg.id, 30_000);
    expect(done).toMatchObject({ status: 'FAILED', statusReason: 'too many attempts', attempts: 3, lastError: expect.stringContaining('HTTP 502') });
    expect(done.events.map((e: { status: string }) => e.status)).toEqual(['QUEUED', 'QUEUED', 'QUEUED', 'FAILED']);
    expect(sms.requests.filter((r) => r.form.receptor === '989121110004')).toHaveLength(3);
  }, 40_000);

  it('bad input names the field', async () => {
    const noEmail = await send({ contactId: contacts.noEmail, channel: 'EMAIL', subject: 'x', body: 'y' });
    expect(errorCode(noEmail)).toBe('BAD_USER_INPUT');
    expect(noEmail.errors![0].extensions!.fields).toEqual([{ field: 'input.channel', message: 'the contact has no email address' }]);
    const noPhone = await send({ contactId: contacts.noEmail, channel: 'SMS', body: 'y' });
    expect(noPhone.errors![0].extensions!.fields).toEqual([{ field: 'input.channel', message: 'the contact has no phone number' }]);
    const noSubject = await send({ contactId: contacts.narges, channel: 'EMAIL', body: 'y' });
    expect(noSubject.errors![0].extensions!.fields).toEqual([{ field: 'input.subject', message: 'is required for email' }]);
    const unknown = await send({ contactId: contacts.narges, channel: 'SMS', body: 'امتیاز شما {{contact.points}}' });
    expect(errorCode(unknown)).toBe('BAD_USER_INPUT');
    expect(unknown.errors![0].extensions!.fields![0]).toMatchObject({ field: 'input.body', message: expect.stringContaining('unknown variable {{contact.points}}') });
    expect(errorCode(await send({ contactId: '00000000-0000-0000-0000-000000000000', channel: 'SMS', body: 'y' }))).toBe('NOT_FOUND');
  });

  it('lists the outbox newest first with filters and cursors, and counts SMS parts', async () => {
    const all = await gql(app, `{ messages(first: 100) { totalCount edges { node { id status channel } } } }`, {}, owner.token);
    const total = all.data!.messages.totalCount;
    expect(total).toBeGreaterThanOrEqual(10);
    const sms = await gql(app, `{ messages(first: 100, filter: { channel: SMS }) { edges { node { channel smsPartCount { encoding parts } } } } }`, {}, owner.token);
    expect(sms.data!.messages.edges.every((e: { node: { channel: string } }) => e.node.channel === 'SMS')).toBe(true);
    expect(sms.data!.messages.edges[0].node.smsPartCount).toEqual({ encoding: 'UCS2', parts: 1 });
    const suppressed = await gql(app, `query($c: ID!) { messages(filter: { status: SUPPRESSED, contactId: $c }) { totalCount } }`, { c: contacts.narges }, owner.token);
    expect(suppressed.data!.messages.totalCount).toBe(2);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await gql(app, `query($a: String) { messages(first: 4, after: $a) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`, { a: after }, owner.token);
      seen.push(...page.data.messages.edges.map((e: { node: { id: string } }) => e.node.id));
      after = page.data.messages.pageInfo.hasNextPage ? page.data.messages.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.data!.messages.edges.map((e: { node: { id: string } }) => e.node.id));
    const parts = await gql(app, `query($t: String!) { smsParts(text: $t) { encoding units parts remaining } }`, { t: 'س'.repeat(71) }, owner.token);
    expect(parts.data!.smsParts).toEqual({ encoding: 'UCS2', units: 71, parts: 2, remaining: 63 });
  });

  it('POST /webhooks/sms stores inbound SMS once on the sender’s timeline; لغو / STOP / 11 withdraw SMS consent', async () => {
    const key = (await gql(app, `mutation { createApiKey(input: { name: "Kavenegar", scopes: ["messages:receive"] }) { secret } }`, {}, owner.token)).data!.createApiKey.secret;
    const post = (body: Record<string, unknown>, auth = key) => request(app.url).post('/webhooks/sms').set('authorization', `Bearer ${auth}`).send(body);
    await gql(app, `mutation($c: ID!) { setContactConsent(contactId: $c, channel: SMS, status: GRANTED, source: "test") { id } }`, { c: contacts.flaky }, owner.token);

    const hello = await post({ from: '09121110002', to: '10004346', message: 'سلام، سفارشم کی می‌رسد؟', messageid: 'in-1' });
    expect(hello.status).toBe(200);
    expect(hello.body).toMatchObject({ contactId: contacts.flaky, optedOut: false, duplicate: false });
    expect((await post({ from: '09121110002', message: 'سلام، سفارشم کی می‌رسد؟', messageid: 'in-1' })).body).toMatchObject({ messageId: hello.body.messageId, duplicate: true });

    const stop = await post({ from: '+989121110002', message: ' ۱۱ ', messageid: 'in-2' });
    expect(stop.body).toMatchObject({ contactId: contacts.flaky, optedOut: true });
    const c = await gql(app, `query($id: ID!) { contact(id: $id) { consents { channel status } timeline(kinds: [SMS, CONSENT]) { edges { node { kind direction summary } } } } }`, { id: contacts.flaky }, owner.token);
    expect(c.data!.contact.consents).toEqual(expect.arrayContaining([{ channel: 'SMS', status: 'WITHDRAWN' }]));
    const items = c.data!.contact.timeline.edges.map((e: { node: unknown }) => e.node);
    expect(items.filter((i: { kind: string; direction: string }) => i.kind === 'SMS' && i.direction === 'IN').map((i: { summary: string }) => i.summary).sort()).toEqual([' ۱۱ ', 'سلام، سفارشم کی می‌رسد؟'].sort());
    expect(items).toContainEqual({ kind: 'CONSENT', direction: 'NONE', summary: 'SMS consent withdrawn' });

    for (const word of ['لغو', 'STOP']) expect((await post({ from: '09121110001', message: word })).body.optedOut).toBe(true);
    const unknown = await post({ from: '09350000000', message: 'لغو' });
    expect(unknown.body).toMatchObject({ contactId: null, optedOut: false });
    const inbound = await gql(app, `query($id: ID!) { message(id: $id) { direction status recipient contactId } }`, { id: unknown.body.messageId }, owner.token);
    expect(inbound.data!.message).toEqual({ direction: 'IN', status: 'RECEIVED', recipient: '+989350000000', contactId: null });

    expect((await request(app.url).post('/webhooks/sms').send({ from: '0912', message: 'x' })).status).toBe(401);
    const bad = await post({ from: '', message: '' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['from', 'message']);
  });
});
