import 'reflect-metadata';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import { Logger as PinoLogger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { AppConfig, parseConfig } from './config/app-config';
import { randomToken } from './core/auth/secrets';
import { migrate } from './core/database/data-source';
import { startEmbeddedPostgres } from './core/database/embedded-postgres';
import { inputValidationPipe } from './core/graphql/validation.pipe';
import { Runtime } from './core/runtime';

/** The repository root (where apps/ lives), found from this file in both the source and the built tree. */
export function findRepoRoot(from = __dirname): string {
  let dir = from;
  for (let i = 0; i < 10; i++) {
    if (existsSync(join(dir, 'apps', 'dashboard')) && existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

/** In development a JWT secret is generated once and kept under .data/, so restarts keep sessions. */
function developmentJwtSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomToken(48);
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

export interface BootOptions {
  env?: Record<string, string | undefined>;
  /** Skip listening (tests use supertest on the HTTP server directly). */
  listen?: boolean;
  /** Where the built SPAs (apps/dashboard/dist, apps/club/dist) are looked for; default the repository root. */
  webRoot?: string;
}

export interface Booted {
  app: NestExpressApplication;
  config: AppConfig;
  runtime: Runtime;
  url: string;
  close(): Promise<void>;
}

/** Everything `npm start` and the tests share: config, database (embedded when unset), migrations, Nest. */
export async function boot(options: BootOptions = {}): Promise<Booted> {
  const parsed = parseConfig(options.env ?? process.env);
  const root = findRepoRoot();
  const dataDir = resolve(root, '.data');
  const config: AppConfig = { ...parsed, JWT_SECRET: parsed.JWT_SECRET ?? developmentJwtSecret(dataDir) };

  let stopEmbedded: (() => Promise<void>) | undefined;
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    const embedded = await startEmbeddedPostgres({ dataDir: resolve(root, config.EMBEDDED_PG_DIR) });
    databaseUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }
  await migrate(databaseUrl, config.DATABASE_APP_ROLE);

  const runtime: Runtime = { databaseUrl, webRoot: root };
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(config, runtime), {
    bufferLogs: true,
    bodyParser: false,
  });
  app.useLogger(app.get(PinoLogger));
  app.set('trust proxy', config.TRUST_PROXY);
  app.disable('x-powered-by');
  app.useGlobalPipes(inputValidationPipe);
  app.enableShutdownHooks();
  if (config.SERVE_WEB) serveWebApps(app, options.webRoot ?? root);

  try {
    await app.init();
    if (options.listen !== false) await app.listen(config.PORT, config.HOST);
  } catch (error) {
    // What did start (pools, job workers, timers) is closed, or the process would not exit and a caller would hang.
    await app.close().catch(() => undefined);
    await stopEmbedded?.();
    throw error;
  }
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  return {
    app,
    config,
    runtime,
    url: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      await stopEmbedded?.();
    },
  };
}

/** Serves the built SPAs: the club under /club, the dashboard everywhere else (client-side routing). */
function serveWebApps(app: INestApplication, root: string): void {
  const dashboard = join(root, 'apps', 'dashboard', 'dist');
  const club = join(root, 'apps', 'club', 'dist');
  const http = app.getHttpAdapter().getInstance() as express.Express;
  const apiPaths = /^\/(graphql|health|ready|webhooks|unsubscribe|attachments|csat)(\/|$)/;
  if (existsSync(join(club, 'index.html'))) {
    http.use('/club', express.static(club, { index: false, maxAge: '1h' }));
    http.get(/^\/club(\/.*)?$/, (_req, res) => res.sendFile(join(club, 'index.html')));
  }
  if (existsSync(join(dashboard, 'index.html'))) {
    http.use(express.static(dashboard, { index: false, maxAge: '1h' }));
    http.get(/.*/, (req, res, next) => {
      if (apiPaths.test(req.path) || !req.accepts('html')) return next();
      res.sendFile(join(dashboard, 'index.html'));
    });
  }
}
