import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { gql, Owner, signUpOwner } from '../../../../test/utils/graphql';
import { startSmtpSink, SmtpSink } from '../../../../test/utils/smtp-sink';
import { startTestApp, TestApp } from '../../../../test/utils/test-app';
import { EmailChannel } from './email.channel';

const FIELDS = `id status statusReason providerMessageId recipient`;

describe('email channel: per-workspace From, Reply-To and DKIM, stable Message-ID, one-click unsubscribe', () => {
  let app: TestApp;
  let smtp: SmtpSink;
  let shop: Owner;
  let other: Owner;
  let webRoot: string;
  let narges: string;
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048, privateKeyEncoding: { type: 'pkcs1', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' } });

  const send = async (owner: Owner, input: Record<string, unknown>) => {
    const res = await gql(app, `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id } }`, { input }, owner.token);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.sendMessage.id as string;
  };
  const settle = async (owner: Owner, id: string) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const m = (await gql(app, `query($id: ID!) { message(id: $id) { ${FIELDS} } }`, { id }, owner.token)).data!.message;
      if (!['QUEUED', 'SENDING'].includes(m.status)) return m;
      if (Date.now() > deadline) throw new Error(`message ${id} still ${m.status}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const header = (mail: SmtpSink['messages'][number], name: string) => mail.headerLines.find((h) => h.key === name)?.line.replace(/\r?\n\s+/g, ' ');
  const createContact = async (owner: Owner, fields: string) =>
    (await gql(app, `mutation { createContact(input: { ${fields} }) { id } }`, {}, owner.token)).data!.createContact.id as string;
  const consents = async (id: string) =>
    (await gql(app, `query($id: ID!) { contact(id: $id) { consents { channel status source } timeline(kinds: [CONSENT]) { totalCount } } }`, { id }, shop.token)).data!.contact;
  const suppressions = async (owner: Owner) =>
    (await gql(app, `{ suppressions(first: 50) { totalCount edges { node { channel address reason messageId detail } } } }`, {}, owner.token)).data!.suppressions;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    // A built dashboard (SERVE_WEB): its client-side-routing fallback must not swallow /unsubscribe.
    webRoot = mkdtempSync(join(tmpdir(), 'peyvand-web-'));
    mkdirSync(join(webRoot, 'apps', 'dashboard', 'dist'), { recursive: true });
    writeFileSync(join(webRoot, 'apps', 'dashboard', 'dist', 'index.html'), '<!doctype html><title>dashboard spa</title>');
    app = await startTestApp({ serveWeb: true, webRoot, env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://crm.example.ir', MAIL_FROM: 'Peyvand <no-reply@peyvand.local>' } });
    shop = await signUpOwner(app, 'Flower shop');
    other = await signUpOwner(app, 'Other shop');
    const saved = await gql(
      app,
      `mutation($input: UpdateMessagingSettingsInput!) { updateMessagingSettings(input: $input) { emailFrom dkimKeySet } }`,
      { input: { emailFromName: 'گل‌فروشی نرگس', emailFromAddress: 'shop@flowers.example.ir', emailReplyTo: 'help@flowers.example.ir', dkimDomain: 'flowers.example.ir', dkimSelector: 'peyvand', dkimPrivateKey: privateKey } },
      shop.token,
    );
    expect(saved.data!.updateMessagingSettings).toEqual({ emailFrom: 'گل‌فروشی نرگس <shop@flowers.example.ir>', dkimKeySet: true });
    narges = await createContact(shop, `firstName: "نرگس", lastName: "موسوی", email: "Narges@Example.ir"`);
    await gql(app, `mutation($c: ID!) { setContactConsent(contactId: $c, channel: EMAIL, status: GRANTED, source: "form") { id } }`, { c: narges }, shop.token);
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  let marketingId: string;
  let unsubscribePath: string;

  it('marketing mail carries the workspace From/Reply-To, a DKIM signature, our Message-ID and one-click List-Unsubscribe', async () => {
    marketingId = await send(shop, { contactId: narges, channel: 'EMAIL', purpose: 'MARKETING', subject: 'حراج بهاره', body: 'سلام {{contact.firstName}}، تخفیف بهاره شروع شد.' });
    const done = await settle(shop, marketingId);
    expect(done).toMatchObject({ status: 'SENT', providerMessageId: `<${marketingId}@crm.example.ir>` });
    const mail = await smtp.waitFor((m) => m.headers.get('x-peyvand-message-id') === marketingId);
    expect(mail.from!.value).toEqual([{ name: 'گل‌فروشی نرگس', address: 'shop@flowers.example.ir' }]);
    expect(mail.replyTo!.value).toEqual([{ name: '', address: 'help@flowers.example.ir' }]);
    expect(mail.messageId).toBe(`<${marketingId}@crm.example.ir>`);
    const dkim = header(mail, 'dkim-signature')!;
    expect(dkim).toMatch(/d=flowers\.example\.ir;/);
    expect(dkim).toMatch(/s=peyvand;/);
    expect(dkim).toMatch(/a=rsa-sha256;/);
    const unsubscribe = header(mail, 'list-unsubscribe')!;
    const match = /^List-Unsubscribe: <(https:\/\/crm\.example\.ir\/unsubscribe\/[\w-]{66})>, <mailto:help@flowers\.example\.ir\?subject=unsubscribe>$/.exec(unsubscribe);
    expect(match).not.toBeNull();
    unsubscribePath = new URL(match![1]).pathname;
    expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(mail.text).toContain('سلام نرگس، تخفیف بهاره شروع شد.');
  });

  it('a workspace without settings sends from MAIL_FROM, unsigned; transactional mail has no List-Unsubscribe', async () => {
    const contact = await createContact(other, `firstName: "Sara", email: "sara@example.com"`);
    const id = await send(other, { contactId: contact, channel: 'EMAIL', subject: 'Receipt', body: 'Thank you' });
    expect(await settle(other, id)).toMatchObject({ status: 'SENT' });
    const mail = await smtp.waitFor((m) => m.headers.get('x-peyvand-message-id') === id);
    expect(mail.from!.value).toEqual([{ name: 'Peyvand', address: 'no-reply@peyvand.local' }]);
    expect(mail.replyTo).toBeUndefined();
    expect(header(mail, 'dkim-signature')).toBeUndefined();
    expect(header(mail, 'list-unsubscribe')).toBeUndefined();
    expect(mail.messageId).toBe(`<${id}@crm.example.ir>`);
  });

  it('a resend of the same outbox message (after a crash) carries the same Message-ID', async () => {
    const channel = app.app.get(EmailChannel);
    const id = randomUUID();
    const message = { id, purpose: 'TRANSACTIONAL' as const, recipient: 'twice@example.ir', subject: 'once', bodyText: 'x', bodyHtml: null, language: 'fa' as const, contactId: null };
    const first = await channel.send(shop.workspaceId, message);
    const second = await channel.send(shop.workspaceId, message);
    expect(first).toEqual({ sent: true, providerMessageId: `<${id}@crm.example.ir>` });
    expect(second).toEqual(first);
    await smtp.waitFor((m) => m.headers.get('x-peyvand-message-id') === id && smtp.messages.filter((x) => x.headers.get('x-peyvand-message-id') === id).length === 2);
    expect(new Set(smtp.messages.filter((m) => m.headers.get('x-peyvand-message-id') === id).map((m) => m.messageId))).toEqual(new Set([`<${id}@crm.example.ir>`]));
  });

  it('GET on the link shows a Persian confirmation page (even with the dashboard served) and changes nothing', async () => {
    const spa = await request(app.url).get('/contacts/123').set('accept', 'text/html');
    expect(spa.text).toContain('dashboard spa');
    const page = await request(app.url).get(unsubscribePath).set('accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.text).toContain('<html lang="fa" dir="rtl">');
    expect(page.text).toContain('n*****@example.ir');
    expect(page.text).toContain('گل‌فروشی نرگس');
    expect(page.text).toContain('<form method="post"><button type="submit">لغو اشتراک</button></form>');
    expect((await consents(narges)).consents).toContainEqual({ channel: 'EMAIL', status: 'GRANTED', source: 'form' });
    expect((await suppressions(shop)).totalCount).toBe(0);
  });

  it('POST (RFC 8058 one-click) withdraws EMAIL consent and suppresses the address, once however often it is sent', async () => {
    const before = (await consents(narges)).timeline.totalCount;
    for (let i = 0; i < 2; i++) {
      const res = await request(app.url).post(unsubscribePath).type('form').send('List-Unsubscribe=One-Click');
      expect(res.status).toBe(200);
      expect(res.text).toContain('<html lang="fa" dir="rtl">');
      expect(res.text).toContain(i === 0 ? 'لغو شد' : 'پیش از این لغو شده است');
    }
    const after = await consents(narges);
    expect(after.consents).toContainEqual({ channel: 'EMAIL', status: 'WITHDRAWN', source: 'unsubscribe-link' });
    expect(after.timeline.totalCount).toBe(before + 1);
    expect((await suppressions(shop)).edges.map((e: { node: unknown }) => e.node)).toEqual([
      { channel: 'EMAIL', address: 'narges@example.ir', reason: 'UNSUBSCRIBED', messageId: marketingId, detail: 'one-click unsubscribe link' },
    ]);
    const history = (await gql(app, `query($id: ID!) { message(id: $id) { events { status detail } } }`, { id: marketingId }, shop.token)).data!.message.events;
    expect(history.filter((e: { detail: string | null }) => e.detail?.includes('unsubscribed'))).toHaveLength(1);
    expect((await suppressions(other)).totalCount).toBe(0);
    const next = await send(shop, { contactId: narges, channel: 'EMAIL', purpose: 'MARKETING', subject: 'باز هم', body: 'تخفیف' });
    expect(await settle(shop, next)).toMatchObject({ status: 'SUPPRESSED' });
  });

  it('the page follows the message language: English (LTR) for an English message', async () => {
    const contact = await createContact(shop, `firstName: "John", email: "john@example.com"`);
    await gql(app, `mutation($c: ID!) { setContactConsent(contactId: $c, channel: EMAIL, status: GRANTED, source: "form") { id } }`, { c: contact }, shop.token);
    const id = await send(shop, { contactId: contact, channel: 'EMAIL', purpose: 'MARKETING', subject: 'Sale', body: 'Spring sale' });
    await settle(shop, id);
    await app.app.get(DataSource).query(`UPDATE messages SET language = 'en' WHERE id = $1`, [id]);
    const mail = await smtp.waitFor((m) => m.headers.get('x-peyvand-message-id') === id);
    const path = new URL(/<(https:[^>]+)>/.exec(header(mail, 'list-unsubscribe')!)![1]).pathname;
    const page = await request(app.url).get(path);
    expect(page.text).toContain('<html lang="en" dir="ltr">');
    expect(page.text).toContain('Unsubscribe j***@example.com from marketing email');
    const done = await request(app.url).post(path);
    expect(done.status).toBe(200);
    expect(done.text).toContain('is unsubscribed');
  });

  it('an altered, truncated or made-up link is a 400 page in both languages and changes nothing', async () => {
    const token = unsubscribePath.split('/').pop()!;
    const raw = Buffer.from(token, 'base64url');
    raw[20] ^= 1;
    const count = (await suppressions(shop)).totalCount;
    for (const bad of [raw.toString('base64url'), token.slice(0, 40), 'nonsense']) {
      for (const res of [await request(app.url).get(`/unsubscribe/${bad}`).set('accept', 'text/html'), await request(app.url).post(`/unsubscribe/${bad}`)]) {
        expect(res.status).toBe(400);
        expect(res.text).toContain('پیوند نامعتبر است');
        expect(res.text).toContain('This link is not valid');
      }
    }
    expect((await suppressions(shop)).totalCount).toBe(count);
  });
});
