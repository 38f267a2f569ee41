import { ConfigError, parseConfig } from './app-config';

describe('configuration validated at boot', () => {
  it('fills defaults', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({ PORT: 3000, HOST: '0.0.0.0', APP_ROLE: 'all', DATABASE_APP_ROLE: 'peyvand_app', SERVE_WEB: true });
  });

  it('names every bad variable in one clear message', () => {
    expect(() => parseConfig({ PORT: 'eighty', APP_ROLE: 'cron', DATABASE_URL: 'mysql://x', SMTP_URL: 'http://mail' })).toThrow(ConfigError);
    try {
      parseConfig({ PORT: 'eighty', APP_ROLE: 'cron', DATABASE_URL: 'mysql://x' });
    } catch (e) {
      const message = (e as Error).message;
      expect(message).toMatch(/PORT:/);
      expect(message).toMatch(/APP_ROLE:/);
      expect(message).toMatch(/DATABASE_URL: must be a postgres:\/\/ connection URL/);
    }
  });

  it('requires a strong JWT_SECRET in production', () => {
    expect(() => parseConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: required in production/);
    expect(() => parseConfig({ NODE_ENV: 'production', JWT_SECRET: 'short' })).toThrow(/JWT_SECRET: must be at least 32 characters/);
    expect(parseConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), ENCRYPTION_KEY: 'k'.repeat(32) }).JWT_SECRET).toHaveLength(40);
  });

  it('requires ENCRYPTION_KEY (32+ characters) in production; elsewhere it is optional (derived from JWT_SECRET)', () => {
    expect(() => parseConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) })).toThrow(/ENCRYPTION_KEY: required in production/);
    expect(() => parseConfig({ ENCRYPTION_KEY: 'too-short' })).toThrow(/ENCRYPTION_KEY: must be at least 32 characters/);
    expect(parseConfig({}).ENCRYPTION_KEY).toBeUndefined();
  });

  it('treats empty strings as unset', () => {
    expect(parseConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });
});
