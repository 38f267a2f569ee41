import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthResult, Authenticator, CredentialVerifier } from '../../core/auth/authenticator.service';
import { Permission } from '../../core/auth/permissions';
import { safeEqualHex, sha256 } from '../../core/auth/secrets';

export const API_KEY_PREFIX = 'pvk_';

/** API keys look like `pvk_<12-char id>_<secret>`; the id part finds the row, the secret is compared by hash. */
export function parseApiKey(key: string): { prefix: string; secret: string } | null {
  const match = /^pvk_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{32,})$/.exec(key);
  return match ? { prefix: match[1], secret: match[2] } : null;
}

const LAST_USED_GRANULARITY_MS = 60_000;

@Injectable()
export class ApiKeyCredentials implements CredentialVerifier, OnModuleInit {
  private readonly logger = new Logger(ApiKeyCredentials.name);

  constructor(
    private readonly authenticator: Authenticator,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.authenticator.register(this);
  }

  accepts(bearer: string): boolean {
    return bearer.startsWith(API_KEY_PREFIX);
  }

  async verify(key: string): Promise<AuthResult> {
    const parsed = parseApiKey(key);
    if (!parsed) return { error: 'Malformed API key' };
    const [row] = await this.dataSource.query(
      `SELECT id, workspace_id, name, secret_hash, scopes, revoked_at, last_used_at FROM api_keys WHERE prefix = $1`,
      [parsed.prefix],
    );
    if (!row || !safeEqualHex(row.secret_hash, sha256(parsed.secret))) return { error: 'Invalid API key' };
    if (row.revoked_at) return { error: 'This API key was revoked' };
    if (!row.last_used_at || Date.now() - new Date(row.last_used_at).getTime() > LAST_USED_GRANULARITY_MS) {
      this.dataSource
        .query(`UPDATE api_keys SET last_used_at = now() WHERE id = $1`, [row.id])
        .catch((e) => this.logger.warn(e, 'could not record API key use'));
    }
    return {
      kind: 'apiKey',
      apiKeyId: row.id,
      workspaceId: row.workspace_id,
      name: row.name,
      permissions: new Set(row.scopes as Permission[]),
    };
  }
}
