import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

function baseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run tests through jest (globalSetup starts PostgreSQL)');
  return url;
}

async function adminQuery(sql: string): Promise<void> {
  const url = new URL(baseUrl());
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A fresh, empty database for one test file; the app's migrations build it when the app boots. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `peyvand_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = new URL(baseUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
  };
}
