import { generateKeyPairSync } from 'node:crypto';
import { createServer, IncomingMessage, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { SecretBox } from '../../../core/crypto/secret-box';
import { errorCode, gql, Owner, signUpOwner } from '../../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../../test/utils/test-app';
import { numericLocalId } from '../channels/sms-provider';

interface Seen {
  path: string;
  headers: IncomingMessage['headers'];
  body: Record<string, string>;
}

/** Plays an SMS provider on loopback: a JSON gateway under /gw and a Kavenegar-compatible API under /v1. The number decides the answer. */
async function startProvider() {
  const seen: Seen[] = [];
  const failOnce = new Set(['+989121110002']);
  let ids = 0;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const body = req.headers['content-type']?.startsWith('application/json') ? JSON.parse(raw) : Object.fromEntries(new URLSearchParams(raw));
      seen.push({ path: req.url!, headers: req.headers, body });
      res.setHeader('content-type', 'application/json');
      if (req.url!.startsWith('/v1/')) return res.end(JSON.stringify({ return: { status: 200, message: 'تایید شد' }, entries: [{ messageid: 7000 + ++ids }] }));
      if (body.to === '+989121110003') {
        res.statusCode = 400;
        return res.end(JSON.stringify({ error: 'number is on the operator blacklist' }));
      }
      if (failOnce.delete(body.to)) {
        res.statusCode = 503;
        return res.end('gateway busy');
      }
      res.end(JSON.stringify({ result: { status: 'ok', id: `gw-${++ids}` } }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const SETTINGS = `emailFromName emailFromAddress emailReplyTo emailFrom dkimDomain dkimSelector dkimKeySet smsProvider smsSender kavenegarUrl
  smsGateway { url method contentType headers body numberFormat idPath successPath successValue }
  smsCredentialsSet smsCredentialFields emailPerSecond smsPerSecond quietHoursStart quietHoursEnd updatedAt`;
const UPDATE = `mutation($input: UpdateMessagingSettingsInput!) { updateMessagingSettings(input: $input) { ${SETTINGS} } }`;
const TEST = `mutation($channel: MessagingChannel!, $to: String!) { sendTestMessage(channel: $channel, to: $to) { ok providerMessageId error } }`;

describe('messaging settings: per-workspace channels, encrypted credentials, test messages', () => {
  let app: TestApp;
  let provider: Awaited<ReturnType<typeof startProvider>>;
  let owner: Owner;
  let second: Owner;
  const { privateKey: dkimKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
  const API_KEY = 'gw-api-key-SECRET-4711';
  const PASSWORD = 'gw-password-SECRET-0815';
  const gateway = () => ({
    url: `${provider.url}/gw/{{apiKey}}/send`, contentType: 'JSON', headers: { 'X-Auth': '{{password}}' },
    body: { to: '{{to}}', text: '{{text}}', from: '{{sender}}', ref: '{{localId}}' }, idPath: 'result.id', successPath: 'result.status', successValue: 'ok',
  });
  const update = (input: Record<string, unknown>, token = owner.token) => gql(app, UPDATE, { input }, token);
  const settings = async (token = owner.token) => (await gql(app, `{ messagingSettings { ${SETTINGS} } }`, {}, token)).data!.messagingSettings;
  const fields = (res: Awaited<ReturnType<typeof update>>) => res.errors?.[0]?.extensions?.fields;
  const message = async (token: string, id: string) =>
    (await gql(app, `query($id: ID!) { message(id: $id) { id status statusReason attempts lastError providerMessageId events { status } } }`, { id }, token)).data!.message;
  const settle = async (token: string, id: string) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const m = await message(token, id);
      if (!['QUEUED', 'SENDING'].includes(m.status)) return m;
      if (Date.now() > deadline) throw new Error(`message ${id} still ${m.status}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const sendSms = async (token: string, phone: string) => {
    const contact = (await gql(app, `mutation($p: String!) { createContact(input: { firstName: "نرگس", phones: [{ number: $p }] }) { id } }`, { p: phone }, token)).data!.createContact.id;
    return (await gql(app, `mutation($c: ID!) { sendMessage(input: { contactId: $c, channel: SMS, body: "سلام {{contact.firstName}}" }) { id } }`, { c: contact }, token)).data!.sendMessage.id as string;
  };

  beforeAll(async () => {
    provider = await startProvider();
    app = await startTestApp({ env: { MESSAGING_RETRY_LIMIT: '2', MESSAGING_RETRY_DELAY_SECONDS: '1', MAIL_FROM: 'Peyvand <no-reply@peyvand.local>' } });
    owner = await signUpOwner(app, 'Gateway shop');
    second = await signUpOwner(app, 'Kavenegar shop');
  });
  afterAll(async () => {
    await app.close();
    await provider.close();
  });

  it('a workspace that never saved its settings reads the defaults', async () => {
    expect(await settings()).toEqual({
      emailFromName: null, emailFromAddress: null, emailReplyTo: null, emailFrom: 'Peyvand <no-reply@peyvand.local>', dkimDomain: null, dkimSelector: null,
      dkimKeySet: false, smsProvider: 'DEFAULT', smsSender: null, kavenegarUrl: null, smsGateway: null, smsCredentialsSet: false, smsCredentialFields: [],
      emailPerSecond: 50, smsPerSecond: 10, quietHoursStart: 1320, quietHoursEnd: 480, updatedAt: null,
    });
  });

  it('saves credentials and the DKIM key encrypted; they are never returned, and not in the audit log', async () => {
    const res = await update({
      emailFromName: 'گل‌فروشی', emailFromAddress: 'shop@example.ir', dkimDomain: 'Example.IR', dkimSelector: 'mail2026', dkimPrivateKey: dkimKey,
      smsProvider: 'HTTP_GATEWAY', smsSender: '10004346', smsGateway: gateway(), smsCredentials: { apiKey: API_KEY, password: PASSWORD }, smsPerSecond: 5,
    });
    expect(res.errors).toBeUndefined();
    const saved = res.data!.updateMessagingSettings;
    expect(saved).toMatchObject({
      emailFrom: 'گل‌فروشی <shop@example.ir>', dkimDomain: 'example.ir', dkimSelector: 'mail2026', dkimKeySet: true, smsProvider: 'HTTP_GATEWAY', smsSender: '10004346',
      smsCredentialsSet: true, smsCredentialFields: ['apiKey', 'password'], smsPerSecond: 5, emailPerSecond: 50,
      smsGateway: { ...gateway(), method: 'POST', contentType: 'JSON', numberFormat: 'E164' },
    });
    expect(saved.updatedAt).toEqual(expect.any(String));
    const everything = JSON.stringify([res, await gql(app, `{ messagingSettings { ${SETTINGS} } }`, {}, owner.token)]);
    for (const secret of [API_KEY, PASSWORD, 'PRIVATE KEY', dkimKey.split('\n')[1]]) expect(everything).not.toContain(secret);

    const ds = app.app.get(DataSource);
    const [row] = await ds.query(`SELECT sms_credentials_enc, dkim_private_key_enc, sms_config::text AS config FROM messaging_settings WHERE workspace_id = $1`, [owner.workspaceId]);
    expect(row.sms_credentials_enc).toMatch(/^v1\./);
    expect(row.dkim_private_key_enc).toMatch(/^v1\./);
    for (const secret of [API_KEY, PASSWORD]) expect(JSON.stringify(row)).not.toContain(secret);
    const box = app.app.get(SecretBox);
    expect(JSON.parse(box.decrypt(row.sms_credentials_enc, `messaging_settings.sms_credentials_enc:${owner.workspaceId}`))).toEqual({ apiKey: API_KEY, password: PASSWORD });
    expect(box.decrypt(row.dkim_private_key_enc, `messaging_settings.dkim_private_key_enc:${owner.workspaceId}`)).toContain('BEGIN PRIVATE KEY');
    // Bound to the workspace: the same value does not open as another workspace's.
    expect(() => box.decrypt(row.sms_credentials_enc, `messaging_settings.sms_credentials_enc:${second.workspaceId}`)).toThrow();
    const audit = await ds.query(`SELECT changes::text AS changes FROM audit_log WHERE workspace_id = $1 AND entity = 'messaging_settings'`, [owner.workspaceId]);
    expect(audit.length).toBeGreaterThan(0);
    for (const a of audit) {
      expect(a.changes).not.toContain('v1.');
      expect(a.changes).not.toContain(API_KEY);
    }
  });

  it('fields left out keep their value; null removes one credential; clearing names what the gateway still needs', async () => {
    expect((await update({ smsSender: '+9810004346' })).data!.updateMessagingSettings).toMatchObject({ smsSender: '+9810004346', smsCredentialFields: ['apiKey', 'password'], dkimKeySet: true });
    const cleared = await update({ clearSmsCredentials: true });
    expect(errorCode(cleared)).toBe('BAD_USER_INPUT');
    expect(fields(cleared)).toEqual([
      { field: 'input.smsCredentials.apiKey', message: 'is required: the gateway templates use {{apiKey}}' },
      { field: 'input.smsCredentials.password', message: 'is required: the gateway templates use {{password}}' },
    ]);
    expect((await settings()).smsCredentialFields).toEqual(['apiKey', 'password']);
    const withoutDkim = await update({ clearDkimKey: true, dkimDomain: null, dkimSelector: null });
    expect(withoutDkim.data!.updateMessagingSettings).toMatchObject({ dkimKeySet: false, dkimDomain: null, dkimSelector: null });
  });

  it('validation errors name every field and nothing is written', async () => {
    const before = await settings();
    const res = await update({
      emailFromAddress: 'not-an-email', emailReplyTo: 'x@', smsSender: 'ABC', emailPerSecond: 0, smsPerSecond: 10_001, quietHoursStart: 1440, quietHoursEnd: -1,
      kavenegarUrl: 'ftp://kavenegar',
    });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(fields(res)!.map((f) => f.field).sort()).toEqual(
      ['input.emailFromAddress', 'input.emailPerSecond', 'input.emailReplyTo', 'input.kavenegarUrl', 'input.quietHoursEnd', 'input.quietHoursStart', 'input.smsPerSecond', 'input.smsSender'],
    );
    expect(fields(res)).toContainEqual({ field: 'input.smsSender', message: 'must be the sender line number: 3 to 19 digits, optionally after +' });

    const dkim = await update({ dkimDomain: 'example.ir', dkimPrivateKey: 'not a key' });
    expect(fields(dkim)).toEqual([
      { field: 'input.dkimPrivateKey', message: expect.stringContaining('must be an unencrypted private key in PEM') },
      { field: 'input.dkimSelector', message: 'is required for DKIM signing (dkimDomain, dkimSelector and dkimPrivateKey go together)' },
    ]);
    expect(fields(await update({ dkimDomain: 'example.ir', dkimSelector: 's1', dkimPrivateKey: publicKey }))).toEqual([
      { field: 'input.dkimPrivateKey', message: expect.stringContaining('private key in PEM') },
    ]);
    const ed = generateKeyPairSync('ed25519', { privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });
    expect(fields(await update({ dkimDomain: 'example.ir', dkimSelector: 's1', dkimPrivateKey: ed.privateKey }))).toEqual([
      { field: 'input.dkimPrivateKey', message: 'must be an RSA private key (DKIM signs with rsa-sha256)' },
    ]);

    const gw = await update({ smsGateway: { url: 'ftp://gateway', body: { to: '{{to}}', msg: '{{message}}' }, successValue: 'ok' } });
    expect(fields(gw)).toEqual(expect.arrayContaining([
      { field: 'input.smsGateway.url', message: 'must be an http:// or https:// URL' },
      { field: 'input.smsGateway.body.msg', message: expect.stringContaining('unknown variable {{message}}') },
      { field: 'input.smsGateway.successPath', message: 'is required with successValue' },
      { field: 'input.smsGateway.body', message: 'must use {{text}} (in the body or the URL)' },
    ]));
    expect(fields(await update({ smsProvider: 'KAVENEGAR', smsCredentials: { apiKey: null } }))).toContainEqual({ field: 'input.smsCredentials.apiKey', message: 'is required for KAVENEGAR' });
    expect(await settings()).toEqual(before);
  });

  it('sendTestMessage sends now through the workspace channel and reports the provider’s answer or error', async () => {
    const ok = (await gql(app, TEST, { channel: 'SMS', to: '۰۹۱۲ ۱۱۱ ۰۰۰۱' }, owner.token)).data!.sendTestMessage;
    expect(ok).toEqual({ ok: true, providerMessageId: expect.stringMatching(/^gw-\d+$/), error: null });
    const req = provider.seen.at(-1)!;
    expect(req.path).toBe(`/gw/${API_KEY}/send`);
    expect(req.headers['x-auth']).toBe(PASSWORD);
    expect(req.body).toMatchObject({ to: '+989121110001', from: '+9810004346', text: expect.stringContaining('پیام آزمایشی'), ref: expect.stringMatching(/^[0-9a-f-]{36}$/) });

    const refused = (await gql(app, TEST, { channel: 'SMS', to: '09121110003' }, owner.token)).data!.sendTestMessage;
    expect(refused).toEqual({ ok: false, providerMessageId: null, error: 'http-gateway HTTP 400: {"error":"number is on the operator blacklist"}' });
    const email = (await gql(app, TEST, { channel: 'EMAIL', to: 'me@example.ir' }, owner.token)).data!.sendTestMessage;
    expect(email).toEqual({ ok: false, providerMessageId: null, error: 'not sent: no SMTP server (SMTP_URL) is configured' });
    const bad = await gql(app, TEST, { channel: 'SMS', to: '12' }, owner.token);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.fields![0].field).toBe('to');
  });

  it('through the outbox: the gateway request follows the templates, a 5xx is retried, a 4xx fails at once with the provider’s answer', async () => {
    const good = await sendSms(owner.token, '09121110001');
    const flaky = await sendSms(owner.token, '09121110002');
    const rejected = await sendSms(owner.token, '09121110003');
    expect(await settle(owner.token, good)).toMatchObject({ status: 'SENT', attempts: 1, providerMessageId: expect.stringMatching(/^gw-\d+$/) });
    const req = provider.seen.find((r) => r.body.ref === good)!;
    expect(req.path).toBe(`/gw/${API_KEY}/send`);
    expect(req.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(req.body).toEqual({ to: '+989121110001', text: 'سلام نرگس', from: '+9810004346', ref: good });

    const f = await settle(owner.token, flaky);
    expect(f).toMatchObject({ status: 'SENT', attempts: 2, lastError: 'http-gateway HTTP 503: gateway busy' });
    expect(provider.seen.filter((r) => r.body.ref === flaky)).toHaveLength(2);

    const r = await settle(owner.token, rejected);
    expect(r).toMatchObject({ status: 'FAILED', statusReason: 'rejected', attempts: 1, lastError: 'http-gateway HTTP 400: {"error":"number is on the operator blacklist"}' });
    expect(provider.seen.filter((x) => x.body.ref === rejected)).toHaveLength(1);
  });

  it('Kavenegar per workspace: API key from the encrypted credentials, numeric localid from the message id; a change applies at once', async () => {
    const saved = await update({ smsProvider: 'KAVENEGAR', kavenegarUrl: provider.url, smsSender: '2000500', smsCredentials: { apiKey: 'kv-key-2' } }, second.token);
    expect(saved.data!.updateMessagingSettings).toMatchObject({ smsProvider: 'KAVENEGAR', kavenegarUrl: provider.url, smsCredentialFields: ['apiKey'] });
    const id = await sendSms(second.token, '09121110001');
    expect(await settle(second.token, id)).toMatchObject({ status: 'SENT', providerMessageId: expect.stringMatching(/^\d+$/) });
    const req = provider.seen.find((r) => r.body.localid === numericLocalId(id))!;
    expect(req.path).toBe('/v1/kv-key-2/sms/send.json');
    expect(req.body).toEqual({ receptor: '989121110001', message: 'سلام نرگس', sender: '2000500', localid: numericLocalId(id) });

    await update({ smsProvider: 'NONE' }, second.token);
    const after = await sendSms(second.token, '09121110004');
    expect(await settle(second.token, after)).toMatchObject({ status: 'NOT_SENT', statusReason: 'no transport' });
    // The first workspace's gateway is untouched by the second's change.
    expect(await settle(owner.token, await sendSms(owner.token, '09121110005'))).toMatchObject({ status: 'SENT' });
  });
});
