import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { sha256 } from '../auth/secrets';
import { TenantDb, TxOptions } from '../database/tenant-db.service';
import { BadInputError, ConflictError } from '../errors/domain-errors';

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * Idempotent mutations: the first call with a key runs and stores its result in the same transaction;
 * a replay returns that result; the same key with a different input is a CONFLICT. Concurrent first calls
 * serialise on the key's row (the loser waits, then replays).
 */
@Injectable()
export class Idempotency {
  constructor(private readonly db: TenantDb) {}

  run<T>(
    key: string | undefined | null,
    operation: string,
    input: unknown,
    fn: (em: EntityManager) => Promise<T>,
    codec: { serialize: (result: T) => unknown; deserialize: (stored: unknown) => T },
    options: TxOptions = {},
  ): Promise<T> {
    if (key == null) return this.db.tx(fn, undefined, options);
    if (key.length < 1 || key.length > 200) throw BadInputError.field('idempotencyKey', 'must be 1–200 characters');
    const requestHash = sha256(`${operation}\n${canonicalJson(input)}`);
    return this.db.tx(async (em) => {
      // The lock serialises concurrent first calls with the same key within the workspace.
      await em.query(`SELECT pg_advisory_xact_lock(hashtextextended(app_current_workspace()::text || $1, 0))`, [key]);
      const [stored] = await em.query(
        `SELECT operation, request_hash, response FROM idempotency_keys WHERE key = $1`,
        [key],
      );
      if (stored) {
        if (stored.operation !== operation || stored.request_hash !== requestHash) {
          throw new ConflictError('This idempotency key was already used with a different request', { field: 'idempotencyKey' });
        }
        return codec.deserialize(stored.response);
      }
      const result = await fn(em);
      await em.query(
        `INSERT INTO idempotency_keys (workspace_id, key, operation, request_hash, response) VALUES (app_current_workspace(), $1, $2, $3, $4)`,
        [key, operation, requestHash, JSON.stringify(codec.serialize(result))],
      );
      return result;
    }, undefined, options);
  }
}
