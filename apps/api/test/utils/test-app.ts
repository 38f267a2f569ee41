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
      await db.drop();
      throw e;
    }
  }
  return {
    app: booted.app,
    url: booted.url,
    databaseUrl: db.url,
    async close() {
      await booted.close();
      await db.drop();
    },
  };
}
