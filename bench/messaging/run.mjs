#!/usr/bin/env node
// Messaging throughput (issue 4): queue 100,000 personalised emails with one bulk send (a saved template,
// rendered per contact) and deliver them over SMTP to a local sink, through the real API and its outbox.
//
//   node bench/messaging/run.mjs [--messages=100000] [--rate=5000] [--no-build] [--no-docs] [--keep-db]
//        [--docs-only]   (re-renders the section from the last run's figures, e.g. after editing analysis.md)
//
// Builds and starts the API (APP_ROLE=all: the API and the delivery worker in one process, as `npm start` runs it)
// on a fresh database, loads the contacts with SQL, then measures: time to queue, delivery rate per second
// (overall and sustained), the API process's resident memory over the run (flat = nothing loads all recipients),
// and the CPU split between the API, PostgreSQL and the SMTP sink (all on the same 2 cores).
// Writes the section between the messaging markers of docs/BENCHMARKS.md (unless --no-docs).
import { execFileSync, fork, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuMs, freePort, machineInfo, percentile, postgresCpuMs, rssMiB, stop, waitForReady } from '../lib/common.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const args = Object.fromEntries(process.argv.slice(2).map((a) => { const [k, v] = a.replace(/^--/, '').split('='); return [k, v ?? true]; }));
const N = Number(args.messages ?? 100_000);
const RATE = Number(args.rate ?? 5000);
const TARGET = 1000;
const PG = { host: '127.0.0.1', port: '5432', user: 'postgres' };
const mainJs = join(repo, 'apps/api/dist/apps/api/src/main.js');

const psql = (db, sql) =>
  execFileSync('psql', ['-h', PG.host, '-p', PG.port, '-U', PG.user, '-d', db, '-v', 'ON_ERROR_STOP=1', '-X', '-Atq', '-c', sql]).toString().trim();
const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }) : '–');

/** The SMTP sink runs in its own process so its CPU is measured apart from the API's. */
function startSink() {
  return new Promise((resolveSink, reject) => {
    const child = fork(join(here, 'smtp-sink.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const stats = { received: 0, distinct: 0 };
    child.on('message', (m) => {
      if (m.port) resolveSink({ child, port: m.port, stats });
      if (m.received !== undefined) Object.assign(stats, m);
    });
    child.once('error', reject);
  });
}

async function gql(url, token, query, variables) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  }).then((r) => r.json());
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

let machine0;

async function main() {
  machine0 = machineInfo((s) => psql('postgres', `SHOW ${s}`));
  if (!args['no-build']) execFileSync('npm', ['run', 'build', '-w', 'apps/api'], { cwd: repo, stdio: 'inherit' });
  if (!existsSync(mainJs)) throw new Error(`${mainJs} is missing; build the API first`);
  const db = `peyvand_bench_messaging_${process.pid}`;
  psql('postgres', `CREATE DATABASE ${db}`);
  const sink = await startSink();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', APP_ROLE: 'all', HOST: '127.0.0.1', PORT: String(port), PUBLIC_URL: url,
    DATABASE_URL: `postgres://${PG.user}@${PG.host}:${PG.port}/${db}`,
    JWT_SECRET: 'bench-only-secret-0123456789abcdefghijklmnopqrstuvwxyz', ENCRYPTION_KEY: 'bench-only-encryption-key-0123456789abcdefghij',
    SMTP_URL: `smtp://127.0.0.1:${sink.port}`, LOG_LEVEL: 'warn', SERVE_WEB: 'false', SEED_DEMO_ON_EMPTY: 'false',
  };
  const api = spawn(process.execPath, [mainJs], { cwd: repo, env, stdio: ['ignore', 'inherit', 'inherit'] });
  const report = { messages: N };
  try {
    await waitForReady(url, api);
    const { signUp } = await gql(url, null, 'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
      input: { email: 'owner@bench.example', fullName: 'مدیر بازاریابی', password: 'Bench-Passw0rd-2024!', workspaceName: 'Bench Messaging' },
    });
    const token = signUp.accessToken;
    const ws = psql(db, `SELECT id FROM workspaces LIMIT 1`);
    console.log(`loading ${fmt(N)} contacts …`);
    psql(db, `
      INSERT INTO contacts (workspace_id, first_name, last_name, email, search_text, consents)
      SELECT '${ws}', (ARRAY['نرگس','علی','مریم','رضا','سارا','حسین','زهرا','محمد'])[1 + n % 8], (ARRAY['موسوی','رضایی','کریمی','احمدی','حسینی'])[1 + n % 5],
             'customer' || n || '@example.ir', 'c' || n, '{"EMAIL": {"status": "GRANTED", "source": "bench", "changedAt": "2026-01-01T00:00:00Z"}}'::jsonb
        FROM generate_series(1, ${N}) AS n;
      INSERT INTO messaging_settings (workspace_id, email_per_second) VALUES ('${ws}', ${RATE});`);
    psql(db, 'VACUUM ANALYZE contacts');
    await gql(url, token, 'mutation ($i: CreateMessageTemplateInput!) { createMessageTemplate(input: $i) { id } }', {
      i: {
        key: 'yalda', name: 'شب یلدا', channel: 'EMAIL', language: 'fa', purpose: 'MARKETING', subject: 'یلدای شما مبارک، {{contact.firstName}}',
        body: 'سلام {{contact.fullName}} عزیز،\n\nبه مناسبت شب یلدا، کد تخفیف {{coupon.code}} تا {{coupon.expiresAt}} برای شما فعال است.\n\nبا سپاس، {{workspace.name}}',
      },
    });

    const apiCpu0 = cpuMs(api.pid), pgCpu0 = postgresCpuMs(), sinkCpu0 = cpuMs(sink.child.pid);
    const rssStart = rssMiB(api.pid);
    const t0 = Date.now();
    const { sendBulkMessage } = await gql(url, token, 'mutation ($i: SendBulkMessageInput!) { sendBulkMessage(input: $i) { id } }', {
      i: { channel: 'EMAIL', templateKey: 'yalda', params: { 'coupon.code': 'YALDA1405', 'coupon.expiresAt': '2026-12-22' } },
    });
    const samples = [];
    let queuedAt = null;
    for (;;) {
      await new Promise((r) => setTimeout(r, 1000));
      const [status, queued] = psql(db, `SELECT status || '|' || queued FROM bulk_sends WHERE id = '${sendBulkMessage.id}'`).split('|');
      const sent = Number(psql(db, `SELECT count(*) FROM messages WHERE status = 'SENT'`));
      samples.push({ t: (Date.now() - t0) / 1000, sent, queued: Number(queued), rss: rssMiB(api.pid), sink: sink.stats.received });
      const last = samples.at(-1);
      process.stdout.write(`\r  t=${last.t.toFixed(0)} s queued=${fmt(last.queued)} sent=${fmt(sent)} rss=${fmt(last.rss)} MiB   `);
      if (status !== 'RUNNING' && queuedAt === null) queuedAt = (Date.now() - t0) / 1000;
      if (sent >= N) break;
      if (Date.now() - t0 > 20 * 60_000) throw new Error('did not finish in 20 minutes');
    }
    console.log();
    const elapsed = (Date.now() - t0) / 1000;
    const rates = samples.slice(1).map((s, i) => (s.sent - samples[i].sent) / (s.t - samples[i].t));
    const steady = rates.slice(2, -1).sort((a, b) => a - b); // without ramp-up and the tail
    const rss = samples.map((s) => s.rss);
    Object.assign(report, {
      queuedSeconds: queuedAt, elapsed, overall: N / elapsed, sustainedMedian: percentile(steady, 50), sustainedP10: percentile(steady, 10),
      rssStart, rssPeak: Math.max(...rss), rssEnd: rss.at(-1), rssAtHalf: samples.find((s) => s.sent >= N / 2)?.rss,
      apiCpu: (cpuMs(api.pid) - apiCpu0) / 1000, pgCpu: (postgresCpuMs() - pgCpu0) / 1000, sinkCpu: (cpuMs(sink.child.pid) - sinkCpu0) / 1000,
      received: sink.stats.received, distinct: sink.stats.distinct,
      timeline: Number(psql(db, `SELECT count(*) FROM timeline_items WHERE kind = 'EMAIL'`)),
      series: samples.filter((_, i) => i % Math.max(1, Math.floor(samples.length / 12)) === 0).map((s) => `${s.t.toFixed(0)} s: ${fmt(s.sent)} sent, ${fmt(s.rss)} MiB`),
    });
    console.log(report);
  } finally {
    await stop(api);
    sink.child.kill();
    if (!args['keep-db']) psql('postgres', `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  }
  const saved = { report, rate: RATE, machine: machine0, date: new Date().toISOString().slice(0, 10) };
  writeFileSync(SAVED, JSON.stringify(saved));
  if (!args['no-docs']) writeDocs(saved);
}

const SAVED = join(os.tmpdir(), 'peyvand-bench-messaging.json');

const START = '<!-- bench:messaging:start -->';
const END = '<!-- bench:messaging:end -->';

function writeDocs({ report: r, rate: RATE, machine: m, date }) {
  const ok = (v) => (v ? '✅' : '❌');
  const section = `${START}
## Messaging: ${fmt(r.messages)} personalised emails through the outbox (issue 4)

Run \`node bench/messaging/run.mjs\` (${date}; ${m.cores} cores ${m.model}, ${m.ramGiB} GiB, Node ${m.node},
PostgreSQL ${m.postgres}; load before the run ${m.load}). One API process with \`APP_ROLE=all\` (API + delivery worker), its
nodemailer SMTP pool (10 connections, the default) to a local SMTP server in another process, PostgreSQL on the same machine. One bulk
send of a saved Persian template (name, coupon code, Jalali date, workspace name per contact) to ${fmt(r.messages)} contacts with
email consent; the workspace's email rate set to ${fmt(RATE)}/s so the machine, not the limiter, is what is measured.

| Measure | Result | Target |
| --- | --- | --- |
| Queue all messages (bulk send: render + insert, page by page) | ${fmt(r.queuedSeconds, 1)} s | – |
| Delivered, start of bulk send → last SENT | ${fmt(r.elapsed, 1)} s (${fmt(r.overall)} msg/s overall) | – |
| Sustained delivery rate (median of 1-s samples, ramp and tail excluded) | ${fmt(r.sustainedMedian)} msg/s (p10 ${fmt(r.sustainedP10)}) | ≥ ${fmt(TARGET)} msg/s ${ok(r.sustainedMedian >= TARGET)} |
| API process resident memory: start / peak / at 50 % sent / end | ${fmt(r.rssStart)} / ${fmt(r.rssPeak)} / ${fmt(r.rssAtHalf)} / ${fmt(r.rssEnd)} MiB | no growth while delivering ${ok(r.rssEnd - r.rssAtHalf < 50)} |
| Received by the SMTP server (distinct Message-IDs) | ${fmt(r.received)} (${fmt(r.distinct)}) | each once ${ok(r.received === r.messages && r.distinct === r.messages)} |
| Timeline entries written (one per email) | ${fmt(r.timeline)} | ${fmt(r.messages)} |
| CPU seconds: API / PostgreSQL / SMTP sink | ${fmt(r.apiCpu, 1)} / ${fmt(r.pgCpu, 1)} / ${fmt(r.sinkCpu, 1)} | – |

Progress: ${r.series.join('; ')}.

${readFileSync(join(here, 'analysis.md'), 'utf8').trim()}
${END}`;
  const file = join(repo, 'docs/BENCHMARKS.md');
  const doc = readFileSync(file, 'utf8');
  const s = doc.indexOf(START);
  const e = doc.indexOf(END);
  writeFileSync(file, s >= 0 && e > s ? doc.slice(0, s) + section + doc.slice(e + END.length) : doc.trimEnd() + '\n\n' + section + '\n');
  console.log(`Wrote the messaging section of ${file}`);
}

(args['docs-only'] ? Promise.resolve(writeDocs(JSON.parse(readFileSync(SAVED, 'utf8')))) : main()).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
