import { DataSource } from 'typeorm';
import { boot, Booted } from '../../bootstrap';
import { PURGE_EXPIRED_TOKENS_JOB } from '../../modules/identity/identity.jobs';
import { signUpOwner } from '../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../test/utils/test-app';
import { JobQueue } from './job-queue.service';
import { Scheduler } from './scheduler.service';

describe('scheduled jobs run once across replicas', () => {
  let first: TestApp;
  let second: Booted;

  beforeAll(async () => {
    first = await startTestApp({ env: { APP_ROLE: 'all' } });
    // A second process (here: a second app instance) on the same database, as a worker replica.
    second = await boot({
      env: { NODE_ENV: 'test', DATABASE_URL: first.databaseUrl, PORT: '0', HOST: '127.0.0.1', APP_ROLE: 'worker', JWT_SECRET: 'test-secret-that-is-long-enough-0123456789', LOG_LEVEL: 'silent', SERVE_WEB: 'false' },
    });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('both replicas tick the same hour: one job is enqueued and it does its work', async () => {
    const owner = await signUpOwner(first, 'Sched');
    const ds = first.app.get(DataSource);
    await ds.query(`UPDATE refresh_tokens SET expires_at = now() - interval '3 days' WHERE workspace_id = $1`, [owner.workspaceId]);
    const at = new Date('2026-11-23T10:15:00Z');
    const ids = await Promise.all([
      first.app.get(Scheduler).tick(PURGE_EXPIRED_TOKENS_JOB, at),
      second.app.get(Scheduler).tick(PURGE_EXPIRED_TOKENS_JOB, at),
      second.app.get(Scheduler).tick(PURGE_EXPIRED_TOKENS_JOB, new Date('2026-11-23T10:59:59Z')),
    ]);
    expect(ids.filter((id) => id !== null)).toHaveLength(1);
    // The next hour is a new slot.
    expect(await first.app.get(Scheduler).tick(PURGE_EXPIRED_TOKENS_JOB, new Date('2026-11-23T11:00:01Z'))).not.toBeNull();
    await first.app.get(JobQueue).drain([PURGE_EXPIRED_TOKENS_JOB]);
    const [{ count }] = await ds.query(`SELECT count(*)::int AS count FROM refresh_tokens WHERE workspace_id = $1`, [owner.workspaceId]);
    expect(count).toBe(0);
  });
});
