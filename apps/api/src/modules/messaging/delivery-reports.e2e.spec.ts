import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { gql, Owner, signUpOwner } from '../../../test/utils/graphql';
import { startSmtpSink, SmtpSink } from '../../../test/utils/smtp-sink';
import { startTestApp, TestApp } from '../../../test/utils/test-app';

/** A Kavenegar-compatible provider answering every send with a new numeric message id. */
async function startKavenegar() {
  let next = 5_000_000;
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.end(JSON.stringify({ return: { status: 200, message: 'تایید شد' }, entries: [{ messageid: ++next }] })));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const FIELDS = `id status statusReason lastError providerMessageId deliveredAt recipient events { status detail }`;

describe('delivery reports: SMS (Kavenegar and generic) and email events move the outbox on and feed the suppression list', () => {
  let app: TestApp;
  let smtp: SmtpSink;
  let kavenegar: Awaited<ReturnType<typeof startKavenegar>>;
  let owner: Owner;
  let other: Owner;
  let key: string;
  let otherKey: string;
  let phoneContact: string;

  const message = async (id: string, token = owner.token) => (await gql(app, `query($id: ID!) { message(id: $id) { ${FIELDS} } }`, { id }, token)).data!.message;
  const settle = async (id: string) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const m = await message(id);
      if (!['QUEUED', 'SENDING'].includes(m.status)) return m;
      if (Date.now() > deadline) throw new Error(`message ${id} still ${m.status}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const sent = async (input: Record<string, unknown>) => {
    const res = await gql(app, `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }`, { input }, owner.token);
    const m = await settle(res.data!.sendMessage.id);
    expect(m.status).toBe('SENT');
    return m as { id: string; providerMessageId: string; recipient: string };
  };
  const smsReport = (body: Record<string, unknown> | string, auth = key) => {
    const req = request(app.url).post('/webhooks/sms/delivery').set('authorization', `Bearer ${auth}`);
    return typeof body === 'string' ? req.type('form').send(body) : req.send(body);
  };
  const emailEvent = (body: Record<string, unknown>, auth = key) => request(app.url).post('/webhooks/email/events').set('authorization', `Bearer ${auth}`).send(body);
  const suppressions = async (token = owner.token) =>
    (await gql(app, `{ suppressions(first: 50) { edges { node { channel address reason messageId } } } }`, {}, token)).data!.suppressions.edges.map((e: { node: unknown }) => e.node);

  beforeAll(async () => {
    smtp = await startSmtpSink();
    kavenegar = await startKavenegar();
    app = await startTestApp({
      env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://crm.example.ir', SMS_PROVIDER: 'kavenegar', SMS_KAVENEGAR_URL: kavenegar.url, SMS_KAVENEGAR_API_KEY: 'k' },
    });
    owner = await signUpOwner(app, 'Reports shop');
    other = await signUpOwner(app, 'Other shop');
    const apiKey = async (o: Owner) => (await gql(app, `mutation { createApiKey(input: { name: "Provider", scopes: ["messages:receive"] }) { secret } }`, {}, o.token)).data!.createApiKey.secret;
    key = await apiKey(owner);
    otherKey = await apiKey(other);
    phoneContact = (await gql(app, `mutation { createContact(input: { firstName: "علی", email: "ali@example.ir", phones: [{ number: "09121110001" }] }) { id } }`, {}, owner.token)).data!.createContact.id;
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
    await kavenegar.close();
  });

  it('Kavenegar form: 10 delivers, repeated reports are harmless, intermediate statuses only add history', async () => {
    const m = await sent({ contactId: phoneContact, channel: 'SMS', body: 'سلام' });
    const queued = await smsReport(`messageid=${m.providerMessageId}&status=4`);
    expect(queued.status).toBe(200);
    expect(queued.body).toEqual({ messageId: m.id, status: 'SENT', applied: false });
    const first = await smsReport(`messageid=${m.providerMessageId}&status=10`);
    expect(first.body).toEqual({ messageId: m.id, status: 'DELIVERED', applied: true });
    const again = await smsReport({ messageid: Number(m.providerMessageId), status: 10 });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ messageId: m.id, status: 'DELIVERED', applied: false });
    const after = await message(m.id);
    expect(after.deliveredAt).toEqual(expect.any(String));
    expect(after.events.slice(-3)).toEqual([
      { status: 'SENT', detail: 'delivery report: kavenegar status 4: sent to the operator' },
      { status: 'DELIVERED', detail: 'delivery report: kavenegar status 10: delivered' },
      { status: 'DELIVERED', detail: 'delivery report: kavenegar status 10: delivered (no change: the message is DELIVERED)' },
    ]);
  });

  it('Kavenegar 11 / 6 / 14 fail the message; a late delivered report does not undo it', async () => {
    for (const [code, reason, label] of [[11, 'undeliverable', 'undeliverable'], [6, 'failed after sending', 'failed'], [14, 'failed after sending', 'blocked by the recipient or operator']] as const) {
      const m = await sent({ contactId: phoneContact, channel: 'SMS', body: `پیام ${code}` });
      expect((await smsReport(`messageid=${m.providerMessageId}&status=${code}`)).body).toEqual({ messageId: m.id, status: 'FAILED', applied: true });
      expect(await message(m.id)).toMatchObject({ status: 'FAILED', statusReason: reason, lastError: `kavenegar status ${code}: ${label}` });
      expect((await smsReport(`messageid=${m.providerMessageId}&status=10`)).body).toEqual({ messageId: m.id, status: 'FAILED', applied: false });
    }
  });

  it('generic JSON form by our id or the provider’s id', async () => {
    const a = await sent({ contactId: phoneContact, channel: 'SMS', body: 'الف' });
    expect((await smsReport({ providerMessageId: a.providerMessageId, status: 'delivered' })).body).toEqual({ messageId: a.id, status: 'DELIVERED', applied: true });
    const b = await sent({ contactId: phoneContact, channel: 'SMS', body: 'ب' });
    const res = await smsReport({ messageId: b.id, status: 'undeliverable', detail: 'handset off for 48h' });
    expect(res.body).toEqual({ messageId: b.id, status: 'FAILED', applied: true });
    expect(await message(b.id)).toMatchObject({ statusReason: 'undeliverable', lastError: 'handset off for 48h' });
  });

  it('unknown ids are 404 with a clear message; bad reports 400 naming the field; credentials are checked', async () => {
    const unknown = await smsReport('messageid=999&status=10');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'NOT_FOUND', message: 'No outgoing SMS message with provider message id 999 in this workspace' });
    const ours = await smsReport({ messageId: '00000000-0000-4000-8000-000000000000', status: 'delivered' });
    expect(ours.status).toBe(404);
    expect(ours.body.message).toBe('No outgoing SMS message with id 00000000-0000-4000-8000-000000000000 in this workspace');
    const badCode = await smsReport('messageid=1&status=77');
    expect(badCode.status).toBe(400);
    expect(badCode.body.fields).toEqual([{ field: 'status', message: 'must be a Kavenegar delivery status (1, 2, 4, 5, 6, 10, 11, 13, 14)' }]);
    const badGeneric = await smsReport({ status: 'read' });
    expect(badGeneric.body.fields.map((f: { field: string }) => f.field)).toEqual(['messageId', 'status']);
    const badEmail = await emailEvent({ messageId: 'x', event: 'opened' });
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.fields).toEqual([{ field: 'event', message: 'event must be one of delivered, bounced, complained' }]);
    expect((await request(app.url).post('/webhooks/sms/delivery').send({ messageId: 'x', status: 'delivered' })).status).toBe(401);
    const noScope = (await gql(app, `mutation { createApiKey(input: { name: "Reader", scopes: ["messages:read"] }) { secret } }`, {}, owner.token)).data!.createApiKey.secret;
    expect((await emailEvent({ messageId: 'x', event: 'delivered' }, noScope)).status).toBe(403);
  });

  it('a final report about a message still being sent is refused with 409 (the provider sends it again later)', async () => {
    const m = await sent({ contactId: phoneContact, channel: 'SMS', body: 'در حال ارسال' });
    const ds = app.app.get(DataSource);
    await ds.query(`UPDATE messages SET status = 'SENDING' WHERE id = $1`, [m.id]);
    const res = await smsReport(`messageid=${m.providerMessageId}&status=10`);
    expect(res.status).toBe(409);
    expect(res.body.message).toBe(`Message ${m.id} is still being sent (SENDING); send the report again later`);
    await ds.query(`UPDATE messages SET status = 'SENT' WHERE id = $1`, [m.id]);
    expect((await smsReport(`messageid=${m.providerMessageId}&status=10`)).body).toEqual({ messageId: m.id, status: 'DELIVERED', applied: true });
  });

  it('another workspace’s key cannot see or change this workspace’s messages', async () => {
    const m = await sent({ contactId: phoneContact, channel: 'SMS', body: 'خصوصی' });
    expect((await smsReport(`messageid=${m.providerMessageId}&status=10`, otherKey)).status).toBe(404);
    expect((await smsReport({ messageId: m.id, status: 'delivered' }, otherKey)).status).toBe(404);
    expect((await message(m.id)).status).toBe('SENT');
  });

  it('email: delivered, then a hard bounce (BOUNCED, address suppressed); a late delivered never overrides the bounce', async () => {
    const m = await sent({ contactId: phoneContact, channel: 'EMAIL', subject: 'رسید', body: 'ممنون' });
    expect((await emailEvent({ messageId: `<${m.id}@crm.example.ir>`, event: 'delivered' })).body).toEqual({ messageId: m.id, status: 'DELIVERED', applied: true });
    const bounce = await emailEvent({ messageId: m.id, event: 'bounced', bounceType: 'hard', detail: '550 5.1.1 user unknown' });
    expect(bounce.status).toBe(200);
    expect(bounce.body).toEqual({ messageId: m.id, status: 'BOUNCED', applied: true });
    expect((await emailEvent({ providerMessageId: m.providerMessageId, event: 'delivered' })).body).toEqual({ messageId: m.id, status: 'BOUNCED', applied: false });
    expect((await emailEvent({ messageId: m.id, event: 'bounced', bounceType: 'hard' })).body).toEqual({ messageId: m.id, status: 'BOUNCED', applied: false });
    expect(await message(m.id)).toMatchObject({ status: 'BOUNCED', statusReason: 'hard bounce', lastError: '550 5.1.1 user unknown' });
    expect(await suppressions()).toEqual([{ channel: 'EMAIL', address: 'ali@example.ir', reason: 'BOUNCED', messageId: m.id }]);
    expect(await suppressions(other.token)).toEqual([]);
  });

  it('email: a soft bounce only adds history; a complaint suppresses the address (COMPLAINED)', async () => {
    const contact = (await gql(app, `mutation { createContact(input: { firstName: "Mina", email: "Mina@Example.com" }) { id } }`, {}, owner.token)).data!.createContact.id;
    const m = await sent({ contactId: contact, channel: 'EMAIL', subject: 'Hello', body: 'Hi' });
    expect((await emailEvent({ messageId: m.id, event: 'bounced', bounceType: 'soft', detail: 'mailbox full' })).body).toEqual({ messageId: m.id, status: 'SENT', applied: false });
    expect((await message(m.id)).events.at(-1)).toEqual({ status: 'SENT', detail: 'soft bounce: mailbox full' });
    expect((await suppressions()).map((s: { address: string }) => s.address)).not.toContain('mina@example.com');
    expect((await emailEvent({ messageId: m.id, event: 'complained', detail: 'abuse report' })).body).toEqual({ messageId: m.id, status: 'SENT', applied: false });
    expect(await suppressions()).toContainEqual({ channel: 'EMAIL', address: 'mina@example.com', reason: 'COMPLAINED', messageId: m.id });
  });
});
