#!/usr/bin/env node
// Orders through the real API (issue 5): 50 concurrent clients each placing orders — createProforma (priced by the
// catalog's PricingService for that customer) then confirmProforma (stock reserved under conditional updates) — on a
// catalog of 10,000 products with a seasonal price list; then the oversell race: 500 concurrent orders for the last
// 10 units of one product.
//
//   [PGPORT=5433] node bench/sales/run.mjs [--products=10000] [--contacts=10000] [--clients=50] [--duration=30] [--race=500]
//        [--no-build] [--no-docs] [--docs-only] [--keep-db] [--profile=<dir>]   (V8 CPU profile of the API process)
//        [--api=<main.js>]   (an API built elsewhere, e.g. from a clean export of a commit; implies --no-build)
//
// Writes the section between the sales markers of docs/BENCHMARKS.md (unless --no-docs).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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
const args = Object.fromEntries(process.argv.slice(2).map((a) => { const [k, v] = a.replace(/^--/, '').split('='); return [k, v ?? true]; }));
const PRODUCTS = Number(args.products ?? 10_000);
const CONTACTS = Number(args.contacts ?? 10_000);
const CLIENTS = Number(args.clients ?? 50);
const DURATION = Number(args.duration ?? 30);
const RACE = Number(args.race ?? 500);
const RACE_STOCK = 10;
const TARGET = 300;
const PG = { host: '127.0.0.1', port: process.env.PGPORT ?? '5432', user: 'postgres' };
const mainJs = args.api ? resolve(String(args.api)) : join(repo, 'apps/api/dist/apps/api/src/main.js');
const SAVED = join(os.tmpdir(), 'peyvand-bench-sales.json');

const psql = (db, sql) =>
  execFileSync('psql', ['-h', PG.host, '-p', PG.port, '-U', PG.user, '-d', db, '-v', 'ON_ERROR_STOP=1', '-X', '-Atq', '-c', sql]).toString().trim();
const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }) : '–');

async function gql(url, token, query, variables) {
  const t0 = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  }).then((r) => r.json());
  return { res, ms: performance.now() - t0 };
}

const CREATE = `mutation($input: CreateProformaInput!) { createProforma(input: $input) { id } }`;
const CONFIRM = `mutation($id: ID!) { confirmProforma(id: $id) { id status } }`;

/** One order: a pro-forma with 1–3 random lines for a random customer, then its confirmation. */
async function order(url, token, products, contacts, rnd) {
  const n = 1 + Math.floor(rnd() * 3);
  const picked = new Set();
  while (picked.size < n) picked.add(products[Math.floor(rnd() * products.length)]);
  const lines = [...picked].map((productId) => ({ productId, quantity: 1 + Math.floor(rnd() * 2) }));
  const contactId = contacts[Math.floor(rnd() * contacts.length)];
  const created = await gql(url, token, CREATE, { input: { contactId, lines } });
  if (created.res.errors) return { ok: false, code: created.res.errors[0].extensions?.code, ms: [created.ms] };
  const confirmed = await gql(url, token, CONFIRM, { id: created.res.data.createProforma.id });
  if (confirmed.res.errors) return { ok: false, code: confirmed.res.errors[0].extensions?.code, ms: [created.ms, confirmed.ms] };
  return { ok: true, ms: [created.ms, confirmed.ms] };
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
    DATABASE_URL: `postgres://${PG.user}@${PG.host}:${PG.port}/${db}`, DATABASE_POOL_SIZE: '20',
    JWT_SECRET: 'bench-only-secret-0123456789abcdefghijklmnopqrstuvwxyz', ENCRYPTION_KEY: 'bench-only-encryption-key-0123456789abcdefghij',
    ACCESS_TOKEN_TTL_SECONDS: '14400', LOG_LEVEL: 'warn', SERVE_WEB: 'false', SEED_DEMO_ON_EMPTY: 'false', RATE_LIMIT_WORKSPACE_PER_MINUTE: '100000000',
  };
  const profile = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${args.profile}`] : [];
  const api = spawn(process.execPath, [...profile, mainJs], { cwd: repo, env, stdio: ['ignore', 'inherit', 'inherit'] });
  const report = { products: PRODUCTS, contacts: CONTACTS, clients: CLIENTS, duration: DURATION, race: RACE };
  try {
    await waitForReady(url, api);
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
      INSERT INTO products (workspace_id, sku, name_fa, base_price, search_text) VALUES ('${ws}', 'RACE-1', 'آخرین سبد یلدا', 9000000, 'race');
      INSERT INTO stock_movements (workspace_id, warehouse_id, product_id, kind, quantity, delta_on_hand, delta_reserved, reason, actor_member_id)
      SELECT '${ws}', '${warehouse}', id, 'RECEIPT', CASE WHEN sku = 'RACE-1' THEN ${RACE_STOCK} ELSE 500 END, CASE WHEN sku = 'RACE-1' THEN ${RACE_STOCK} ELSE 500 END, 0, 'opening stock', '${member}'
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
    const products = psql(db, `SELECT id FROM products WHERE sku <> 'RACE-1'`).split('\n');
    const contacts = psql(db, `SELECT id FROM contacts`).split('\n');
    const raceProduct = psql(db, `SELECT id FROM products WHERE sku = 'RACE-1'`);

    // Warm-up (JIT, plans, pools), then the measured run.
    const warm = seeded(7);
    await Promise.all(Array.from({ length: 10 }, async () => { for (let i = 0; i < 20; i++) await order(url, token, products, contacts, warm); }));

    console.log(`${CLIENTS} clients for ${DURATION} s …`);
    const apiCpu0 = cpuMs(api.pid), pgCpu0 = postgresCpuMs(), split0 = cpuSplitMs(api.pid);
    const end = Date.now() + DURATION * 1000;
    const orderMs = [], createMs = [], confirmMs = [];
    let confirmed = 0, failed = 0;
    const failures = {};
    const t0 = Date.now();
    await Promise.all(Array.from({ length: CLIENTS }, async (_, c) => {
      const rnd = seeded(1000 + c);
      while (Date.now() < end) {
        const r = await order(url, token, products, contacts, rnd);
        if (r.ok) {
          confirmed++;
          orderMs.push(r.ms[0] + r.ms[1]);
          createMs.push(r.ms[0]);
          confirmMs.push(r.ms[1]);
        } else {
          failed++;
          failures[r.code ?? 'unknown'] = (failures[r.code ?? 'unknown'] ?? 0) + 1;
        }
      }
    }));
    const elapsed = (Date.now() - t0) / 1000;
    const sorted = (xs) => [...xs].sort((a, b) => a - b);
    Object.assign(report, {
      confirmed, failed, failures, elapsed, perSecond: confirmed / elapsed,
      orderP50: percentile(sorted(orderMs), 50), orderP95: percentile(sorted(orderMs), 95),
      createP95: percentile(sorted(createMs), 95), confirmP95: percentile(sorted(confirmMs), 95),
      apiCpuPerOrder: (cpuMs(api.pid) - apiCpu0) / confirmed, pgCpuPerOrder: (postgresCpuMs() - pgCpu0) / confirmed,
      apiUserSysPerOrder: cpuSplitMs(api.pid).map((v, i) => (v - split0[i]) / confirmed),
      loadAfter: os.loadavg().map((l) => l.toFixed(2)).join(' / '),
    });
    const ledgerOk = psql(db, `
      SELECT count(*) FROM stock_levels l
        LEFT JOIN (SELECT warehouse_id, product_id, sum(delta_on_hand) AS on_hand, sum(delta_reserved) AS reserved
                     FROM stock_movements GROUP BY 1, 2) m USING (warehouse_id, product_id)
       WHERE (l.on_hand, l.reserved) IS DISTINCT FROM (COALESCE(m.on_hand, 0)::int, COALESCE(m.reserved, 0)::int)`);
    report.ledgerMismatches = Number(ledgerOk);

    console.log(`oversell race: ${RACE} concurrent orders for the last ${RACE_STOCK} units …`);
    const raceResults = await Promise.all(Array.from({ length: RACE }, async (_, i) => {
      const created = await gql(url, token, CREATE, { input: { contactId: contacts[i % contacts.length], lines: [{ productId: raceProduct, quantity: 1 }] } });
      if (created.res.errors) return { code: created.res.errors[0].extensions?.code, ms: created.ms };
      const c = await gql(url, token, CONFIRM, { id: created.res.data.createProforma.id });
      return { code: c.res.errors ? c.res.errors[0].extensions?.code : 'OK', ms: created.ms + c.ms };
    }));
    const codes = {};
    for (const r of raceResults) codes[r.code ?? 'unknown'] = (codes[r.code ?? 'unknown'] ?? 0) + 1;
    const [onHand, reserved] = psql(db, `SELECT on_hand || '|' || reserved FROM stock_levels WHERE product_id = '${raceProduct}'`).split('|').map(Number);
    Object.assign(report, {
      raceCodes: codes, raceP95: percentile(sorted(raceResults.map((r) => r.ms)), 95), raceOnHand: onHand, raceReserved: reserved,
      raceReservations: Number(psql(db, `SELECT COALESCE(sum(quantity), 0) FROM stock_reservations WHERE product_id = '${raceProduct}'`)),
    });
    console.log(JSON.stringify(report, null, 1));
  } finally {
    await stop(api);
    if (!args['keep-db']) psql('postgres', `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  }
  const saved = { report, machine, date: new Date().toISOString().slice(0, 10) };
  writeFileSync(SAVED, JSON.stringify(saved));
  if (!args['no-docs']) writeDocs(saved);
}

const START = '<!-- bench:sales:start -->';
const END = '<!-- bench:sales:end -->';

function writeDocs({ report: r, machine: m, date }) {
  const ok = (v) => (v ? '✅' : '❌');
  const noOversell = r.raceCodes.OK === RACE_STOCK && r.raceOnHand === RACE_STOCK && r.raceReserved === RACE_STOCK;
  let analysis = '';
  try {
    analysis = readFileSync(join(here, 'analysis.md'), 'utf8').trim();
  } catch {
    /* none yet */
  }
  const section = `${START}
## Sales: orders through the API, and the oversell race (issue 5)

Run \`node bench/sales/run.mjs\` (${date}; ${m.cores} cores ${m.model}, ${m.ramGiB} GiB, Node ${m.node}, PostgreSQL ${m.postgres};
load before the run ${m.load}${r.loadAfter ? `, after ${r.loadAfter}` : ''}). One API process (\`APP_ROLE=all\`, pool 20) on the same machine as PostgreSQL and the load
generator. Catalog of ${fmt(r.products)} products (a seasonal price list on a fifth of them, VAT on three quarters),
${fmt(r.contacts)} customers. An order = \`createProforma\` (1–3 random lines, 1–2 units, priced by the catalog for that
customer) + \`confirmProforma\` (stock reserved, ledger rows written, timeline entries, events), each over HTTP with a
staff token; ${r.clients} clients in closed loops for ${r.duration} s after a warm-up.

| Measure | Result | Target |
| --- | --- | --- |
| Confirmed orders per second (${r.clients} clients) | ${fmt(r.perSecond)} (${fmt(r.confirmed)} in ${fmt(r.elapsed, 1)} s; failed: ${r.failed}${r.failed ? ` ${JSON.stringify(r.failures)}` : ''}) | ≥ ${TARGET} ${ok(r.perSecond >= TARGET)} |
| Order latency (create + confirm) p50 / p95 | ${fmt(r.orderP50)} / ${fmt(r.orderP95)} ms | – |
| createProforma p95 / confirmProforma p95 | ${fmt(r.createP95)} / ${fmt(r.confirmP95)} ms | – |
| CPU per confirmed order: API (user + system) / all PostgreSQL processes on the machine | ${fmt(r.apiCpuPerOrder, 1)}${r.apiUserSysPerOrder ? ` (${fmt(r.apiUserSysPerOrder[0], 1)} + ${fmt(r.apiUserSysPerOrder[1], 1)})` : ''} / ${fmt(r.pgCpuPerOrder, 1)} ms | – |
| Stock levels differing from their ledger after the run | ${r.ledgerMismatches} | 0 ${ok(r.ledgerMismatches === 0)} |
| Oversell race: ${r.race} concurrent orders for the last ${RACE_STOCK} units | ${Object.entries(r.raceCodes).map(([k, v]) => `${k} ${v}`).join(', ')}; on hand ${r.raceOnHand}, reserved ${r.raceReserved}; p95 ${fmt(r.raceP95)} ms | exactly ${RACE_STOCK} confirmed, zero oversell ${ok(noOversell)} |

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
