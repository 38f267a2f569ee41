import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { gql, Owner, signUpOwner } from '../../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../../test/utils/test-app';
import { MessageDispatcher } from './message-dispatcher';

interface ProviderRequest {
  at: number;
  receptor: string;
  localid?: string;
}

/**
 * A Kavenegar-compatible provider on loopback. Like Kavenegar, a repeated `localid` is not sent again: the first
 * message's id is returned. `delayMs` keeps requests in flight long enough to kill a worker in the middle of them.
 */
async function startProvider(delayMs = 0) {
  const requests: ProviderRequest[] = [];
  const accepted = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const form = Object.fromEntries(new URLSearchParams(raw));
      requests.push({ at: Date.now(), receptor: form.receptor, localid: form.localid });
      setTimeout(() => {
        const key = form.localid ?? `anon-${requests.length}`;
        if (!accepted.has(key)) accepted.set(key, 5_000_000 + accepted.size);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ return: { status: 200, message: 'تایید شد' }, entries: [{ messageid: accepted.get(key), status: 1, receptor: form.receptor }] }));
      }, delayMs);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    accepted,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

const until = async (check: () => Promise<boolean> | boolean, what: string, ms = 30_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

async function createContacts(app: TestApp, owner: Owner, count: number, prefix: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 10) {
    const chunk = Array.from({ length: Math.min(10, count - i) }, (_, j) => i + j);
    const created = await Promise.all(chunk.map((n) =>
      gql(app, `mutation($i: CreateContactInput!) { createContact(input: $i) { id } }`,
        { i: { firstName: `مشتری ${n}`, lastName: 'آزمون', phones: [{ number: `0912${prefix}${String(n).padStart(6, '0')}` }] } }, owner.token),
    ));
    ids.push(...created.map((c) => c.data!.createContact.id as string));
  }
  return ids;
}

const sendSms = (app: TestApp, owner: Owner, contactId: string, purpose = 'TRANSACTIONAL') =>
  gql(app, `mutation($i: SendMessageInput!) { sendMessage(input: $i) { id } }`, { i: { contactId, channel: 'SMS', purpose, body: 'سلام {{contact.firstName}}' } }, owner.token)
    .then((r) => r.data!.sendMessage.id as string);

const SMS_ENV = { SMS_PROVIDER: 'kavenegar', SMS_KAVENEGAR_API_KEY: 'key-1', SMS_SENDER: '10004346', MESSAGING_RETRY_DELAY_SECONDS: '1' };

describe('messaging dispatcher: rate limits, quiet hours', () => {
  let app: TestApp;
  let owner: Owner;
  let provider: Awaited<ReturnType<typeof startProvider>>;
  let ds: DataSource;

  const settings = (values: Record<string, number>) => {
    const cols = Object.keys(values);
    return ds.query(
      `INSERT INTO messaging_settings (workspace_id, ${cols.join(', ')}) VALUES ($1, ${cols.map((_, i) => `$${i + 2}`).join(', ')})
       ON CONFLICT (workspace_id) DO UPDATE SET ${cols.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, updated_at = now()`,
      [owner.workspaceId, ...Object.values(values)],
    );
  };
  const statusOf = async (ids: string[]) =>
    (await ds.query(`SELECT id, status, status_reason, next_attempt_at FROM messages WHERE id = ANY($1::uuid[])`, [ids])) as Array<{ id: string; status: string; status_reason: string | null; next_attempt_at: Date }>;

  beforeAll(async () => {
    provider = await startProvider();
    app = await startTestApp({ env: { ...SMS_ENV, SMS_KAVENEGAR_URL: provider.url } });
    ds = app.app.get(DataSource);
    owner = await signUpOwner(app, 'Rate shop');
  });
  afterAll(async () => {
    await app.close();
    await provider.close();
  });

  it('sends no faster than the workspace’s SMS rate', async () => {
    await settings({ sms_per_second: 4, quiet_hours_start: 0, quiet_hours_end: 0 });
    const contacts = await createContacts(app, owner, 14, '1');
    const ids = await Promise.all(contacts.map((c) => sendSms(app, owner, c)));
    await until(async () => (await statusOf(ids)).every((m) => m.status === 'SENT'), 'all SMS sent');
    const times = provider.requests.filter((r) => r.receptor.startsWith('989121')).map((r) => r.at).sort((a, b) => a - b);
    expect(times).toHaveLength(14);
    // A 4-per-second limit: any 9 consecutive sends span at least two full windows' boundaries, i.e. over a second.
    for (let i = 0; i + 8 < times.length; i++) expect(times[i + 8] - times[i]).toBeGreaterThanOrEqual(1000);
    // 14 sends need four windows: three seconds, less timer granularity and the gap between sending and the gateway recording it.
    expect(times[13] - times[0]).toBeGreaterThanOrEqual(2900);
  });

  it('holds marketing SMS during quiet hours (workspace time zone) until they end; transactional SMS go out at once', async () => {
    const [marketingContact, codeContact] = await createContacts(app, owner, 2, '2');
    await gql(app, `mutation($c: ID!) { setContactConsent(contactId: $c, channel: SMS, status: GRANTED, source: "test") { id } }`, { c: marketingContact }, owner.token);
    const tehranMinute = Math.floor((Date.now() / 60_000 + 210) % 1440);
    const start = (tehranMinute + 1440 - 60) % 1440;
    const end = (tehranMinute + 120) % 1440;
    await settings({ sms_per_second: 50, quiet_hours_start: start, quiet_hours_end: end });

    const marketing = await sendSms(app, owner, marketingContact, 'MARKETING');
    const code = await sendSms(app, owner, codeContact, 'TRANSACTIONAL');
    await until(async () => (await statusOf([code]))[0].status === 'SENT', 'the transactional SMS');
    await until(async () => (await statusOf([marketing]))[0].status_reason === 'quiet hours', 'the marketing SMS to be held');
    const [held] = await statusOf([marketing]);
    expect(held.status).toBe('QUEUED');
    // Held until the end of the quiet hours, about two hours from now.
    const waitMinutes = (new Date(held.next_attempt_at).getTime() - Date.now()) / 60_000;
    expect(waitMinutes).toBeGreaterThan(115);
    expect(waitMinutes).toBeLessThanOrEqual(121);
    expect(provider.requests.some((r) => r.receptor === '989122000000')).toBe(false);

    // The quiet hours end (here: the window is moved away and the held time reached): it is sent.
    await settings({ quiet_hours_start: 0, quiet_hours_end: 0 });
    await ds.query(`UPDATE messages SET next_attempt_at = now() WHERE id = $1`, [marketing]);
    await app.app.get(MessageDispatcher).dispatch(owner.workspaceId);
    expect((await statusOf([marketing]))[0].status).toBe('SENT');
  });
});

const mainJs = resolve(__dirname, '../../../../dist/apps/api/src/main.js');

describe('messaging dispatcher: a worker killed mid-batch', () => {
  let app: TestApp;
  let owner: Owner;
  let provider: Awaited<ReturnType<typeof startProvider>>;
  let ds: DataSource;
  const workers: ChildProcess[] = [];

  const startWorker = () => {
    const child = spawn(process.execPath, [mainJs], {
      env: {
        PATH: process.env.PATH, NODE_ENV: 'test', APP_ROLE: 'worker', DATABASE_URL: app.databaseUrl, PORT: '0', HOST: '127.0.0.1',
        JWT_SECRET: 'test-secret-that-is-long-enough-0123456789', SERVE_WEB: 'false', SEED_DEMO_ON_EMPTY: 'false', LOG_LEVEL: 'error',
        DATABASE_POOL_SIZE: '5', MESSAGING_LEASE_SECONDS: '3', ...SMS_ENV, SMS_KAVENEGAR_URL: provider.url,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    workers.push(child);
    return child;
  };

  beforeAll(async () => {
    if (!existsSync(mainJs)) throw new Error(`${mainJs} is missing: build the API first (npm run build -w apps/api)`);
    provider = await startProvider(80);
    // This process only serves the API; the deliveries happen in worker processes.
    app = await startTestApp({ env: { ...SMS_ENV, SMS_KAVENEGAR_URL: provider.url, APP_ROLE: 'api' } });
    ds = app.app.get(DataSource);
    owner = await signUpOwner(app, 'Crash shop');
    await ds.query(`INSERT INTO messaging_settings (workspace_id, sms_per_second, quiet_hours_start, quiet_hours_end) VALUES ($1, 1000, 0, 0)`, [owner.workspaceId]);
  });
  afterAll(async () => {
    for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
    await app.close();
    await provider.close();
  });

  it('every message reaches the provider exactly once: the dead worker’s claims expire and are resent with the same de-duplication id', async () => {
    const contacts = await createContacts(app, owner, 150, '3');
    const ids = await Promise.all(contacts.map((c) => sendSms(app, owner, c)));

    const first = startWorker();
    await until(() => provider.requests.length >= 40, 'the first worker to be mid-batch');
    first.kill('SIGKILL');
    await new Promise((r) => first.once('exit', r));
    const sentBeforeCrash = Number((await ds.query(`SELECT count(*) FROM messages WHERE id = ANY($1::uuid[]) AND status = 'SENT'`, [ids]))[0].count);
    const stuck = Number((await ds.query(`SELECT count(*) FROM messages WHERE id = ANY($1::uuid[]) AND status = 'SENDING'`, [ids]))[0].count);
    expect(sentBeforeCrash).toBeLessThan(150);
    expect(stuck).toBeGreaterThan(0);

    // The dead worker's leases end in a few seconds: a sweep now finds nothing due yet, and schedules a dispatch for
    // when they end instead of leaving them to the next minute's sweep.
    await ds.query(`UPDATE messages SET next_attempt_at = now() + interval '5 seconds', lease_until = now() + interval '5 seconds' WHERE id = ANY($1::uuid[]) AND status = 'SENDING'`, [ids]);
    await app.app.get(MessageDispatcher).sweep();
    const [scheduled] = await ds.query(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'messaging.dispatch' AND state = 'created' AND singleton_key LIKE $1 AND start_after > now()`,
      [`dispatch-at:${owner.workspaceId}:%`],
    );
    expect(scheduled.n).toBe(1);

    startWorker();
    await until(async () => Number((await ds.query(`SELECT count(*) FROM messages WHERE id = ANY($1::uuid[]) AND status = 'SENT'`, [ids]))[0].count) === 150, 'every message SENT', 60_000);

    // Each message was accepted by the provider exactly once, under its own de-duplication id.
    expect(provider.accepted.size).toBe(150);
    const localIds = new Set(provider.requests.map((r) => r.localid));
    expect(localIds.size).toBe(150);
    // Only claims in flight when the worker died were sent a second time (same id, so not delivered twice).
    const resent = provider.requests.length - 150;
    expect(resent).toBeGreaterThanOrEqual(0);
    expect(resent).toBeLessThanOrEqual(stuck);
    const rows: Array<{ provider_message_id: string; events: string[] }> = await ds.query(
      `SELECT m.provider_message_id, array_agg(e.detail ORDER BY e.id) FILTER (WHERE e.status = 'SENDING') AS events
         FROM messages m LEFT JOIN message_events e ON e.message_id = m.id WHERE m.id = ANY($1::uuid[]) GROUP BY m.id`,
      [ids],
    );
    expect(new Set(rows.map((r) => r.provider_message_id)).size).toBe(150);
    expect(rows.filter((r) => r.events?.length).length).toBe(stuck);
    // One timeline entry per message.
    const timeline = await ds.query(`SELECT count(*)::int AS n FROM timeline_items WHERE workspace_id = $1 AND kind = 'SMS'`, [owner.workspaceId]);
    expect(timeline[0].n).toBe(150);
  }, 120_000);
});
