#!/usr/bin/env node
// Express vs Fastify under Nest 11, and what the real Peyvand API costs per request.
//
//   node bench/http-platform/run.mjs [--no-build] [--no-api] [--no-docs] [--duration=8] [--warmup=2] [--connections=1,50]
//
// Each server runs in its own process; autocannon (the load generator) runs in this process, on loopback only.
// Besides req/s and latency it samples the server process's CPU time from /proc, so "server CPU per request"
// stays meaningful when the load generator and PostgreSQL compete with the server for this machine's cores.
// Writes the section between the http-platform markers of docs/BENCHMARKS.md (unless --no-docs).
import { execFileSync, fork, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { cpuMs, freePort, percentile, postgresCpuMs, stop, waitForReady } from '../lib/common.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const args = Object.fromEntries(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k, v ?? true];
  }),
);
const DURATION = Number(args.duration ?? 8);
const WARMUP = Number(args.warmup ?? 2);
const CONNECTIONS = String(args.connections ?? '1,50').split(',').map(Number);
const PG = { host: '127.0.0.1', port: '5432', user: 'postgres' };

const REAL_QUERY = '{ viewer { role workspace { name } } staffMembers(first: 20) { totalCount edges { node { email role } } } }';

// ---------------------------------------------------------------------------------------------- measurement




function cannon(opts) {
  return new Promise((resolveRun, reject) => {
    const latencies = [];
    const instance = autocannon(opts, (error, result) => (error ? reject(error) : resolveRun({ result, latencies })));
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) latencies.push(responseTime);
    });
  });
}

/** Warm up, then load `target` with `connections` for DURATION seconds and measure. */
async function measure(target, connections, pid) {
  const request = { url: target.url, method: target.method, headers: target.headers, body: target.body };
  await cannon({ ...request, connections, duration: WARMUP });
  const serverBefore = cpuMs(pid);
  const pgBefore = target.db ? postgresCpuMs() : 0;
  const { result, latencies } = await cannon({ ...request, connections, duration: DURATION });
  const serverCpu = cpuMs(pid) - serverBefore;
  const pgCpu = target.db ? postgresCpuMs() - pgBefore : 0;
  const ok = latencies.length;
  latencies.sort((a, b) => a - b);
  return {
    ok,
    rps: ok / DURATION,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    failures: result.errors + result.timeouts + result.non2xx,
    serverCpuUsPerReq: ok ? (serverCpu * 1000) / ok : NaN,
    pgCpuUsPerReq: target.db && ok ? (pgCpu * 1000) / ok : undefined,
  };
}

/** Checks one response by hand before loading: a benchmark of errors is worthless. */
async function check(target, expect) {
  const response = await fetch(target.url, { method: target.method, headers: target.headers, body: target.body });
  const text = await response.text();
  if (response.status !== 200 || !expect(text)) throw new Error(`${target.url} answered ${response.status}: ${text.slice(0, 300)}`);
  return text;
}

// ---------------------------------------------------------------------------------------------- servers

function startBenchServer(kind, platform) {
  return new Promise((resolveStart, reject) => {
    const child = fork(join(here, 'server.mjs'), [kind, platform], {
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    child.once('message', (m) => resolveStart({ child, port: m.port }));
    child.once('exit', (code) => reject(new Error(`${kind}/${platform} server exited with ${code}`)));
  });
}



const psql = (db, sql) =>
  execFileSync('psql', ['-h', PG.host, '-p', PG.port, '-U', PG.user, '-d', db, '-v', 'ON_ERROR_STOP=1', '-Atc', sql], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
    .toString()
    .trim();


// ---------------------------------------------------------------------------------------------- scenarios

const rows = [];
let apiInfo;

function record(scenario, platform, connections, m) {
  rows.push({ scenario, platform, connections, ...m });
  const f = (n, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : '-');
  console.log(
    `  ${scenario.padEnd(20)} ${platform.padEnd(8)} c=${String(connections).padEnd(3)} ${f(m.rps, 0).padStart(7)} req/s` +
      `  p50 ${f(m.p50)}  p95 ${f(m.p95)}  p99 ${f(m.p99)} ms  server CPU ${f(m.serverCpuUsPerReq, 0)} µs/req` +
      (m.pgCpuUsPerReq !== undefined ? `  postgres CPU ${f(m.pgCpuUsPerReq, 0)} µs/req` : '') +
      (m.failures ? `  FAILURES ${m.failures}` : ''),
  );
}

async function benchTarget(scenario, kind, platform, label = platform) {
  const { child, port } = await startBenchServer(kind, platform);
  try {
    const target =
      kind === 'graphql'
        ? {
            url: `http://127.0.0.1:${port}/graphql`,
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ hello }' }),
          }
        : { url: `http://127.0.0.1:${port}/hello`, method: 'GET' };
    await check(target, (t) => t.includes('world'));
    for (const c of CONNECTIONS) record(scenario, label, c, await measure(target, c, child.pid));
  } finally {
    await stop(child);
  }
}

async function benchRealApi() {
  const mainJs = join(repo, 'apps/api/dist/apps/api/src/main.js');
  if (!args['no-build']) {
    console.log('Building the API (npm run build -w apps/api) …');
    execFileSync('npm', ['run', 'build', '-w', 'apps/api'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  if (!existsSync(mainJs)) throw new Error(`${mainJs} is missing; build the API first`);

  const db = `peyvand_bench_${process.pid}`;
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
    LOG_LEVEL: 'warn',
    SERVE_WEB: 'false',
    SEED_DEMO_ON_EMPTY: 'false',
    RATE_LIMIT_WORKSPACE_PER_MINUTE: '100000000',
  };
  const child = spawn(process.execPath, [mainJs], { cwd: repo, env, stdio: ['ignore', 'inherit', 'inherit'] });
  try {
    await waitForReady(url, child);
    const signUp = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
        variables: {
          input: { email: 'owner@bench.example', fullName: 'Bench Owner', password: 'Bench-Passw0rd-2024!', workspaceName: 'Bench Workspace' },
        },
      }),
    }).then((r) => r.json());
    const token = signUp?.data?.signUp?.accessToken;
    if (!token) throw new Error(`signUp failed: ${JSON.stringify(signUp)}`);
    const target = {
      url: `${url}/graphql`,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: REAL_QUERY }),
      db: true,
    };
    const sample = await check(target, (t) => t.includes('"totalCount"') && !t.includes('"errors"'));
    apiInfo = { sample };
    for (const c of CONNECTIONS) record('Peyvand API query', 'express', c, await measure(target, c, child.pid));
    // Let requests still in flight when autocannon stopped finish, so shutdown does not cut their DB connections.
    await new Promise((r) => setTimeout(r, 1500));
  } finally {
    await stop(child);
    try {
      psql('postgres', `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    } catch (error) {
      console.error(`could not drop ${db}: ${error.message}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------- report

function machine() {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8');
  const model = (cpu.match(/^model name\s*:\s*(.*)$/m) ?? [])[1] ?? os.cpus()[0]?.model ?? 'unknown';
  let postgres = 'unknown';
  try {
    postgres = psql('postgres', 'SHOW server_version');
  } catch {
    /* down */
  }
  const version = (p) => JSON.parse(readFileSync(join(here, '..', 'node_modules', p, 'package.json'), 'utf8')).version;
  return {
    cores: os.cpus().length,
    model,
    ramGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    postgres,
    kernel: os.release(),
    load: os.loadavg().map((l) => l.toFixed(2)).join(' / '),
    versions: {
      nestCore: version('@nestjs/core'),
      express: version('express'),
      platformFastify: version('@nestjs/platform-fastify'),
      fastify: version('fastify'),
      apollo: version('@apollo/server'),
      autocannon: version('autocannon'),
    },
  };
}

const find = (scenario, platform, c) => rows.find((r) => r.scenario === scenario && r.platform === platform && r.connections === c);
const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }) : '–');

function analysis() {
  const cMax = Math.max(...CONNECTIONS);
  const out = { cMax };
  for (const s of ['REST hello', 'GraphQL { hello }']) {
    const e = find(s, 'express', cMax);
    const f = find(s, 'fastify', cMax);
    if (e && f) out[s] = { ratio: f.rps / e.rps, savedUs: e.serverCpuUsPerReq - f.serverCpuUsPerReq, e, f };
  }
  const api = find('Peyvand API query', 'express', cMax);
  if (api) out.api = api;
  if (api && out['GraphQL { hello }']) {
    const saved = out['GraphQL { hello }'].savedUs;
    out.share = saved / api.serverCpuUsPerReq;
    out.projectedGain = api.serverCpuUsPerReq / (api.serverCpuUsPerReq - saved) - 1;
  }
  return out;
}

function conclusion(a) {
  const lines = [];
  const rest = a['REST hello'];
  const gql = a['GraphQL { hello }'];
  if (rest)
    lines.push(
      `- **Bare HTTP (REST hello, ${a.cMax} connections):** Fastify serves ${fmt(rest.ratio, 2)}× the requests of Express ` +
        `(${fmt(rest.f.rps)} vs ${fmt(rest.e.rps)} req/s); the platform costs Express about ${fmt(rest.savedUs)} µs more server CPU per request.`,
    );
  if (gql)
    lines.push(
      `- **Through Apollo (GraphQL \`{ hello }\`):** the gap shrinks to ${fmt(gql.ratio, 2)}× (${fmt(gql.f.rps)} vs ${fmt(gql.e.rps)} req/s), ` +
        `i.e. ${fmt(gql.savedUs)} µs of server CPU per request, because Apollo's own parse/validate/execute work is the same on both.`,
    );
  if (a.api)
    lines.push(
      `- **The real API** (JWT auth, RLS-scoped transaction, PostgreSQL, 2 SQL-backed fields) spends ${fmt(a.api.serverCpuUsPerReq)} µs of ` +
        `Node CPU per request (plus ${fmt(a.api.pgCpuUsPerReq)} µs in PostgreSQL) and serves ${fmt(a.api.rps)} req/s ` +
        `(p50 ${fmt(a.api.p50, 1)} ms, p99 ${fmt(a.api.p99, 1)} ms at ${a.cMax} connections).`,
    );
  if (a.share !== undefined) {
    const worth = a.share < 0.15;
    lines.push(
      `- **Share of the HTTP platform:** what Fastify would save (${fmt(gql.savedUs)} µs) is about ${fmt(a.share * 100)}% of the API's Node CPU per request; ` +
        `even if all of it turned into throughput, the API would gain ≈ ${fmt(a.projectedGain * 100)}% req/s` +
        (worth
          ? ` — far from Nest's “twice the requests”, which only holds for empty handlers.`
          : ` — a material gain.`),
    );
    lines.push(
      `- **Where a real request's time goes instead:** ${fmt(a.api.serverCpuUsPerReq / 1000, 1)} ms of Node CPU per request for one small query is ` +
        `${fmt(a.api.serverCpuUsPerReq / gql.e.serverCpuUsPerReq)}× the whole Nest+Apollo+Express \`{ hello }\` cost — auth, the RLS transaction, TypeORM, ` +
        `resolvers, graphql-armor and logging are where optimisation pays; profile those (e.g. \`node --cpu-prof\`) before touching the platform.`,
    );
    lines.push(
      worth
        ? `- **Decision: stay on Express.** A Fastify migration (new Apollo integration, rewrite of the Express middleware, body parser, static serving, rate-limit/IP handling and supertest-based tests) ` +
            `would buy a few per cent on real requests; the cost of a request is in GraphQL execution, auth and the database. Revisit only if profiling shows the HTTP layer dominating.`
        : `- **Decision: a Fastify migration is worth evaluating** — the HTTP platform is a significant part of a real request's cost here.`,
    );
  }
  return lines.join('\n');
}

function markdownSection(m, a, date) {
  const head = '| Scenario | Platform | Conns | req/s | p50 ms | p95 ms | p99 ms | Node CPU µs/req | PG CPU µs/req | Failures |';
  const sep = '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|';
  const body = rows
    .map(
      (r) =>
        `| ${r.scenario} | ${r.platform} | ${r.connections} | ${fmt(r.rps)} | ${fmt(r.p50, 2)} | ${fmt(r.p95, 2)} | ${fmt(r.p99, 2)} | ` +
        `${fmt(r.serverCpuUsPerReq)} | ${r.pgCpuUsPerReq === undefined ? '' : fmt(r.pgCpuUsPerReq)} | ${r.failures} |`,
    )
    .join('\n');
  return `${START}
## HTTP platform: Express vs Fastify (Nest 11)

The foundation issue asks for the HTTP platform to be chosen by measurement. This compares Nest 11 on Express 5 and on
Fastify 5 for an empty REST route and a minimal Apollo code-first query, and measures the real Peyvand API (Express) on an
authenticated query through its full stack, to show how much of a real request is the platform.

- **Machine:** ${m.cores} cores, ${m.model}, ${m.ramGiB} GiB RAM, Linux ${m.kernel}; Node ${m.node}; PostgreSQL ${m.postgres} (on the same machine);
  load average at start ${m.load} (1/5/15 min — other work on the machine makes req/s noisy, ±30% between runs was seen)
- **Date:** ${date}
- **Reproduce:** \`node bench/http-platform/run.mjs\` (first \`npm install --prefix bench\`; PostgreSQL on 127.0.0.1:5432, user postgres, trust auth).
  Options: \`--no-build\`, \`--no-api\`, \`--no-docs\`, \`--duration=${DURATION}\`, \`--warmup=${WARMUP}\`, \`--connections=${CONNECTIONS.join(',')}\`.
- **Versions:** @nestjs/core ${m.versions.nestCore}, express ${m.versions.express}, @nestjs/platform-fastify ${m.versions.platformFastify} (fastify ${m.versions.fastify}),
  @apollo/server ${m.versions.apollo} with @as-integrations/express5 / @as-integrations/fastify, autocannon ${m.versions.autocannon}.
- **Method:** each server in its own Node process (\`NODE_ENV=production\`), autocannon in another, loopback only, keep-alive, no pipelining;
  ${WARMUP} s warm-up then ${DURATION} s measured per row. Latency percentiles are over every 200 response. "Node CPU µs/req" is the
  server process's user+system CPU time (from /proc) divided by requests served — unlike req/s it does not depend on how the 2
  cores are shared with the load generator and PostgreSQL. Peyvand API: built \`apps/api\`, \`APP_ROLE=api\`, a fresh database
  (created and dropped by the script), one workspace from \`signUp\`, its owner's access token, and
  \`${REAL_QUERY}\`.

${head}
${sep}
${body}

Reference row \`node:http\` is a bare Node server: the ceiling this load generator can reach on this machine.
With only 2 cores, the load generator takes one of them, so hello-world rows at ${a.cMax} connections are partly load-generator-bound;
the CPU-per-request column is the fairer comparison. Nest on Express carries Nest's default body parsers and Express 5's
router; a bare Express 5 app (no Nest) served about 2.5× the Nest-on-Express hello rate in a side check, so part of the REST gap is Nest's Express adapter, not Express itself.

### Conclusion

${conclusion(a)}
${END}`;
}

const START = '<!-- bench:http-platform:start -->';
const END = '<!-- bench:http-platform:end -->';
const HEADER = `# Benchmarks

Measured performance figures for Peyvand, each produced by a script under \`bench/\` that can be run again.
Every section states the machine (cores, CPU model, RAM, Node and PostgreSQL versions), the date, the command that
reproduces it, the figures, and the conclusion drawn from them. Figures are only comparable within a section:
re-run the command on your own hardware before comparing with anything else.
`;

function writeDocs(section) {
  const file = join(repo, 'docs', 'BENCHMARKS.md');
  let text = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  const s = text.indexOf(START);
  const e = text.indexOf(END);
  if (s !== -1 && e !== -1) text = text.slice(0, s) + section + text.slice(e + END.length);
  else text = `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, text);
  console.log(`\nUpdated ${file}`);
}

// ---------------------------------------------------------------------------------------------- main

async function main() {
  const started = Date.now();
  const m = machine();
  console.log(`${m.cores} cores, ${m.model}, ${m.ramGiB} GiB, Node ${m.node}, PostgreSQL ${m.postgres}`);
  console.log(`connections ${CONNECTIONS.join(', ')}; ${WARMUP} s warm-up + ${DURATION} s per row\n`);

  await benchTarget('REST hello', 'raw', 'node', 'node:http');
  await benchTarget('REST hello', 'rest', 'express');
  await benchTarget('REST hello', 'rest', 'fastify');
  await benchTarget('GraphQL { hello }', 'graphql', 'express');
  await benchTarget('GraphQL { hello }', 'graphql', 'fastify');
  if (!args['no-api']) {
    try {
      await benchRealApi();
    } catch (error) {
      console.error(`\nPeyvand API benchmark failed: ${error.message}`);
      process.exitCode = 1;
    }
  }

  const a = analysis();
  console.log('');
  console.table(
    rows.map((r) => ({
      scenario: r.scenario,
      platform: r.platform,
      conns: r.connections,
      'req/s': Math.round(r.rps),
      'p50 ms': +r.p50.toFixed(2),
      'p95 ms': +r.p95.toFixed(2),
      'p99 ms': +r.p99.toFixed(2),
      'Node CPU µs/req': Math.round(r.serverCpuUsPerReq),
      'PG CPU µs/req': r.pgCpuUsPerReq === undefined ? '' : Math.round(r.pgCpuUsPerReq),
      failures: r.failures,
    })),
  );
  console.log(`\n${conclusion(a)}\n\n(${Math.round((Date.now() - started) / 1000)} s)`);
  if (!args['no-docs']) writeDocs(markdownSection(m, a, new Date().toISOString().slice(0, 10)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
