import { boot } from '../bootstrap';
import { seedDemoIfEmpty } from '../seed/demo-seed';

/** npm run seed:demo — creates the demo workspace on an empty database. */
async function main(): Promise<void> {
  const booted = await boot({ env: { ...process.env, APP_ROLE: 'api', SERVE_WEB: 'false' }, listen: false });
  try {
    const seeded = await seedDemoIfEmpty(booted.app);
    console.log(seeded ? `Demo workspace created: ${seeded.email} / ${seeded.password}` : 'The database already has workspaces; nothing seeded.');
  } finally {
    await booted.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
