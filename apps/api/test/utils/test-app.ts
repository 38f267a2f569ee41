import { INestApplication } from '@nestjs/common';
import { boot } from '../../src/bootstrap';
import { seedDemo } from '../../src/seed/demo-seed';
import { createTestDatabase } from './test-database';

export interface TestApp {
  app: INestApplication;
  url: string;
  databaseUrl: string;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Serve the built SPAs (browser tests). */
  serveWeb?: boolean;
  seedDemo?: boolean;
  env?: Record<string, string>;
  /** With serveWeb: where apps/dashboard/dist is looked for (default the repository root). */
  webRoot?: string;
}

/**
 * pg-boss's stop() resolves before the loops that wait for its workers to stop have ended: each sleeps 1 s at a time
 * (a `delay` that `require`s node:timers/promises when it runs) until its workers are stopped. Ending a test file
 * sooner tears the Jest environment down under them, and the failed require surfaces as an error in the next file of
 * that worker. Once stop() has resolved the workers are stopped (their queries ended with the pool), so a loop sleeps
 * at most one more second: a closed app is given until 1.1 s after its close ended.
 */
export async function untilPgBossSettled(closedAt: number = Date.now()): Promise<void> {
  const left = closedAt + 1100 - Date.now();
  if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
}

/** Boots the real API on a fresh database of its own, listening on a free port. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const booted = await boot({
    env: {
      NODE_ENV: 'test',
      DATABASE_URL: db.url,
      PORT: '0',
      HOST: '127.0.0.1',
      JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      SERVE_WEB: options.serveWeb ? 'true' : 'false',
      DATABASE_POOL_SIZE: '5',
      ...options.env,
    },
    webRoot: options.webRoot,
  });
  if (options.seedDemo) {
    try {
      await seedDemo(booted.app);
    } catch (e) {
      // Without this the app's workers outlive the failed file and break the next file in the same jest worker.
      await booted.close();
      const closed = Date.now();
      await db.drop();
      await untilPgBossSettled(closed);
      throw e;
    }
  }
  return {
    app: booted.app,
    url: booted.url,
    databaseUrl: db.url,
    async close() {
      await booted.close();
      const closed = Date.now();
      await db.drop();
      await untilPgBossSettled(closed);
    },
  };
}
