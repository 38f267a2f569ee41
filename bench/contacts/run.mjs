#!/usr/bin/env node
// Contacts at scale (issue 3): caller-ID lookup, search, the 360 query and import on a workspace of 1,000,000
// contacts and 10,000,000 timeline items, through the real HTTP API with a staff access token.
//
//   node bench/contacts/run.mjs [--contacts=1000000] [--timeline=<10 × contacts>] [--import-rows=100000]
//        [--duration=15] [--warmup=3] [--connections=1,8] [--no-build] [--no-docs] [--no-import] [--keep-db]
//        [--docs-only]   (re-renders the section from the last run's figures, saved in the temp dir, e.g. after editing analysis.md)
//
// Builds and starts the API on a fresh database (created here, dropped at the end unless --keep-db), signs up
// a workspace, bulk-loads it with SQL (INSERT … SELECT FROM generate_series, as the postgres superuser, triggers
// off for the load session, secondary indexes dropped and rebuilt, then VACUUM ANALYZE), checks that the
// generated search_text matches the app's own contactSearchText, then measures with autocannon on loopback.
// Writes the section between the contacts markers of docs/BENCHMARKS.md (unless --no-docs).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { cpuMs, freePort, machineInfo, percentile, postgresCpuMs, stop, waitForReady } from '../lib/common.mjs';
import { DOMAINS, FEMALE, IMPORT_PREFIXES, LAST, MALE, PLACES, PREFIXES, TAGS, TIMELINE } from './data.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? true];
  }),
);
const N = Number(args.contacts ?? 1_000_000);
const T_TARGET = Number(args.timeline ?? N * 10);
const IMPORT_ROWS = Number(args['import-rows'] ?? 100_000);
const DURATION = Number(args.duration ?? 15);
const WARMUP = Number(args.warmup ?? 3);
const CONNECTIONS = String(args.connections ?? '1,8').split(',').map(Number);
const PG = { host: '127.0.0.1', port: '5432', user: 'postgres' };
const TARGETS = { lookup: 20, search: 100, c360: 50, import: 20_000 };
const started = Date.now();

const require = createRequire(import.meta.url);
const dist = join(repo, 'apps/api/dist');
const mainJs = join(dist, 'apps/api/src/main.js');

// ---------------------------------------------------------------------------------------------- helpers

const psql = (db, sql) =>
  execFileSync('psql', ['-h', PG.host, '-p', PG.port, '-U', PG.user, '-d', db, '-v', 'ON_ERROR_STOP=1', '-X', '-Atq', '-c', sql], {
    stdio: ['ignore', 'pipe', 'pipe'],
    maxBuffer: 256 * 2 ** 20,
  })
    .toString()
    .trim();

/** Runs SQL in its own psql process (so two can run at once on the 2 cores). */
function psqlAsync(db, sql) {
  return new Promise((resolveRun, reject) => {
    const child = spawn('psql', ['-h', PG.host, '-p', PG.port, '-U', PG.user, '-d', db, '-v', 'ON_ERROR_STOP=1', '-X', '-Atq'], {
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => (code === 0 ? resolveRun(out.trim()) : reject(new Error(`psql failed (${code}): ${err}\n${sql.slice(0, 400)}`))));
    child.stdin.end(sql);
  });
}

/** Runs async jobs with at most `width` at a time. */
async function parallel(jobs, width = 2) {
  const queue = [...jobs];
  await Promise.all(Array.from({ length: width }, async () => {
    while (queue.length) await queue.shift()();
  }));
}

const secs = (ms) => (ms / 1000).toFixed(1);
async function timed(label, fn) {
  const t0 = Date.now();
  process.stdout.write(`  ${label} … `);
  const r = await fn();
  const ms = Date.now() - t0;
  console.log(`${secs(ms)} s`);
  return { r, ms };
}


const lit = (s) => `'${String(s).replace(/'/g, "''")}'`;
const arr = (xs) => `ARRAY[${xs.map(lit).join(',')}]::text[]`;
const toPersianDigits = (s) => s.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[d]);
function shuffle(xs, seed = 1) {
  let s = seed;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}

// ---------------------------------------------------------------------------------------------- data generation

const FIRST = [...FEMALE.map(([fa, la]) => [fa, la, 'FEMALE']), ...MALE.map(([fa, la]) => [fa, la, 'MALE'])];
const STAGES = [
  [0.35, 'SUSPECT'], [0.55, 'PROSPECT'], [0.6, 'DISQUALIFIED'], [0.75, 'FIRST_TIME_CUSTOMER'], [0.85, 'REPEAT_CUSTOMER'],
  [0.9, 'CLIENT'], [0.93, 'ADVOCATE'], [0.94, 'PARTNER'], [0.98, 'INACTIVE'], [1.01, 'LOST'],
];
const SOURCES = ['WEB_FORM', 'CLUB', 'PHONE', 'WALK_IN', 'IMPORT', 'REFERRAL', 'CAMPAIGN', 'SOCIAL', 'OTHER'];
const HEAVY_SHARE = 0.005; // contacts with 100–800 timeline items
const K = 10; // timeline time slices (= load chunks)

/** Per-contact timeline count: heavy contacts 100–799 items, the rest 1 + ⌊Exp(m)⌋ with m chosen to hit the target total. */
function timelineMean() {
  const rest = (T_TARGET / N - HEAVY_SHARE * 450) / (1 - HEAVY_SHARE) - 0.5;
  return Math.max(rest, 0.05);
}

function helpersSql(search) {
  // search: Map of Persian name -> searchKey(name), computed by the app's own function.
  const fKey = FIRST.map(([fa]) => search(fa));
  const lKey = LAST.map(([fa]) => search(fa));
  const stageCase = `CASE ${STAGES.map(([p, s]) => `WHEN r < ${p} THEN '${s}'`).join(' ')} END`;
  return `
    DROP SCHEMA IF EXISTS bench CASCADE; CREATE SCHEMA bench;
    -- uniform [0,1) from a hash of (i, salt): deterministic, so ids, phones and counts can be recomputed anywhere
    CREATE FUNCTION bench.u(i bigint, s bigint) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT ((hashint8extended(i, s) >> 11) & 4503599627370495)::float8 / 4503599627370496.0 $$;
    CREATE FUNCTION bench.cid(i bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT md5('c' || i)::uuid $$;
    CREATE FUNCTION bench.nsn(i bigint) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT (${arr(PREFIXES)})[1 + i % ${PREFIXES.length}] || lpad((((i / ${PREFIXES.length}) * 3119 + 4711) % 10000000)::text, 7, '0') $$;
    CREATE FUNCTION bench.stage(r float8) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT ${stageCase} $$;
    CREATE FUNCTION bench.tl_count(i bigint) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
      $$ SELECT CASE WHEN bench.u(i, 20) < ${HEAVY_SHARE} THEN 100 + floor(bench.u(i, 21) * 700)::int
                     ELSE 1 + floor(-ln(1 - bench.u(i, 21)) * ${timelineMean()})::int END $$;
    CREATE TABLE bench.first (idx int PRIMARY KEY, fa text, la text, gender text, key text);
    INSERT INTO bench.first SELECT * FROM unnest(ARRAY[${FIRST.map((_, i) => i).join(',')}]::int[], ${arr(FIRST.map((f) => f[0]))},
      ${arr(FIRST.map((f) => f[1]))}, ${arr(FIRST.map((f) => f[2]))}, ${arr(fKey)});
    CREATE TABLE bench.last (idx int PRIMARY KEY, fa text, la text, key text);
    INSERT INTO bench.last SELECT * FROM unnest(ARRAY[${LAST.map((_, i) => i).join(',')}]::int[], ${arr(LAST.map((f) => f[0]))},
      ${arr(LAST.map((f) => f[1]))}, ${arr(lKey)});`;
}

/** Contacts i in [lo, hi) with their phones, stage history, important dates, relatives and tasks. */
function contactsChunkSql(lo, hi, ws, member) {
  const F = FIRST.length;
  const L = LAST.length;
  return `
    SET session_replication_role = replica; -- no audit or FK triggers for this bulk-load session
    SET synchronous_commit = off;
    BEGIN;
    CREATE TEMP TABLE g ON COMMIT DROP AS
    SELECT i, bench.cid(i) AS id, f.fa AS first_name, l.fa AS last_name, f.gender, f.key AS fkey, l.key AS lkey,
           CASE WHEN bench.u(i, 3) < 0.6 THEN f.la || '.' || l.la || i || '@' || (${arr(DOMAINS)})[1 + floor(bench.u(i, 4) * ${DOMAINS.length})::int] END AS email,
           bench.nsn(i) AS nsn,
           CASE WHEN bench.u(i, 5) < 0.1 THEN '2188' || lpad((i % 1000000)::text, 6, '0') END AS land,
           bench.stage(bench.u(i, 6)) AS stage,
           '2022-03-21T00:00:00Z'::timestamptz + (i::float8 / ${N}) * interval '1000 days' AS created_at
      FROM generate_series(${lo}::bigint, ${hi - 1}::bigint) i
      JOIN bench.first f ON f.idx = floor(power(bench.u(i, 1), 2) * ${F})::int
      JOIN bench.last l ON l.idx = floor(power(bench.u(i, 2), 1.7) * ${L})::int;
    INSERT INTO contacts (id, workspace_id, first_name, last_name, gender, birth_calendar, birth_year, birth_month, birth_day, email, primary_phone,
                          province, city, source, tags, owner_member_id, stage, consents, search_text, order_count, created_at, updated_at)
    SELECT id, '${ws}'::uuid, first_name, last_name, gender,
           CASE WHEN bench.u(i, 10) < 0.3 THEN 'JALALI' END, CASE WHEN bench.u(i, 10) < 0.3 THEN 1340 + floor(bench.u(i, 11) * 45)::int END,
           CASE WHEN bench.u(i, 10) < 0.3 THEN 1 + floor(bench.u(i, 12) * 12)::int END, CASE WHEN bench.u(i, 10) < 0.3 THEN 1 + floor(bench.u(i, 13) * 29)::int END,
           email, '+98' || nsn,
           (${arr(PLACES.map((p) => p[0]))})[1 + floor(power(bench.u(i, 7), 2) * ${PLACES.length})::int],
           (${arr(PLACES.map((p) => p[1]))})[1 + floor(power(bench.u(i, 7), 2) * ${PLACES.length})::int],
           (${arr(SOURCES)})[1 + floor(bench.u(i, 8) * ${SOURCES.length})::int],
           CASE WHEN bench.u(i, 9) < 0.5 THEN '{}'::text[]
                WHEN bench.u(i, 9) < 0.85 THEN ARRAY[(${arr(TAGS)})[1 + floor(bench.u(i, 14) * ${TAGS.length})::int]]
                ELSE ARRAY[(${arr(TAGS)})[1 + floor(bench.u(i, 14) * 5)::int], (${arr(TAGS)})[6 + floor(bench.u(i, 15) * 5)::int]] END,
           CASE WHEN bench.u(i, 16) < 0.5 THEN '${member}'::uuid END,
           stage,
           CASE WHEN bench.u(i, 17) < 0.4 THEN '{"SMS":{"status":"GRANTED","changedAt":"2024-05-01T10:00:00.000Z","source":"club form"}}'::jsonb
                WHEN bench.u(i, 17) < 0.45 THEN '{"SMS":{"status":"WITHDRAWN","changedAt":"2024-08-01T10:00:00.000Z","source":"لغو ۱۱"}}'::jsonb
                ELSE '{}'::jsonb END,
           -- exactly contactSearchText(): searchKey(first + ' ' + last + ' ' + email) + ' ' + every phone as 98… and 0…
           fkey || ' ' || lkey || COALESCE(' ' || replace(replace(email, '.', ' '), '@', ' '), '') || ' ' ||
             '98' || nsn || ' 0' || nsn || COALESCE(' 98' || land || ' 0' || land, ''),
           CASE WHEN stage IN ('FIRST_TIME_CUSTOMER', 'REPEAT_CUSTOMER', 'CLIENT', 'ADVOCATE', 'PARTNER', 'INACTIVE', 'LOST') THEN 1 + floor(bench.u(i, 18) * 9)::int ELSE 0 END,
           created_at, created_at
      FROM g;
    INSERT INTO contact_phones (workspace_id, contact_id, e164, kind, is_primary, created_at)
    SELECT '${ws}'::uuid, id, '+98' || nsn, 'MOBILE', true, created_at FROM g
    UNION ALL SELECT '${ws}'::uuid, id, '+98' || land, 'LANDLINE', false, created_at FROM g WHERE land IS NOT NULL;
    INSERT INTO stage_changes (workspace_id, contact_id, from_stage, to_stage, reason, automatic, changed_by_member_id, changed_at)
    SELECT '${ws}'::uuid, id, NULL, CASE WHEN stage = 'SUSPECT' THEN 'SUSPECT' ELSE 'PROSPECT' END, 'created', false, '${member}'::uuid, created_at FROM g
    UNION ALL
    SELECT '${ws}'::uuid, id, 'PROSPECT', stage, CASE WHEN stage = 'DISQUALIFIED' THEN 'بودجه ندارد' ELSE 'خرید ثبت شد' END,
           stage NOT IN ('DISQUALIFIED', 'PARTNER'), NULL, created_at + interval '20 days' FROM g WHERE stage NOT IN ('SUSPECT', 'PROSPECT');
    INSERT INTO important_dates (workspace_id, contact_id, kind, calendar, year, month, day, reminder_days_before, channel)
    SELECT '${ws}'::uuid, id, 'BIRTHDAY', 'JALALI', 1340 + floor(bench.u(i, 11) * 45)::int, 1 + floor(bench.u(i, 12) * 12)::int, 1 + floor(bench.u(i, 13) * 29)::int, 1, 'SMS'
      FROM g WHERE bench.u(i, 10) < 0.3
    UNION ALL
    SELECT '${ws}'::uuid, id, 'ANNIVERSARY', 'JALALI', 1390 + floor(bench.u(i, 30) * 12)::int, 1 + floor(bench.u(i, 31) * 12)::int, 1 + floor(bench.u(i, 32) * 29)::int, 3, 'SMS'
      FROM g WHERE bench.u(i, 33) < 0.08;
    INSERT INTO related_people (workspace_id, contact_id, relation, name, created_at, updated_at)
    SELECT '${ws}'::uuid, id, 'SPOUSE', (SELECT fa FROM bench.first WHERE idx = floor(bench.u(i, 34) * ${F})::int) || ' ' || last_name, created_at, created_at
      FROM g WHERE bench.u(i, 33) < 0.15
    UNION ALL
    SELECT '${ws}'::uuid, id, 'CHILD', (SELECT fa FROM bench.first WHERE idx = floor(bench.u(i, 35) * ${F})::int) || ' ' || last_name, created_at, created_at
      FROM g WHERE bench.u(i, 36) < 0.08;
    INSERT INTO tasks (workspace_id, kind, title, due_at, assignee_member_id, contact_id, status, created_by_member_id, created_at, updated_at)
    SELECT '${ws}', 'CALL', 'پیگیری پیش‌فاکتور', created_at + interval '30 days', '${member}'::uuid, id,
           CASE WHEN bench.u(i, 38) < 0.6 THEN 'DONE' ELSE 'OPEN' END, '${member}'::uuid, created_at, created_at
      FROM g WHERE bench.u(i, 37) < 0.1;
    COMMIT;`;
}

/** Timeline slice k of K: item j of contact i lands in slice (j - 1 + h_i) mod K, so each contact's items spread over the table. */
function timelineChunkSql(k, ws, member) {
  const kinds = TIMELINE.map((t) => t[0]);
  const dirs = TIMELINE.map((t) => t[1]);
  const sums = TIMELINE.map((t) => t[2]);
  return `
    SET session_replication_role = replica;
    SET synchronous_commit = off;
    INSERT INTO timeline_items (workspace_id, contact_id, kind, direction, occurred_at, summary, data, actor_member_id, created_at)
    SELECT '${ws}'::uuid, bench.cid(i), (${arr(kinds)})[1 + t], (${arr(dirs)})[1 + t], at, (${arr(sums)})[1 + t], '{}'::jsonb,
           CASE WHEN t IN (1, 2, 4, 5, 6) THEN '${member}'::uuid END, at
      FROM generate_series(0::bigint, ${N - 1}::bigint) i,
           LATERAL generate_series(((${k} - floor(bench.u(i, 22) * ${K})::int) % ${K} + ${K}) % ${K} + 1, bench.tl_count(i), ${K}) j,
           LATERAL (SELECT floor(bench.u(i * 1000 + j, 23) * ${TIMELINE.length})::int AS t,
                           '2022-03-21T00:00:00Z'::timestamptz + ((${k} + bench.u(i * 1000 + j, 24)) / ${K}) * interval '1000 days' AS at) x;`;
}

async function generate(db, ws, member, search) {
  const phases = {};
  psql(db, helpersSql(search));
  const tables = ['contacts', 'contact_phones', 'stage_changes', 'important_dates', 'related_people', 'tasks', 'timeline_items'];
  // Secondary indexes (not constraints) are dropped for the load and rebuilt from their own definitions afterwards.
  const indexes = psql(
    db,
    `SELECT i.indexname || E'\\t' || i.indexdef FROM pg_indexes i WHERE i.schemaname = 'public' AND i.tablename IN (${tables.map(lit).join(',')})
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
  )
    .split('\n')
    .filter(Boolean)
    .map((l) => l.split('\t'));
  psql(db, indexes.map(([name]) => `DROP INDEX ${name};`).join('\n'));
  const CHUNKS = Math.max(1, Math.ceil(N / 100_000));
  const size = Math.ceil(N / CHUNKS);
  phases.contacts = (await timed(`contacts (${N.toLocaleString('en-US')}) + phones, stage history, dates, relatives, tasks`, () =>
    parallel(Array.from({ length: CHUNKS }, (_, c) => () => psqlAsync(db, contactsChunkSql(c * size, Math.min(N, (c + 1) * size), ws, member)))),
  )).ms;
  phases.timeline = (await timed(`timeline items (~${T_TARGET.toLocaleString('en-US')})`, () =>
    parallel(Array.from({ length: K }, (_, k) => () => psqlAsync(db, timelineChunkSql(k, ws, member)))),
  )).ms;
  // Largest first so the two sessions finish together.
  const order = ['timeline_contact_idx', 'contacts_search_idx'];
  indexes.sort((a, b) => (order.indexOf(b[0]) + 1 || 0) - (order.indexOf(a[0]) + 1 || 0));
  phases.indexes = (await timed(`${indexes.length} indexes`, () =>
    parallel(indexes.map(([, def]) => () => psqlAsync(db, `SET maintenance_work_mem = '1GB'; ${def};`))),
  )).ms;
  phases.vacuum = (await timed('VACUUM ANALYZE', () =>
    parallel(['timeline_items', 'contacts', 'contact_phones', 'stage_changes', 'important_dates', 'related_people', 'tasks', 'workspace_members', 'users', 'workspaces']
      .map((t) => () => psqlAsync(db, `VACUUM (ANALYZE) ${t};`))),
  )).ms;
  return phases;
}

// ---------------------------------------------------------------------------------------------- import file

/** A CSV of IMPORT_ROWS rows: new people (unused mobile prefixes), ~2% already in the database (by mobile), ~0.5% repeated, ~1% bad. */
function importCsv(existing) {
  const header = ['نام', 'نام خانوادگی', 'موبایل', 'ایمیل', 'استان', 'شهر', 'برچسب‌ها'];
  const lines = [header.join(',')];
  const expect = { bad: 0, existing: 0, repeated: 0 };
  const made = [];
  for (let r = 0; r < IMPORT_ROWS; r++) {
    const h = (salt) => ((Math.imul(r + 1, 2654435761) ^ Math.imul(salt, 40503)) >>> 0) / 2 ** 32;
    const [fa, la] = FIRST[Math.floor(h(1) ** 2 * FIRST.length)];
    const [lfa, lla] = LAST[Math.floor(h(2) ** 1.7 * LAST.length)];
    const prefix = IMPORT_PREFIXES[r % IMPORT_PREFIXES.length];
    let mobile = `0${prefix}${String((Math.floor(r / IMPORT_PREFIXES.length) * 7919 + 1234567) % 10_000_000).padStart(7, '0')}`;
    let first = fa;
    let email = h(3) < 0.5 ? `${la}.${lla}.imp${r}@${DOMAINS[r % DOMAINS.length]}` : '';
    const [province, city] = PLACES[Math.floor(h(4) ** 2 * PLACES.length)];
    let tags = h(5) < 0.5 ? `نمایشگاه-۱۴۰۳${h(6) < 0.3 ? '،vip' : ''}` : '';
    const kind = h(7);
    if (kind < 0.01) {
      expect.bad++;
      if (h(8) < 0.5) mobile = mobile.slice(0, 7); // too short
      else if (h(8) < 0.8) email = `${la}@`; // not an e-mail
      else first = ''; // no name (last name present, so this one imports) -> use a bad mobile too
      if (!first) mobile = '0123';
    } else if (kind < 0.03 && existing.length) {
      expect.existing++;
      const e = existing[r % existing.length];
      mobile = e.phone;
      email = '';
      tags = 'نمایشگاه-۱۴۰۳';
    } else if (kind < 0.035 && made.length) {
      expect.repeated++;
      const m = made[r % made.length];
      lines.push(m.line);
      continue;
    }
    // Mobiles in the usual written forms: 0912…, +98 912 …, Persian digits, 912… without the trunk 0.
    const style = r % 4;
    const written =
      mobile.length !== 11 ? mobile
      : style === 0 ? mobile
      : style === 1 ? `+98 ${mobile.slice(1, 4)} ${mobile.slice(4, 7)} ${mobile.slice(7)}`
      : style === 2 ? toPersianDigits(mobile)
      : mobile.slice(1);
    const line = [first, lfa, written, email, province, city, tags ? `"${tags}"` : ''].join(',');
    lines.push(line);
    if (made.length < 5000 && kind >= 0.035) made.push({ line });
  }
  return { csv: lines.join('\n') + '\n', expect };
}

// ---------------------------------------------------------------------------------------------- load generation

const Q = {
  lookup: 'query($p: String!) { contactByPhone(phone: $p) { id fullName stage primaryPhone } }',
  search: 'query($s: String) { contacts(first: 20, search: $s) { totalCount edges { node { id fullName primaryPhone stage } } } }',
  searchNoCount: 'query($s: String) { contacts(first: 20, search: $s) { edges { node { id fullName primaryPhone stage } } } }',
  c360:
    'query($id: ID!) { contact(id: $id) { id fullName stage email phones { national } owner { fullName } tags consents { channel status } ' +
    'importantDates { kind nextOccurrenceJalali daysUntil } relatedPeople { name relation } stageHistory { to reason changedAt } tasks { title status } ' +
    'timeline(first: 20) { totalCount edges { node { kind summary occurredAt } } } } }',
};

function cannon(opts, kindsOf) {
  return new Promise((resolveRun, reject) => {
    const samples = [];
    const instance = autocannon(opts, (error, result) => (error ? reject(error) : resolveRun({ result, samples })));
    instance.on('response', (client, statusCode, _bytes, responseTime) => {
      const ctx = client.requestIterator?.context ?? {};
      samples.push({ ms: responseTime, kind: ctx.kind ?? '', ok: statusCode === 200 && ctx.ok !== false });
    });
  });
}

/** Loads the API with `bodies` (round-robin, one JSON body per request), WARMUP s then DURATION s measured. */
async function measure(api, bodies, connections, duration = DURATION) {
  let next = Math.floor(Math.random() * bodies.length);
  const request = {
    method: 'POST',
    path: '/graphql',
    setupRequest: (req, context) => {
      const b = bodies[next++ % bodies.length];
      context.kind = b.kind;
      return { ...req, body: b.body };
    },
    onResponse: (status, body, context) => {
      context.ok = status === 200 && !body.includes('"errors"');
      if (!context.ok && !measure.reported) {
        measure.reported = true;
        console.error(`    first failing response: ${status} ${body.slice(0, 300)}`);
      }
    },
  };
  const base = { url: api.url, headers: api.headers, connections, requests: [request], timeout: 60 };
  if (WARMUP) await cannon({ ...base, duration: WARMUP });
  const serverBefore = cpuMs(api.pid);
  const pgBefore = postgresCpuMs();
  const { samples } = await cannon({ ...base, duration });
  const serverCpu = cpuMs(api.pid) - serverBefore;
  const pgCpu = postgresCpuMs() - pgBefore;
  const stats = (list) => {
    const ms = list.filter((s) => s.ok).map((s) => s.ms).sort((a, b) => a - b);
    return { ok: ms.length, failures: list.length - ms.length, rps: ms.length / duration, p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99), max: ms.at(-1) };
  };
  const all = stats(samples);
  const byKind = {};
  for (const kind of [...new Set(samples.map((s) => s.kind))].filter(Boolean)) byKind[kind] = stats(samples.filter((s) => s.kind === kind));
  return { ...all, byKind, serverCpuUsPerReq: all.ok ? (serverCpu * 1000) / all.ok : NaN, pgCpuUsPerReq: all.ok ? (pgCpu * 1000) / all.ok : NaN };
}

async function gql(api, query, variables) {
  const r = await fetch(api.url + '/graphql', { method: 'POST', headers: api.headers, body: JSON.stringify({ query, variables }) });
  const json = await r.json();
  if (json.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(json.errors).slice(0, 400)}`);
  return json.data;
}

// ---------------------------------------------------------------------------------------------- EXPLAIN

/** EXPLAIN (ANALYZE, BUFFERS) of a statement as the app runs it: app role, workspace set, so RLS applies. */
function explain(db, ws, sql) {
  return execFileSync('psql', ['-h', PG.host, '-p', PG.port, '-U', PG.user, '-d', db, '-v', 'ON_ERROR_STOP=1', '-X', '-Atq'], {
    input: `BEGIN;\nSET LOCAL role peyvand_app;\nSET LOCAL app.workspace_id = '${ws}';\nEXPLAIN (ANALYZE, BUFFERS) ${sql};\nROLLBACK;\n`,
    stdio: ['pipe', 'pipe', 'pipe'],
  }).toString();
}
function explainSummary(plan) {
  const lines = plan.split('\n');
  const time = (lines.find((l) => l.startsWith('Execution Time')) ?? '').replace('Execution Time: ', '');
  const nodes = lines
    .filter((l) => /->|^\S.*\(cost/.test(l))
    .map((l) => l.replace(/\s*\(cost=[^)]*\)/, '').replace(/\(actual time=[\d.]+\.\.([\d.]+) rows=(\d+) loops=(\d+)\)/, '[$1 ms, $2 rows×$3]').trim())
    .slice(0, 6);
  return { time, nodes };
}

// ---------------------------------------------------------------------------------------------- main

const rows = [];
const report = { phases: {}, counts: {}, imports: [], explains: [], checks: [] };

function record(scenario, connections, m, target) {
  rows.push({ scenario, connections, target, ...m });
  const f = (n, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : '-');
  console.log(
    `  ${scenario.padEnd(34)} c=${String(connections).padEnd(2)} ${f(m.rps, 0).padStart(6)} req/s  p50 ${f(m.p50)}  p95 ${f(m.p95)}  p99 ${f(m.p99)} ms` +
      `  node ${f(m.serverCpuUsPerReq / 1000, 1)} ms/req  pg ${f(m.pgCpuUsPerReq / 1000, 1)} ms/req` +
      (target ? (m.p95 < target ? `  ✓ <${target}` : `  ✗ target ${target}`) : '') +
      (m.failures ? `  FAILURES ${m.failures}` : ''),
  );
  for (const [kind, s] of Object.entries(m.byKind ?? {})) {
    if (Object.keys(m.byKind).length > 1) console.log(`      ${kind.padEnd(28)} n=${String(s.ok).padEnd(6)} p50 ${f(s.p50)}  p95 ${f(s.p95)}  p99 ${f(s.p99)}  max ${f(s.max)} ms`);
  }
}

async function main() {
  if (!args['no-build']) {
    console.log('Building the API (npm run build -w apps/api) …');
    execFileSync('npm', ['run', 'build', '-w', 'apps/api'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  if (!existsSync(mainJs)) throw new Error(`${mainJs} is missing; build the API first`);
  const { searchKey } = require(join(dist, 'libs/text/src/index.js'));
  const { contactSearchText } = require(join(dist, 'apps/api/src/modules/contacts/contact-values.js'));

  const db = `peyvand_bench_contacts_${process.pid}`;
  psql('postgres', `CREATE DATABASE ${db}`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'production',
    APP_ROLE: 'api',
    HOST: '127.0.0.1',
    PORT: String(port),
    PUBLIC_URL: url,
    DATABASE_URL: `postgres://${PG.user}@${PG.host}:${PG.port}/${db}`,
    JWT_SECRET: 'bench-only-secret-0123456789abcdefghijklmnopqrstuvwxyz',
    ENCRYPTION_KEY: 'bench-only-encryption-key-0123456789abcdefghij',
    ACCESS_TOKEN_TTL_SECONDS: '14400', // the token must outlive data generation
    LOG_LEVEL: 'warn',
    SERVE_WEB: 'false',
    SEED_DEMO_ON_EMPTY: 'false',
    RATE_LIMIT_WORKSPACE_PER_MINUTE: '100000000',
    IMPORT_BODY_LIMIT: '100mb',
  };
  let child = spawn(process.execPath, [mainJs], { cwd: repo, env, stdio: ['ignore', 'inherit', 'inherit'] });
  try {
    await waitForReady(url, child);
    const signUp = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
        variables: { input: { email: 'owner@bench.example', fullName: 'مدیر فروش', password: 'Bench-Passw0rd-2024!', workspaceName: 'Bench Contacts' } },
      }),
    }).then((r) => r.json());
    const token = signUp?.data?.signUp?.accessToken;
    if (!token) throw new Error(`signUp failed: ${JSON.stringify(signUp)}`);
    const [ws, member] = psql(db, `SELECT workspace_id || '|' || id FROM workspace_members LIMIT 1`).split('|');
    const api = { url, pid: child.pid, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } };

    console.log(`Generating data in ${db} (workspace ${ws}) …`);
    const t0 = Date.now();
    report.phases = await generate(db, ws, member, searchKey);
    report.generationMs = Date.now() - t0;
    for (const t of ['contacts', 'contact_phones', 'timeline_items', 'stage_changes', 'important_dates', 'related_people', 'tasks']) {
      report.counts[t] = Number(psql(db, `SELECT reltuples::bigint FROM pg_class WHERE relname = '${t}'`));
    }
    report.counts.contacts = Number(psql(db, 'SELECT count(*) FROM contacts'));
    report.counts.timeline_items = Number(psql(db, 'SELECT count(*) FROM timeline_items'));
    report.tlDist = psql(
      db,
      `SELECT percentile_disc(ARRAY[0.5, 0.9, 0.99]) WITHIN GROUP (ORDER BY n)::text || ' ' || max(n) FROM (SELECT bench.tl_count(i) AS n FROM generate_series(0, ${N - 1}) i) x`,
    );
    report.sizes = psql(db, `SELECT pg_size_pretty(pg_database_size(current_database()))`);
    console.log(`  ${report.counts.contacts.toLocaleString('en-US')} contacts, ${report.counts.timeline_items.toLocaleString('en-US')} timeline items, database ${report.sizes}, ${secs(report.generationMs)} s`);

    // Is the generated search_text what the app would have written?
    const sample = JSON.parse(
      psql(db, `SELECT json_agg(x) FROM (SELECT c.first_name, c.last_name, c.email, c.search_text,
                  (SELECT json_agg(p.e164 ORDER BY p.is_primary DESC) FROM contact_phones p WHERE p.contact_id = c.id) AS phones
                FROM contacts c TABLESAMPLE SYSTEM (${Math.min(100, 300000 / N)}) LIMIT 300) x`),
    );
    const bad = sample.filter((c) => contactSearchText({ firstName: c.first_name, lastName: c.last_name, email: c.email }, c.phones) !== c.search_text);
    if (bad.length) throw new Error(`search_text differs from contactSearchText for ${bad.length}/${sample.length}, e.g. ${JSON.stringify(bad[0])}`);
    report.checks.push(`search_text of ${sample.length} sampled contacts equals the app's contactSearchText()`);

    // ------------------------------------------------------------------ request bodies
    const picks = JSON.parse(
      psql(db, `SELECT json_agg(x) FROM (SELECT id, primary_phone, first_name, last_name, email FROM contacts TABLESAMPLE SYSTEM (${Math.min(100, 2000000 / N)}) ORDER BY random() LIMIT 3000) x`),
    );
    const lookupBodies = picks.map((c, i) => {
      const national = '0' + c.primary_phone.slice(3);
      const forms = [national, c.primary_phone, toPersianDigits(national), `+98 ${national.slice(1, 4)} ${national.slice(4, 7)} ${national.slice(7)}`, `0098${national.slice(1)}`];
      const names = ['0912…', '+98912…', '۰۹۱۲… (Persian digits)', '+98 912 … (spaced)', '0098912…'];
      return { kind: names[i % forms.length], body: JSON.stringify({ query: Q.lookup, variables: { p: forms[i % forms.length] } }), expectId: c.id, p: forms[i % forms.length] };
    });
    const searchTermsList = shuffle(
      picks.flatMap((c, i) => {
        const national = '0' + c.primary_phone.slice(3);
        const out = [];
        const r = i % 8;
        if (r === 0) out.push(['name: last name', c.last_name]);
        else if (r === 1) out.push(['name: first + last', `${c.first_name} ${c.last_name}`]);
        else if (r === 2) out.push(['name: 3–4 letter fragment', c.last_name.slice(0, 3 + (i % 2))]);
        else if (r === 3) out.push(['name: first name', c.first_name]);
        else if (r === 4 || r === 5) out.push(['phone: 7 digits', national.slice(4)]);
        else if (c.email) out.push(['email: full address', c.email]);
        else out.push(['phone: 7 digits', national.slice(1, 8)]);
        return out;
      }),
      7,
    );
    const searchBodies = (query) => searchTermsList.map(([kind, s]) => ({ kind, s, body: JSON.stringify({ query, variables: { s } }) }));
    const ids = picks.map((c) => c.id);
    const heavy = psql(db, `SELECT bench.cid(i) FROM generate_series(0, ${N - 1}) i WHERE bench.u(i, 20) < ${HEAVY_SHARE} LIMIT 500`).split('\n');
    const c360Bodies = (list, kind) => list.map((id) => ({ kind, body: JSON.stringify({ query: Q.c360, variables: { id } }) }));

    // ------------------------------------------------------------------ correctness checks before measuring
    for (const b of lookupBodies.slice(0, 10)) {
      const d = await gql(api, Q.lookup, { p: b.p });
      if (d.contactByPhone?.id !== b.expectId) throw new Error(`contactByPhone(${b.p}) returned ${JSON.stringify(d.contactByPhone)}, expected ${b.expectId}`);
    }
    report.checks.push('contactByPhone finds the right contact for each number form');
    for (const [, s] of searchTermsList.slice(0, 8)) {
      const d = await gql(api, Q.search, { s });
      if (!d.contacts.edges.length) throw new Error(`search "${s}" found nothing`);
    }
    report.checks.push('every search term finds its contact set (non-empty page)');
    const one = await gql(api, Q.c360, { id: heavy[0] });
    if (one.contact.timeline.totalCount < 100 || one.contact.timeline.edges.length !== 20) throw new Error(`360 of a heavy contact: ${JSON.stringify(one.contact.timeline).slice(0, 200)}`);
    report.checks.push(`the 360 query of a heavy contact returns ${one.contact.timeline.totalCount} timeline items (first 20 listed)`);

    // ------------------------------------------------------------------ measurements
    console.log(`Measuring (${WARMUP} s warm-up + ${DURATION} s per row) …`);
    const scenarios = [
      ['caller lookup (contactByPhone)', lookupBodies, TARGETS.lookup],
      ['search with totalCount', searchBodies(Q.search), TARGETS.search],
      ['search without totalCount', searchBodies(Q.searchNoCount), TARGETS.search],
      ['360 query, random contacts', c360Bodies(ids, 'random'), TARGETS.c360],
      ['360 query, heavy contacts (100–800 items)', c360Bodies(heavy, 'heavy'), TARGETS.c360],
    ];
    for (const [name, bodies, target] of scenarios) for (const c of CONNECTIONS) record(name, c, await measure(api, bodies, c), target);
    await new Promise((r) => setTimeout(r, 1500));

    // ------------------------------------------------------------------ EXPLAIN of the SQL the API issues
    const likeOf = (s) => {
      const latin = s.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)));
      const digits = latin.replace(/[\s()+-]/g, '');
      if (/^\d{4,}$/.test(digits)) return [digits];
      return searchKey(s).split(' ').filter(Boolean).slice(0, 5);
    };
    const where = (terms) => `c.deleted_at IS NULL${terms.map((t) => ` AND c.search_text LIKE ${lit(`%${t}%`)}`).join('')}`;
    const examples = [
      ['common name', 'محمدی'],
      ['first + last', 'زهرا احمدی'],
      ['rare name', 'ثابتی'],
      ['7 phone digits', searchTermsList.find(([k]) => k.startsWith('phone'))[1]],
      ['email', searchTermsList.find(([k]) => k.startsWith('email'))[1]],
    ];
    for (const [label, s] of examples) {
      const w = where(likeOf(s));
      const count = explainSummary(explain(db, ws, `SELECT COUNT(1) AS "cnt" FROM "contacts" "c" WHERE ${w}`));
      const page = explainSummary(explain(db, ws, `SELECT c.* FROM contacts c WHERE ${w} ORDER BY c.created_at DESC, c.id DESC LIMIT 21`));
      const matches = Number(psql(db, `SELECT count(*) FROM contacts c WHERE ${w}`));
      report.explains.push({ label, s, matches, count, page });
    }
    const tl = explainSummary(explain(db, ws, `SELECT COUNT(1) AS "cnt" FROM timeline_items t WHERE t.contact_id = ${lit(heavy[0])}`));
    const tlPage = explainSummary(explain(db, ws, `SELECT t.* FROM timeline_items t WHERE t.contact_id = ${lit(heavy[0])} ORDER BY t.occurred_at DESC, t.id DESC LIMIT 21`));
    report.explains.push({ label: 'heavy contact timeline', s: heavy[0], count: tl, page: tlPage });
    const lk = explainSummary(explain(db, ws, `SELECT c.* FROM contacts c INNER JOIN contact_phones p ON p.contact_id = c.id WHERE p.e164 = ${lit(picks[0].primary_phone)} AND c.deleted_at IS NULL ORDER BY p.is_primary DESC, c.updated_at DESC`));
    report.explains.push({ label: 'caller lookup', s: picks[0].primary_phone, page: lk });
    for (const e of report.explains) console.log(`  EXPLAIN ${e.label} (${e.s}${e.matches !== undefined ? `, ${e.matches} matches` : ''}): ${e.count ? `count ${e.count.time}, ` : ''}page ${e.page.time}`);

    // ------------------------------------------------------------------ import
    if (!args['no-import'] && IMPORT_ROWS > 0) {
      const existing = picks.slice(0, 2000).map((c) => ({ phone: '0' + c.primary_phone.slice(3) }));
      const { csv, expect } = importCsv(existing);
      const contentBase64 = Buffer.from(csv, 'utf8').toString('base64');
      const mapping = [
        ['نام', 'firstName'], ['نام خانوادگی', 'lastName'], ['موبایل', 'mobile'], ['ایمیل', 'email'], ['استان', 'province'], ['شهر', 'city'], ['برچسب‌ها', 'tags'],
      ].map(([column, field]) => ({ column, field }));
      const body = JSON.stringify({
        query: 'mutation($input: ImportContactsInput!) { importContacts(input: $input) { totalRows created updated unchanged failed errors { row field message } } }',
        variables: { input: { fileName: 'bench.csv', format: 'CSV', mapping, contentBase64 } },
      });
      report.importFile = { rows: IMPORT_ROWS, csvMiB: csv.length && Buffer.byteLength(csv) / 2 ** 20, bodyMiB: Buffer.byteLength(body) / 2 ** 20, expect };
      console.log(`Importing a ${IMPORT_ROWS.toLocaleString('en-US')}-row CSV (${report.importFile.csvMiB.toFixed(1)} MiB, request ${report.importFile.bodyMiB.toFixed(1)} MiB) …`);
      for (const run of ['first import', 're-import of the same file']) {
        const before = Number(psql(db, 'SELECT count(*) FROM contacts'));
        const serverBefore = cpuMs(child.pid);
        const pgBefore = postgresCpuMs();
        const t = Date.now();
        const r = await fetch(url + '/graphql', { method: 'POST', headers: api.headers, body }).then((x) => x.json());
        const ms = Date.now() - t;
        if (r.errors) throw new Error(`importContacts: ${JSON.stringify(r.errors).slice(0, 500)}`);
        const res = r.data.importContacts;
        const after = Number(psql(db, 'SELECT count(*) FROM contacts'));
        const entry = { run, ms, ...res, errors: res.errors.length, errorSample: res.errors.slice(0, 2), delta: after - before, nodeMs: cpuMs(child.pid) - serverBefore, pgMs: postgresCpuMs() - pgBefore };
        report.imports.push(entry);
        console.log(
          `  ${run.padEnd(28)} ${secs(ms)} s  total ${res.totalRows} created ${res.created} updated ${res.updated} unchanged ${res.unchanged} failed ${res.failed}` +
            `  (contacts +${entry.delta}; node CPU ${secs(entry.nodeMs)} s, pg CPU ${secs(entry.pgMs)} s)${run === 'first import' ? (ms < TARGETS.import ? '  ✓ <20 s' : '  ✗ target 20 s') : ''}`,
        );
      }
    }
  } finally {
    await stop(child);
    if (args['keep-db']) console.log(`kept database ${db}`);
    else {
      try {
        psql('postgres', `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
      } catch (error) {
        console.error(`could not drop ${db}: ${error.message}`);
      }
    }
  }
  report.totalMs = Date.now() - started;
  console.log(`Done in ${secs(report.totalMs)} s.`);
  if (!args['no-docs']) writeDocs();
}

// ---------------------------------------------------------------------------------------------- report

function machine() {
  return {
    ...machineInfo((s) => psql('postgres', `SHOW ${s}`)),
    autocannon: JSON.parse(readFileSync(join(here, '..', 'node_modules', 'autocannon', 'package.json'), 'utf8')).version,
  };
}

const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }) : '–');
const START = '<!-- bench:contacts:start -->';
const END = '<!-- bench:contacts:end -->';

function verdict(scenario, target) {
  const rs = rows.filter((r) => r.scenario === scenario);
  return rs.map((r) => `${r.connections} conn: p95 ${fmt(r.p95, 1)} ms ${r.p95 < target ? '✅' : '❌'}`).join(', ');
}

function markdownSection(m, date) {
  const table = [
    '| Operation | Conns | req/s | p50 ms | p95 ms | p99 ms | Target p95 | Met | Node CPU ms/req | PG CPU ms/req | Failures |',
    '|---|---:|---:|---:|---:|---:|---:|:-:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.scenario} | ${r.connections} | ${fmt(r.rps, r.rps < 10 ? 1 : 0)} | ${fmt(r.p50, 1)} | ${fmt(r.p95, 1)} | ${fmt(r.p99, 1)} | < ${r.target} | ${r.p95 < r.target ? '✅' : '❌'} | ` +
        `${fmt(r.serverCpuUsPerReq / 1000, 1)} | ${r.pgCpuUsPerReq < 0 ? '–' : fmt(r.pgCpuUsPerReq / 1000, 1)} | ${r.failures} |`,
    ),
  ].join('\n');
  const kinds = [
    '| Operation | Conns | Kind of request | n | p50 ms | p95 ms | p99 ms | max ms |',
    '|---|---:|---|---:|---:|---:|---:|---:|',
    ...rows
      .filter((r) => Object.keys(r.byKind).length > 1)
      .flatMap((r) =>
        Object.entries(r.byKind)
          .sort()
          .map(([k, s]) => `| ${r.scenario} | ${r.connections} | ${k} | ${fmt(s.ok)} | ${fmt(s.p50, 1)} | ${fmt(s.p95, 1)} | ${fmt(s.p99, 1)} | ${fmt(s.max, 1)} |`),
      ),
  ].join('\n');
  const imports = report.imports.length
    ? [
        '| Run | Wall time | Target | rows | created | updated | unchanged | failed | Node CPU s | PG CPU s |',
        '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
        ...report.imports.map(
          (i) =>
            `| ${i.run} | ${secs(i.ms)} s | ${i.run === 'first import' ? `< 20 s ${i.ms < TARGETS.import ? '✅' : '❌'}` : 'changes nothing ' + (i.created === 0 && i.updated === 0 ? '✅' : '❌')} | ` +
            `${fmt(i.totalRows)} | ${fmt(i.created)} | ${fmt(i.updated)} | ${fmt(i.unchanged)} | ${fmt(i.failed)} | ${secs(i.nodeMs)} | ${secs(i.pgMs)} |`,
        ),
      ].join('\n')
    : '_(import not run)_';
  const explains = [
    '| SQL (as the API issues it, RLS on) | Term | Matching rows | `COUNT(1)` (totalCount) | page (`ORDER BY created_at DESC, id DESC LIMIT 21`) | Page plan (top nodes) |',
    '|---|---|---:|---:|---:|---|',
    ...report.explains.map(
      (e) =>
        `| ${e.label} | \`${e.s}\` | ${e.matches === undefined ? '' : fmt(e.matches)} | ${e.count ? e.count.time : ''} | ${e.page.time} | ${e.page.nodes.slice(0, 3).map((n) => n.replace(/\|/g, '\\|')).join(' ← ')} |`,
    ),
  ].join('\n');
  const p = report.phases;
  const [tl50, tl90, tl99, tlMax] = (report.tlDist ?? '').replace(/[{}]/g, '').split(/[ ,]/);
  return `${START}
## Contacts at scale: caller lookup, search, 360 and import (1M contacts, 10M timeline items)

Issue 3's benchmark (a benchmark, not a timed test): one workspace with ${fmt(report.counts.contacts)} contacts and
${fmt(report.counts.timeline_items)} timeline items, three read operations through the real HTTP API (GraphQL, staff access
token, JWT auth, RLS-scoped transactions) and the CSV import mutation.

- **Machine:** ${m.cores} cores, ${m.model}, ${m.ramGiB} GiB RAM, Linux ${m.kernel}; Node ${m.node}; PostgreSQL ${m.postgres} on the same machine
  (stock settings: ${m.pgConf}); load average at start of report ${m.load}. API, PostgreSQL and the load generator share the 2 cores.
- **Date:** ${date}; whole run ${secs(report.totalMs)} s.
- **Reproduce:** \`node bench/contacts/run.mjs\` (first \`npm install --prefix bench\`; PostgreSQL on 127.0.0.1:5432, user postgres, trust auth).
  Options: \`--contacts=${N}\`, \`--timeline=${T_TARGET}\`, \`--import-rows=${IMPORT_ROWS}\`, \`--duration=${DURATION}\`, \`--warmup=${WARMUP}\`,
  \`--connections=${CONNECTIONS.join(',')}\`, \`--no-build\`, \`--no-import\`, \`--no-docs\`, \`--keep-db\`. Use e.g. \`--contacts=100000\` to iterate quickly.
- **Data** (generated by SQL \`INSERT … SELECT FROM generate_series\` as the postgres superuser into the signed-up workspace, in
  ${secs(report.generationMs)} s: contacts+related rows ${secs(p.contacts)} s, timeline ${secs(p.timeline)} s, rebuilding the secondary indexes ${secs(p.indexes)} s,
  VACUUM ANALYZE ${secs(p.vacuum)} s; database ${report.sizes}): ${fmt(report.counts.contacts)} contacts with Persian first/last names drawn with a
  popularity skew from ${FIRST.length} first and ${LAST.length} last names, unique mobiles (+98 9xx, ${PREFIXES.length} prefixes), 60% with an e-mail, 10% with a second
  (landline) number — ${fmt(report.counts.contact_phones)} phone rows —, stages, sources, tags, cities, consents, owner on half of them;
  ${fmt(report.counts.stage_changes)} stage changes, ${fmt(report.counts.important_dates)} important dates, ${fmt(report.counts.related_people)} related people,
  ${fmt(report.counts.tasks)} tasks; ${fmt(report.counts.timeline_items)} timeline items, skewed per contact (median ${tl50}, p90 ${tl90}, p99 ${tl99}, max ${tlMax};
  ${HEAVY_SHARE * 100}% of contacts have 100–800), spread over the table in ${K} time slices so a contact's items sit on different pages.
  \`search_text\` is built in SQL exactly as \`contactSearchText()\` does, and checked: ${report.checks.join('; ')}.
  The load session runs with \`session_replication_role = replica\` (no audit/FK triggers for the bulk rows; the triggers stay enabled for
  the API), secondary indexes are dropped before and rebuilt from their migration definitions after the load.
- **Method:** autocannon ${m.autocannon} in this process, loopback, keep-alive, no pipelining; per row ${WARMUP} s warm-up then ${DURATION} s measured, each
  request with different variables (round-robin over ${'3,000'} sampled contacts). A response counts only if it is HTTP 200 without \`errors\`.
  Caller lookup: random existing numbers as \`0912…\`, \`+98912…\`, Persian digits, \`+98 912 … …\` and \`0098…\`. Search: last names, first names,
  “first last”, 3–4 letter name fragments, 7 consecutive phone digits, full e-mail addresses. 360: the brief's full query for random contacts
  and separately for contacts with 100–800 timeline items. “Node/PG CPU ms/req” are the API process's and all PostgreSQL processes' CPU time
  (from /proc) per request served (“–” where PostgreSQL processes that exited during the row, e.g. autovacuum workers, made the sum meaningless).

### Results

${table}

Per kind of request:

${kinds}

### Import (\`importContacts\`, ${fmt(IMPORT_ROWS)}-row CSV into the ${fmt(report.counts.contacts)}-contact workspace)

The file (${report.importFile ? `${report.importFile.csvMiB.toFixed(1)} MiB CSV, ${report.importFile.bodyMiB.toFixed(1)} MiB request with base64` : '–'}, sent with \`IMPORT_BODY_LIMIT=100mb\`)
has Persian names, mobiles in the usual written forms (\`0990…\`, \`+98 990 …\`, Persian digits, \`990…\`), e-mails on half the rows, province,
city and tags; ${report.importFile ? `${fmt(report.importFile.expect.existing)} rows carry the mobile of a contact already in the database (they gain a tag), ${fmt(report.importFile.expect.repeated)} repeat
an earlier row of the file, ${fmt(report.importFile.expect.bad)} are bad (short mobile, broken e-mail, bad number without name)` : ''}.

${imports}

### What the database does (EXPLAIN ANALYZE, BUFFERS; after the load, warm cache)

${explains}

### Analysis

${analysisText()}
${END}`;
}

// Written after looking at the figures and plans above; the figures in it are from the run that produced this section.
const analysisText = () => {
  try {
    return readFileSync(join(here, 'analysis.md'), 'utf8').trim();
  } catch {
    return '_(no bench/contacts/analysis.md)_';
  }
};

const SAVED = join(os.tmpdir(), 'peyvand-bench-contacts.json');

function writeDocs() {
  if (!args['docs-only']) writeFileSync(SAVED, JSON.stringify({ rows, report, machine: machine(), date: new Date().toISOString().slice(0, 10) }));
  const saved = JSON.parse(readFileSync(SAVED, 'utf8'));
  rows.splice(0, rows.length, ...saved.rows);
  Object.assign(report, saved.report);
  const file = join(repo, 'docs/BENCHMARKS.md');
  const doc = readFileSync(file, 'utf8');
  const section = markdownSection(saved.machine, saved.date);
  const s = doc.indexOf(START);
  const e = doc.indexOf(END);
  const next = s >= 0 && e > s ? doc.slice(0, s) + section + doc.slice(e + END.length) : doc.trimEnd() + '\n\n' + section + '\n';
  writeFileSync(file, next);
  console.log(`Wrote the contacts section of ${file}`);
}

(args['docs-only'] ? Promise.resolve(writeDocs()) : main()).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
