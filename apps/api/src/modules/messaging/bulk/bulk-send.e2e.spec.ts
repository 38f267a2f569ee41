import { DataSource } from 'typeorm';
import { errorCode, gql, Owner, signUpOwner } from '../../../../test/utils/graphql';
import { startSmtpSink, SmtpSink } from '../../../../test/utils/smtp-sink';
import { startTestApp, TestApp } from '../../../../test/utils/test-app';

const BULK = `mutation($i: SendBulkMessageInput!) { sendBulkMessage(input: $i) { id status queued skipped } }`;
const STATUS = `query($id: ID!) { bulkSend(id: $id) { id status queued skipped error finishedAt } }`;

describe('bulk sends: one personalised message to every matching contact, queued page by page', () => {
  let app: TestApp;
  let smtp: SmtpSink;
  let owner: Owner;
  let ds: DataSource;

  // Generous deadlines (not timings): on a loaded CI machine delivering 2,070 e-mails to the sink took over 30 s.
  const finished = async (id: string) => {
    const end = Date.now() + 60_000;
    for (;;) {
      const res = await gql(app, STATUS, { id }, owner.token);
      if (res.data!.bulkSend.status !== 'RUNNING') return res.data!.bulkSend;
      if (Date.now() > end) throw new Error('bulk send still running');
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const delivered = async (bulkSendId: string, count: number) => {
    const end = Date.now() + 90_000;
    for (;;) {
      const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM messages WHERE bulk_send_id = $1 AND status NOT IN ('QUEUED', 'SENDING')`, [bulkSendId]);
      if (n === count) return;
      if (Date.now() > end) throw new Error(`only ${n} of ${count} messages settled`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  beforeAll(async () => {
    smtp = await startSmtpSink();
    app = await startTestApp({ env: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://crm.example.ir' } });
    ds = app.app.get(DataSource);
    owner = await signUpOwner(app, 'Bulk shop');
    // 2,300 customers (more than one page), every tenth without an email address; 40 VIP-tagged.
    await ds.query(
      `INSERT INTO contacts (workspace_id, first_name, last_name, email, tags, search_text)
       SELECT $1, 'مشتری' || n, 'آزمون', CASE WHEN n % 10 = 0 THEN NULL ELSE 'c' || n || '@example.ir' END,
              CASE WHEN n <= 40 THEN ARRAY['vip'] ELSE ARRAY[]::text[] END, 'مشتری' || n
         FROM generate_series(1, 2300) AS n`,
      [owner.workspaceId],
    );
    await ds.query(`UPDATE messaging_settings SET email_per_second = 2000 WHERE workspace_id = $1`, [owner.workspaceId]);
    await ds.query(`INSERT INTO messaging_settings (workspace_id, email_per_second) VALUES ($1, 2000) ON CONFLICT DO NOTHING`, [owner.workspaceId]);
    const template = await gql(app, `mutation($i: CreateMessageTemplateInput!) { createMessageTemplate(input: $i) { id } }`, {
      i: { key: 'nowruz', name: 'تبریک نوروز', channel: 'EMAIL', language: 'fa', purpose: 'TRANSACTIONAL', subject: 'نوروز مبارک {{contact.firstName}}', body: 'سلام {{contact.fullName}}، کد تخفیف شما {{coupon.code}} است.' },
    }, owner.token);
    expect(template.errors).toBeUndefined();
  });
  afterAll(async () => {
    await app.close();
    await smtp.close();
  });

  it('queues a template for every matching contact (skipping those without an address) and the outbox delivers each once', async () => {
    const started = await gql(app, BULK, { i: { channel: 'EMAIL', templateKey: 'nowruz', params: { 'coupon.code': 'NOWRUZ1405' }, idempotencyKey: 'nowruz-1405' } }, owner.token);
    expect(started.errors).toBeUndefined();
    expect(started.data!.sendBulkMessage).toMatchObject({ status: 'RUNNING' });
    const again = await gql(app, BULK, { i: { channel: 'EMAIL', templateKey: 'nowruz', params: { 'coupon.code': 'NOWRUZ1405' }, idempotencyKey: 'nowruz-1405' } }, owner.token);
    expect(again.data!.sendBulkMessage.id).toBe(started.data!.sendBulkMessage.id);

    const id = started.data!.sendBulkMessage.id;
    expect(await finished(id)).toMatchObject({ status: 'DONE', queued: 2070, skipped: 230, error: null });
    await delivered(id, 2070);
    const [{ sent }] = await ds.query(`SELECT count(*)::int AS sent FROM messages WHERE bulk_send_id = $1 AND status = 'SENT'`, [id]);
    expect(sent).toBe(2070);
    const ids = new Set(smtp.messages.map((m) => m.headers.get('x-peyvand-message-id')));
    expect(ids.size).toBe(2070);
    const one = smtp.messages.find((m) => (m.to as { text: string }).text === 'c7@example.ir')!;
    expect(one.subject).toBe('نوروز مبارک مشتری7');
    expect(one.text).toContain('سلام مشتری7 آزمون، کد تخفیف شما NOWRUZ1405 است.');
    const page = await gql(app, `query($b: ID!) { messages(first: 5, filter: { bulkSendId: $b }) { totalCount } }`, { b: id }, owner.token);
    expect(page.data!.messages.totalCount).toBe(2070);
  });

  it('narrows the audience with the contact filter; marketing goes only to consenting, unsuppressed contacts', async () => {
    const vips: Array<{ id: string; email: string }> = await ds.query(`SELECT id, email FROM contacts WHERE workspace_id = $1 AND 'vip' = ANY(tags) AND email IS NOT NULL ORDER BY email`, [owner.workspaceId]);
    for (const v of vips.slice(0, 5)) {
      await gql(app, `mutation($c: ID!) { setContactConsent(contactId: $c, channel: EMAIL, status: GRANTED, source: "form") { id } }`, { c: v.id }, owner.token);
    }
    const dnc = await gql(app, `mutation($i: AddSuppressionInput!) { addSuppression(input: $i) { id } }`, { i: { channel: 'EMAIL', address: vips[0].email } }, owner.token);
    expect(dnc.errors).toBeUndefined();

    const started = await gql(app, BULK, { i: { channel: 'EMAIL', purpose: 'MARKETING', filter: { tags: ['vip'] }, subject: 'حراج ویژه', body: '{{contact.firstName}} عزیز، حراج شروع شد.' } }, owner.token);
    const id = started.data!.sendBulkMessage.id;
    expect(await finished(id)).toMatchObject({ status: 'DONE', queued: 36, skipped: 4 });
    await delivered(id, 36);
    const byStatus: Array<{ status: string; status_reason: string | null; n: number }> = await ds.query(
      `SELECT status, status_reason, count(*)::int AS n FROM messages WHERE bulk_send_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`, [id]);
    expect(byStatus).toEqual([
      { status: 'SENT', status_reason: null, n: 4 },
      { status: 'SUPPRESSED', status_reason: 'no EMAIL consent', n: 31 },
      { status: 'SUPPRESSED', status_reason: 'on the suppression list: DO_NOT_CONTACT', n: 1 },
    ]);
  });

  it('bad requests are refused before anything is queued', async () => {
    const both = await gql(app, BULK, { i: { channel: 'EMAIL', templateKey: 'nowruz', body: 'x' } }, owner.token);
    expect(both.errors![0].extensions!.fields).toEqual([{ field: 'input.body', message: expect.stringContaining('either a template') }]);
    const missing = await gql(app, BULK, { i: { channel: 'EMAIL', templateKey: 'nowruz' } }, owner.token);
    expect(errorCode(missing)).toBe('BAD_USER_INPUT');
    expect(missing.errors![0].extensions!.fields![0]).toMatchObject({ field: 'input.params', message: expect.stringContaining('coupon.code') });
    const unknown = await gql(app, BULK, { i: { channel: 'SMS', body: 'سلام {{contact.nickname}}' } }, owner.token);
    expect(unknown.errors![0].extensions!.fields![0]).toMatchObject({ field: 'input.body', message: expect.stringContaining('{{contact.nickname}}') });
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM bulk_sends WHERE workspace_id = $1`, [owner.workspaceId]);
    expect(n).toBe(2);
  });
});
