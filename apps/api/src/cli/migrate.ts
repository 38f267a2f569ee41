import { resolve } from 'node:path';
import { parseConfig } from '../config/app-config';
import { findRepoRoot } from '../bootstrap';
import { migrate } from '../core/database/data-source';
import { startEmbeddedPostgres } from '../core/database/embedded-postgres';

/** npm run migration:run — applies pending migrations to DATABASE_URL (or the embedded database). */
async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const embedded = config.DATABASE_URL ? undefined : await startEmbeddedPostgres({ dataDir: resolve(findRepoRoot(), config.EMBEDDED_PG_DIR) });
  try {
    const ran = await migrate(config.DATABASE_URL ?? embedded!.url, config.DATABASE_APP_ROLE);
    console.log(ran.length ? `Applied: ${ran.join(', ')}` : 'The database is up to date.');
  } finally {
    await embedded?.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
