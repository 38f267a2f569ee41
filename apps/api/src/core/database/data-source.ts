import { DataSource, DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';
import { ensureAppRole } from './app-role';

export function dataSourceOptions(url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    ...extra,
  } as DataSourceOptions;
}

const MIGRATION_LOCK = 727_001; // any constant: serialises replicas starting at the same time

/** Runs pending migrations (under an advisory lock, so replicas may start together) and grants the app role. */
export async function migrate(url: string, appRole: string): Promise<string[]> {
  const ds = new DataSource(dataSourceOptions(url, { migrationsTransactionMode: 'each' }));
  await ds.initialize();
  try {
    const runner = ds.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      const ran = await ds.runMigrations({ transaction: 'each' });
      await ensureAppRole(ds, appRole);
      return ran.map((m) => m.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      await runner.release();
    }
  } finally {
    await ds.destroy();
  }
}
