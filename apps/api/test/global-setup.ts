import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../src/core/database/embedded-postgres';

/**
 * One PostgreSQL server for the whole run: DATABASE_URL when set (CI machines have one), otherwise an
 * embedded cluster in a temporary directory. Each test file then creates and drops its own database.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  if (process.env.TEST_DATABASE_URL) return; // a previous project's setup in this run started one
  const dir = mkdtempSync(join(tmpdir(), 'peyvand-pg-'));
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'data'), database: 'postgres' });
  process.env.TEST_DATABASE_URL = pg.url;
  (globalThis as { __PEYVAND_PG__?: { stop(): Promise<void>; dir: string } }).__PEYVAND_PG__ = { stop: pg.stop, dir };
}
