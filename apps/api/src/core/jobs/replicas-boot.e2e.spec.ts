import { DataSource } from 'typeorm';
import { boot, Booted } from '../../bootstrap';
import { createTestDatabase } from '../../../test/utils/test-database';

const env = (databaseUrl: string, role: string) => ({
  NODE_ENV: 'test',
  DATABASE_URL: databaseUrl,
  PORT: '0',
  HOST: '127.0.0.1',
  APP_ROLE: role,
  JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
  LOG_LEVEL: 'silent',
  SERVE_WEB: 'false',
  DATABASE_POOL_SIZE: '3',
});

/** Replicas (API processes behind one address, or API and worker) started together on a database no process has set up. */
describe('replicas starting together on a new database', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  const booted: Booted[] = [];
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await Promise.all(booted.map((b) => b.close()));
    await db.drop();
  });

  it('all start (migrations, job queues and grants set up once), and each serves', async () => {
    const results = await Promise.allSettled(['all', 'api', 'all', 'worker'].map((role) => boot({ env: env(db.url, role) })));
    for (const r of results) if (r.status === 'fulfilled') booted.push(r.value);
    expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'started'))).toEqual(['started', 'started', 'started', 'started']);
    const ds = booted[0].app.get(DataSource);
    const [{ queues }] = await ds.query(`SELECT count(*)::int AS queues FROM pgboss.queue`);
    expect(queues).toBeGreaterThan(0);
    for (const b of booted.slice(0, 3)) {
      const res = await fetch(`${b.url}/ready`);
      expect(res.status).toBe(200);
    }
  });
});
