import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const durationSeconds = z.coerce.number().int().positive();

/** Every environment variable the API reads. `.env.example` documents each one. */
export const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  APP_ROLE: z.enum(['all', 'api', 'worker']).default('all'),
  /** Tests only (NODE_ENV=test): the instant the scheduled jobs' clock starts at; tests then move it. */
  FAKE_CLOCK_AT: z.iso.datetime({ offset: true }).optional(),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url().default('http://localhost:3000'),
  TRUST_PROXY: bool.default(false),

  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_APP_ROLE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a plain lower-case PostgreSQL role name')
    .default('peyvand_app'),
  EMBEDDED_PG_DIR: z.string().default('.data/postgres'),

  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ENCRYPTION_KEY: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: durationSeconds.default(900),
  REFRESH_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  INVITATION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(72),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  LOGIN_RATE_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).default(30),

  RATE_LIMIT_WORKSPACE_PER_MINUTE: z.coerce.number().int().min(1).default(3000),
  RATE_LIMIT_API_KEY_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  RATE_LIMIT_ANONYMOUS_PER_IP_PER_MINUTE: z.coerce.number().int().min(1).default(600),

  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).default(10),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(10).default(20000),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).default(20),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).default(5000),
  GRAPHIQL: bool.optional(),
  BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, 'must look like 100kb or 1mb').default('1mb'),
  IMPORT_BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, 'must look like 100kb or 1mb').default('40mb'),

  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL').optional(),
  MAIL_FROM: z.string().default('Peyvand <no-reply@peyvand.local>'),

  SMS_PROVIDER: z.enum(['none', 'kavenegar']).default('none'),
  SMS_KAVENEGAR_URL: z.url().default('https://api.kavenegar.com'),
  SMS_KAVENEGAR_API_KEY: z.string().min(1).optional(),
  SMS_SENDER: z.string().regex(/^\+?\d{3,20}$/, 'must be the sender line number').optional(),
  MESSAGING_RETRY_LIMIT: z.coerce.number().int().min(0).max(20).default(5),
  MESSAGING_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(10),
  MESSAGING_BATCH_SIZE: z.coerce.number().int().min(1).max(5000).default(500),
  MESSAGING_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(300),

  ATTACHMENTS_DIR: z.string().min(1).default('.data/attachments'),
  ATTACHMENT_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).default(10 * 1024 * 1024),
  ATTACHMENT_LINK_TTL_SECONDS: z.coerce.number().int().min(30).max(7 * 86400).default(900),

  SERVE_WEB: bool.default(true),
  SEED_DEMO_ON_EMPTY: bool.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_PRETTY: bool.default(false),
});

export type AppConfig = z.infer<typeof envSchema> & { JWT_SECRET: string };

export class ConfigError extends Error {}

/** Parses the environment; a bad value stops the app with a message naming the variable. */
export function parseConfig(env: Record<string, string | undefined>): z.infer<typeof envSchema> {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const config = result.data;
  if (config.SMS_PROVIDER === 'kavenegar' && !config.SMS_KAVENEGAR_API_KEY) {
    throw new ConfigError('Invalid configuration:\n  SMS_KAVENEGAR_API_KEY: required when SMS_PROVIDER=kavenegar');
  }
  if (config.NODE_ENV === 'production' && !config.JWT_SECRET) {
    throw new ConfigError('Invalid configuration:\n  JWT_SECRET: required in production (at least 32 characters)');
  }
  if (config.NODE_ENV === 'production' && !config.ENCRYPTION_KEY) {
    throw new ConfigError('Invalid configuration:\n  ENCRYPTION_KEY: required in production (at least 32 characters; encrypts stored credentials)');
  }
  return config;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
