#!/usr/bin/env node
// Orders through the real API (issue 5): 50 concurrent clients each placing orders on a catalog of 10,000 products with
// a seasonal price list, in the two ways the API offers — two steps, createProforma (priced by the catalog's
// PricingService for that customer) then confirmProforma (stock reserved under conditional updates), and one step,
// createProforma with confirm: true (the same work in one request and transaction; the club's checkout) — then, for
// each, the oversell race: 500 concurrent orders for the last 10 units of one product.
//
//   [PGPORT=5433] node bench/sales/run.mjs [--products=10000] [--contacts=10000] [--clients=50] [--duration=30] [--race=500]
//        [--no-build] [--no-docs] [--docs-only] [--keep-db] [--profile=<dir>]   (V8 CPU profile of the API process)
//        [--pool=6] [--processes=1] [--flows=oneStep,twoStep] [--stat-statements]
//        [--api=<main.js>]   (an API built elsewhere, e.g. from a clean export of a commit; implies --no-build)
//
// Writes the section between the sales markers of docs/BENCHMARKS.md (unless --no-docs).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpuMs, freePort, machineInfo, percentile, postgresCpuMs, stop, waitForReady } from '../lib/common.mjs';

/** User and system CPU of a process in ms (Linux /proc): the V8 profile counts time spent preempted, these do not. */
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
function cpuSplitMs(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return [(Number(fields[11]) * 1000) / CLK_TCK, (Number(fields[12]) * 1000) / CLK_TCK];
}

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const args = Object.fromEntries(process.argv.slice(2).map((a) => { const [k, ...v] = a.replace(/^--/, '').split('='); return [k, v.length ? v.join('=') : true]; }));
const PRODUCTS = Number(args.products ?? 10_000);
const CONTACTS = Number(args.contacts ?? 10_000);
const CLIENTS = Number(args.clients ?? 50);
const DURATION = Number(args.duration ?? 30);
const RACE = Number(args.race ?? 500);
const RACE_STOCK = 10;
// The API's connection pool: 6 on 2 cores (20 cost PostgreSQL ≈ 0.7 ms more CPU per order in backends contending for
// the cores, for no more throughput; 4–10 measured alike).
const POOL = Number(args.pool ?? 6);
// API processes (--processes=2: a second, APP_ROLE=api, on its own port; the clients split between them).
const PROCESSES = Number(args.processes ?? 1);
const TARGET = 300;
const PG = { host: '127.0.0.1', port: process.env.PGPORT ?? '5432', user: 'postgres' };
const mainJs = args.api ? resolve(String(args.api)) : join(repo, 'apps/api/dist/apps/api/src/main.js');
const SAVED = join(os.tmpdir(), 'peyvand-bench-sales.json');

const psql = (db, sql) =>
  execFileSync('psql', ['-h', PG.host, '-p', PG.port, '-U', PG.user, '-d', db, '-v', 'ON_ERROR_STOP=1', '-X', '-Atq', '-c', sql]).toString().trim();
const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }) : '–');

// node:http with kept-alive sockets rather than fetch: the load generator shares the 2 cores with what it measures, and
// fetch (WHATWG streams over undici) cost it about twice the CPU per request.
const agent = new http.Agent({ keepAlive: true, maxSockets: 1000 });
function gql(url, token, query, variables) {
  const t0 = performance.now();
  const body = JSON.stringify({ query, variables });
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request({ agent, hostname, port, path: '/graphql', method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        try {
          resolve({ res: JSON.parse(Buffer.concat(chunks).toString('utf8')), ms: performance.now() - t0 });
        } catch (e) {
          reject(e);
        }
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const CREATE = `mutation($input: CreateProformaInput!) { createProforma(input: $input) { id } }`;
const CONFIRM = `mutation($id: ID!) { confirmProforma(id: $id) { id status } }`;
const PLACE = `mutation($input: CreateProformaInput!) { createProforma(input: $input) { id status } }`;
const FLOWS = { twoStep: 'two steps (createProforma + confirmProforma)', oneStep: 'one step (createProforma with confirm: true)' };

/** Places one order for these lines: two requests (create, then confirm) or one (create with confirm). ms: per request. */
async function place(flow, url, token, contactId, lines) {
  if (flow === 'oneStep') {
    const placed = await gql(url, token, PLACE, { input: { contactId, lines, confirm: true } });
    return placed.res.errors ? { ok: false, code: placed.res.errors[0].extensions?.code, ms: [placed.ms] } : { ok: true, ms: [placed.ms] };
  }
  const created = await gql(url, token, CREATE, { input: { contactId, lines } });
  if (created.res.errors) return { ok: false, code: created.res.errors[0].extensions?.code, ms: [created.ms] };
  const confirmed = await gql(url, token, CONFIRM, { id: created.res.data.createProforma.id });
  if (confirmed.res.errors) return { ok: false, code: confirmed.res.errors[0].extensions?.code, ms: [created.ms, confirmed.ms] };
  return { ok: true, ms: [created.ms, confirmed.ms] };
}

/** One order: 1–3 random lines (1–2 units each) for a random customer. */
function order(flow, url, token, products, contacts, rnd) {
  const n = 1 + Math.floor(rnd() * 3);
  const picked = new Set();
  while (picked.size < n) picked.add(products[Math.floor(rnd() * products.length)]);
  const lines = [...picked].map((productId) => ({ productId, quantity: 1 + Math.floor(rnd() * 2) }));
  return place(flow, url, token, contacts[Math.floor(rnd() * contacts.length)], lines);
}

function seeded(seed) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

async function main() {
  const machine = machineInfo((s) => psql('postgres', `SHOW ${s}`));
  if (!args['no-build'] && !args.api) execFileSync('npm', ['run', 'build', '-w', 'apps/api'], { cwd: repo, stdio: 'inherit' });
  if (!existsSync(mainJs)) throw new Error(`${mainJs} is missing; build the API first`);
  const db = `peyvand_bench_sales_${process.pid}`;
  psql('postgres', `CREATE DATABASE ${db}`);
  if (args['log-statements']) psql('postgres', `ALTER DATABASE ${db} SET log_statement = 'all'`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production', APP_ROLE: 'all', HOST: '127.0.0.1', PORT: String(port), PUBLIC_URL: url,
    DATABASE_URL: `postgres://${PG.user}@${PG.host}:${PG.port}/${db}`, DATABASE_POOL_SIZE: String(POOL),
    JWT_SECRET: 'bench-only-secret-0123456789abcdefghijklmnopqrstuvwxyz', ENCRYPTION_KEY: 'bench-only-encryption-key-0123456789abcdefghij',
    ACCESS_TOKEN_TTL_SECONDS: '14400', LOG_LEVEL: 'warn', SERVE_WEB: 'false', SEED_DEMO_ON_EMPTY: 'false', RATE_LIMIT_WORKSPACE_PER_MINUTE: '100000000',
  };
  const profile = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${args.profile}`] : [];
  const api = spawn(process.execPath, [...profile, mainJs], { cwd: repo, env, stdio: ['ignore', 'inherit', 'inherit'] });
  const extra = [];
  for (let i = 1; i < PROCESSES; i++) {
    const p = await freePort();
    extra.push({ url: `http://127.0.0.1:${p}`, proc: spawn(process.execPath, [mainJs], { cwd: repo, env: { ...env, APP_ROLE: 'api', PORT: String(p) }, stdio: ['ignore', 'inherit', 'inherit'] }) });
  }
  const report = { products: PRODUCTS, contacts: CONTACTS, clients: CLIENTS, duration: DURATION, race: RACE, pool: POOL, processes: PROCESSES };
  try {
    await waitForReady(url, api);
    for (const e of extra) await waitForReady(e.url, e.proc);
    const urls = [url, ...extra.map((e) => e.url)];
    const pids = [api.pid, ...extra.map((e) => e.proc.pid)];
    const apiCpu = () => pids.reduce((a, pid) => a + cpuMs(pid), 0);
    const apiSplit = () => pids.map(cpuSplitMs).reduce(([u, s], [u2, s2]) => [u + u2, s + s2]);
    const signUp = await gql(url, null, 'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }', {
      input: { email: 'owner@bench.example', fullName: 'مدیر فروش', password: 'Bench-Passw0rd-2024!', workspaceName: 'Bench Sales' },
    });
    const token = signUp.res.data.signUp.accessToken;
    const ws = psql(db, `SELECT id FROM workspaces LIMIT 1`);
    const member = psql(db, `SELECT id FROM workspace_members LIMIT 1`);
    const wh = await gql(url, token, `mutation { createWarehouse(input: { code: "MAIN", name: "انبار مرکزی", isDefault: true }) { id } }`);
    const warehouse = wh.res.data.createWarehouse.id;
    console.log(`loading ${fmt(PRODUCTS)} products with stock, ${fmt(CONTACTS)} contacts, a seasonal price list …`);
    psql(db, `
      INSERT INTO products (workspace_id, sku, name_fa, name_en, base_price, tax_rate_bp, search_text)
      SELECT '${ws}', 'SKU-' || n, 'کالای شماره ' || n, 'Product ' || n, (50 + n % 950) * 10000, CASE WHEN n % 4 = 0 THEN 0 ELSE 1000 END, 'کالای شماره ' || n || ' sku-' || n
        FROM generate_series(1, ${PRODUCTS}) AS n;
      INSERT INTO products (workspace_id, sku, name_fa, base_price, search_text) VALUES ('${ws}', 'RACE-TWOSTEP', 'آخرین سبد یلدا', 9000000, 'race'),
                                                                                    ('${ws}', 'RACE-ONESTEP', 'آخرین جعبه یلدا', 9000000, 'race');
      INSERT INTO stock_movements (workspace_id, warehouse_id, product_id, kind, quantity, delta_on_hand, delta_reserved, reason, actor_member_id)
      SELECT '${ws}', '${warehouse}', id, 'RECEIPT', CASE WHEN sku LIKE 'RACE-%' THEN ${RACE_STOCK} ELSE 500 END, CASE WHEN sku LIKE 'RACE-%' THEN ${RACE_STOCK} ELSE 500 END, 0, 'opening stock', '${member}'
        FROM products;
      INSERT INTO stock_levels (workspace_id, warehouse_id, product_id, on_hand)
      SELECT workspace_id, warehouse_id, product_id, delta_on_hand FROM stock_movements;
      INSERT INTO product_availability (workspace_id, product_id, on_hand)
      SELECT workspace_id, product_id, delta_on_hand FROM stock_movements;
      INSERT INTO contacts (workspace_id, first_name, last_name, search_text)
      SELECT '${ws}', 'مشتری ' || n, 'آزمون', 'c' || n FROM generate_series(1, ${CONTACTS}) AS n;
      INSERT INTO price_lists (workspace_id, name, kind, priority) VALUES ('${ws}', 'حراج یلدا', 'ALL', 1);
      INSERT INTO price_list_items (workspace_id, price_list_id, product_id, discount_bp)
      SELECT '${ws}', (SELECT id FROM price_lists LIMIT 1), id, 1500 FROM products WHERE sku ~ '^SKU-[0-9]*[05]$';`);
    psql(db, 'VACUUM ANALYZE');
    const products = psql(db, `SELECT id FROM products WHERE sku NOT LIKE 'RACE-%'`).split('\n');
    const contacts = psql(db, `SELECT id FROM contacts`).split('\n');
    report.flows = {};
    for (const flow of args.flows ? String(args.flows).split(',') : Object.keys(FLOWS)) {
      // Warm-up (JIT, plans, pools), then the measured run.
      const warm = seeded(7);
      await Promise.all(Array.from({ length: 10 }, async () => { for (let i = 0; i < 20; i++) await order(flow, url, token, products, contacts, warm); }));
      console.log(`${FLOWS[flow]}: ${CLIENTS} clients for ${DURATION} s …`);
      if (args['stat-statements']) psql('postgres', 'SELECT pg_stat_statements_reset()');
      const apiCpu0 = apiCpu(), pgCpu0 = postgresCpuMs(), split0 = apiSplit(), bench0 = process.cpuUsage();
      const end = Date.now() + DURATION * 1000;
      const orderMs = [], firstMs = [], secondMs = [];
      let confirmed = 0, failed = 0;
      const failures = {};
      const t0 = Date.now();
      await Promise.all(Array.from({ length: CLIENTS }, async (_, c) => {
        const rnd = seeded(1000 + c);
        while (Date.now() < end) {
          const r = await order(flow, urls[c % urls.length], token, products, contacts, rnd);
          if (r.ok) {
            confirmed++;
            orderMs.push(r.ms.reduce((a, b) => a + b, 0));
            firstMs.push(r.ms[0]);
            if (r.ms[1] !== undefined) secondMs.push(r.ms[1]);
          } else {
            failed++;
            failures[r.code ?? 'unknown'] = (failures[r.code ?? 'unknown'] ?? 0) + 1;
          }
        }
      }));
      const elapsed = (Date.now() - t0) / 1000;
      const bench = process.cpuUsage(bench0);
      if (args['stat-statements']) {
        // Needs pg_stat_statements preloaded (e.g. a second cluster: PGPORT=5433); nested statements need track = all.
        const top = psql('postgres', `SELECT round(total_exec_time::numeric / ${confirmed}, 3) || ' ms/order | ' || round(calls::numeric / ${confirmed}, 2) || ' calls/order | ' ||
                                             round(mean_exec_time::numeric, 3) || ' ms | plans ' || round(plans::numeric / ${confirmed}, 2) || '/order ' || round(total_plan_time::numeric / ${confirmed}, 3) || ' ms/order | ' || regexp_replace(left(query, 160), '\\s+', ' ', 'g')
                                        FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = '${db}') ORDER BY total_exec_time DESC LIMIT 40`);
        writeFileSync(join(os.tmpdir(), `peyvand-bench-sales-statements-${flow}.txt`), top + '\n');
        console.log(top);
      }
      const sorted = (xs) => [...xs].sort((a, b) => a - b);
      const m = {
        confirmed, failed, failures, elapsed, perSecond: confirmed / elapsed,
        orderP50: percentile(sorted(orderMs), 50), orderP95: percentile(sorted(orderMs), 95),
        createP95: percentile(sorted(firstMs), 95), confirmP95: secondMs.length ? percentile(sorted(secondMs), 95) : null,
        apiCpuPerOrder: (apiCpu() - apiCpu0) / confirmed, pgCpuPerOrder: (postgresCpuMs() - pgCpu0) / confirmed,
        apiUserSysPerOrder: apiSplit().map((v, i) => (v - split0[i]) / confirmed),
        benchCpuPerOrder: (bench.user + bench.system) / 1000 / confirmed,
      };

      console.log(`${FLOWS[flow]}: oversell race, ${RACE} concurrent orders for the last ${RACE_STOCK} units …`);
      const raceProduct = psql(db, `SELECT id FROM products WHERE sku = 'RACE-${flow.toUpperCase()}'`);
      const raceResults = await Promise.all(Array.from({ length: RACE }, async (_, i) => {
        const r = await place(flow, url, token, contacts[i % contacts.length], [{ productId: raceProduct, quantity: 1 }]);
        return { code: r.ok ? 'OK' : r.code, ms: r.ms.reduce((a, b) => a + b, 0) };
      }));
      const codes = {};
      for (const r of raceResults) codes[r.code ?? 'unknown'] = (codes[r.code ?? 'unknown'] ?? 0) + 1;
      const [onHand, reserved] = psql(db, `SELECT on_hand || '|' || reserved FROM stock_levels WHERE product_id = '${raceProduct}'`).split('|').map(Number);
      Object.assign(m, {
        raceCodes: codes, raceP95: percentile(sorted(raceResults.map((r) => r.ms)), 95), raceOnHand: onHand, raceReserved: reserved,
        raceReservations: Number(psql(db, `SELECT COALESCE(sum(quantity), 0) FROM stock_reservations WHERE product_id = '${raceProduct}'`)),
      });
      report.flows[flow] = m;
    }
    report.loadAfter = os.loadavg().map((l) => l.toFixed(2)).join(' / ');
    report.ledgerMismatches = Number(psql(db, `
      SELECT count(*) FROM stock_levels l
        LEFT JOIN (SELECT warehouse_id, product_id, sum(delta_on_hand) AS on_hand, sum(delta_reserved) AS reserved
                     FROM stock_movements GROUP BY 1, 2) m USING (warehouse_id, product_id)
       WHERE (l.on_hand, l.reserved) IS DISTINCT FROM (COALESCE(m.on_hand, 0)::int, COALESCE(m.reserved, 0)::int)`));
    console.log(JSON.stringify(report, null, 1));
  } finally {
    for (const e of extra) await stop(e.proc);
    await stop(api);
    if (!args['keep-db']) psql('postgres', `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  }
  const saved = { report, machine, date: new Date().toISOString().slice(0, 10) };
  // Only the runs that write the docs are kept for --docs-only (an experiment with --no-docs must not replace them).
  if (args['no-docs']) return;
  writeFileSync(SAVED, JSON.stringify(saved));
  writeDocs(saved);
}

const START = '<!-- bench:sales:start -->';
const END = '<!-- bench:sales:end -->';

function writeDocs({ report: r, machine: m, date }) {
  const ok = (v) => (v ? '✅' : '❌');
  let analysis = '';
  try {
    analysis = readFileSync(join(here, 'analysis.md'), 'utf8').trim();
  } catch {
    /* none yet */
  }
  const flows = Object.keys(FLOWS).filter((f) => r.flows?.[f]);
  const row = (label, cell, target = () => '–') => `| ${label} | ${flows.map((f) => cell(r.flows[f])).join(' | ')} | ${target()} |`;
  const noOversell = (x) => x.raceCodes.OK === RACE_STOCK && x.raceOnHand === RACE_STOCK && x.raceReserved === RACE_STOCK;
  const section = `${START}
## Sales: orders through the API, and the oversell race (issue 5)

Run \`node bench/sales/run.mjs\` (${date}; ${m.cores} cores ${m.model}, ${m.ramGiB} GiB, Node ${m.node}, PostgreSQL ${m.postgres};
load before the run ${m.load}${r.loadAfter ? `, after ${r.loadAfter}` : ''}). ${(r.processes ?? 1) > 1 ? `${r.processes} API processes` : 'One API process'} (\`APP_ROLE=all\`, pool ${r.pool ?? 20}) on the same machine as PostgreSQL and the load
generator. Catalog of ${fmt(r.products)} products (a seasonal price list on a fifth of them, VAT on three quarters),
${fmt(r.contacts)} customers. An order has 1–3 random lines of 1–2 units for a random customer, priced by the catalog for
that customer, confirmed (stock reserved, ledger rows written, timeline entries, events), over HTTP with a staff token,
placed either in two steps (\`createProforma\` + \`confirmProforma\`: a pro-forma drafted, sent, confirmed later) or in one
(\`createProforma\` with \`confirm: true\`: a counter sale, a storefront or club checkout); ${r.clients} clients in closed
loops for ${r.duration} s per flow after a warm-up.

| Measure | ${flows.map((f) => FLOWS[f]).join(' | ')} | Target |
| --- | ${flows.map(() => '---').join(' | ')} | --- |
${row(`Confirmed orders per second (${r.clients} clients)`, (x) => `${fmt(x.perSecond)} (${fmt(x.confirmed)} in ${fmt(x.elapsed, 1)} s; failed: ${x.failed}${x.failed ? ` ${JSON.stringify(x.failures)}` : ''}) ${ok(x.perSecond >= TARGET)}`, () => `≥ ${TARGET}`)}
${row('Order latency p50 / p95', (x) => `${fmt(x.orderP50)} / ${fmt(x.orderP95)} ms`)}
${row('Per request p95 (create / confirm)', (x) => (x.confirmP95 === null ? `${fmt(x.createP95)} ms` : `${fmt(x.createP95)} / ${fmt(x.confirmP95)} ms`))}
${row('CPU per confirmed order: API (user + system) / PostgreSQL / load generator', (x) => `${fmt(x.apiCpuPerOrder, 1)} (${fmt(x.apiUserSysPerOrder[0], 1)} + ${fmt(x.apiUserSysPerOrder[1], 1)}) / ${fmt(x.pgCpuPerOrder, 1)} / ${fmt(x.benchCpuPerOrder, 1)} ms`)}
${row(`Oversell race: ${r.race} concurrent orders for the last ${RACE_STOCK} units`, (x) => `${Object.entries(x.raceCodes).map(([k, v]) => `${k} ${v}`).join(', ')}; on hand ${x.raceOnHand}, reserved ${x.raceReserved}; p95 ${fmt(x.raceP95)} ms ${ok(noOversell(x))}`, () => `exactly ${RACE_STOCK} confirmed, zero oversell`)}

Stock levels differing from their ledger after both runs: ${r.ledgerMismatches} ${ok(r.ledgerMismatches === 0)} (target 0).

${analysis}
${END}`;
  const file = join(repo, 'docs/BENCHMARKS.md');
  const doc = readFileSync(file, 'utf8');
  const s = doc.indexOf(START);
  const e = doc.indexOf(END);
  writeFileSync(file, s >= 0 && e > s ? doc.slice(0, s) + section + doc.slice(e + END.length) : doc.trimEnd() + '\n\n' + section + '\n');
  console.log(`Wrote the sales section of ${file}`);
}

(args['docs-only'] ? Promise.resolve(writeDocs(JSON.parse(readFileSync(SAVED, 'utf8')))) : main()).catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
