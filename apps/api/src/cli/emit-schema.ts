import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { boot, findRepoRoot } from '../bootstrap';
import { printAppSchema } from '../core/graphql/print-schema';

/** npm run schema:emit — writes the code-first schema to apps/api/schema.graphql (committed). */
async function main(): Promise<void> {
  const booted = await boot({ env: { ...process.env, APP_ROLE: 'api', SERVE_WEB: 'false', LOG_LEVEL: 'warn' }, listen: false });
  try {
    const file = join(findRepoRoot(), 'apps', 'api', 'schema.graphql');
    writeFileSync(file, printAppSchema(booted.app));
    console.log(`Schema written to ${file}`);
  } finally {
    await booted.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
