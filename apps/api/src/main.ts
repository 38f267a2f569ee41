import { boot } from './bootstrap';
import { ConfigError } from './config/app-config';
import { seedDemoIfEmpty } from './seed/demo-seed';

async function main(): Promise<void> {
  const booted = await boot();
  if (booted.config.SEED_DEMO_ON_EMPTY && booted.config.APP_ROLE !== 'worker') {
    const seeded = await seedDemoIfEmpty(booted.app);
    if (seeded) console.log(`Demo workspace created. Sign in as ${seeded.email} / ${seeded.password}`);
  }
  const publicUrl = booted.config.PUBLIC_URL;
  console.log(`Peyvand is running (${booted.config.APP_ROLE}): dashboard ${publicUrl}/  club ${publicUrl}/club/demo  API ${publicUrl}/graphql`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error(error);
  process.exit(1);
});
