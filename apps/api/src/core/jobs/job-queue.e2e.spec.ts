import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { boot, Booted } from '../../bootstrap';
import { PURGE_EXPIRED_TOKENS_JOB } from '../../modules/identity/identity.jobs';
import { startSmtpSink } from '../../../test/utils/smtp-sink';
import { startTestApp, TestApp } from '../../../test/utils/test-app';
import { SEND_MAIL_JOB } from '../mail/mail.jobs';
import { JobQueue } from './job-queue.service';

const workerEnv = (databaseUrl: string) => ({
  NODE_ENV: 'test',
  DATABASE_URL: databaseUrl,
  PORT: '0',
  HOST: '127.0.0.1',
  APP_ROLE: 'worker',
  JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
  LOG_LEVEL: 'silent',
  SERVE_WEB: 'false',
});

async function until(check: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(20);
  }
}

describe('job queue workers', () => {
  let api: TestApp;
  let ds: DataSource;
  const jobState = async (id: string) =>
    (await ds.query(`SELECT state, output FROM pgboss.job WHERE id = $1`, [id]))[0] as { state: string; output: { message?: string } | null };

  beforeAll(async () => {
    api = await startTestApp({ env: { APP_ROLE: 'api' } });
    ds = api.app.get(DataSource);
  });
  afterAll(async () => {
    await api.close();
  });

  it('a failing handler fails its job with the error kept for the retry; a passing one completes it', async () => {
    const worker: Booted = await boot({ env: workerEnv(api.databaseUrl) });
    try {
      let calls = 0;
      worker.app.get(JobQueue).intercept(PURGE_EXPIRED_TOKENS_JOB, async (run) => {
        calls += 1;
        if (calls === 1) throw new Error('gateway unreachable');
        return run();
      });
      const failing = (await api.app.get(JobQueue).enqueue(PURGE_EXPIRED_TOKENS_JOB, {}))!;
      await until(async () => (await jobState(failing)).state === 'retry', 'the failed job');
      expect((await jobState(failing)).output?.message).toBe('gateway unreachable');
      const passing = (await api.app.get(JobQueue).enqueue(PURGE_EXPIRED_TOKENS_JOB, {}, { singletonKey: 'second' }))!;
      await until(async () => (await jobState(passing)).state === 'completed', 'the passing job');
    } finally {
      await worker.close();
    }
  });

  it('closing a worker waits for the job it runs, and after the close no job is picked up', async () => {
    const worker: Booted = await boot({ env: workerEnv(api.databaseUrl) });
    const events: string[] = [];
    worker.app.get(JobQueue).intercept(PURGE_EXPIRED_TOKENS_JOB, async (run) => {
      events.push('started');
      await sleep(700);
      await run();
      events.push('finished');
    });
    const running = (await api.app.get(JobQueue).enqueue(PURGE_EXPIRED_TOKENS_JOB, {}, { singletonKey: 'running' }))!;
    await until(() => events.includes('started'), 'the job to start');
    await worker.close();
    expect(events).toEqual(['started', 'finished']);
    expect((await jobState(running)).state).toBe('completed');

    const later = (await api.app.get(JobQueue).enqueue(PURGE_EXPIRED_TOKENS_JOB, {}, { singletonKey: 'later' }))!;
    await sleep(1500);
    expect((await jobState(later)).state).toBe('created');
    expect(events).toEqual(['started', 'finished']);
  });

  it('a mail job running when its worker closes still sends: the mailer closes after the workers have stopped', async () => {
    const sink = await startSmtpSink();
    const worker: Booted = await boot({ env: { ...workerEnv(api.databaseUrl), SMTP_URL: sink.url } });
    try {
      let started = false;
      worker.app.get(JobQueue).intercept(SEND_MAIL_JOB, async (run) => {
        started = true;
        await sleep(500);
        return run();
      });
      const id = (await api.app.get(JobQueue).enqueue(SEND_MAIL_JOB, { to: 'late@example.com', subject: 'Shutdown', text: 'sent while closing' }))!;
      await until(() => started, 'the mail job to start');
      await worker.close();
      expect((await jobState(id)).state).toBe('completed');
      expect((await sink.waitFor((m) => m.subject === 'Shutdown')).text?.trim()).toBe('sent while closing');
    } finally {
      await sink.close();
    }
  });
});
