import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { randomToken, sha256 } from '../../core/auth/secrets';
import { RequestContext } from '../../core/context/request-context';
import { TenantDb } from '../../core/database/tenant-db.service';
import { NotFoundError } from '../../core/errors/domain-errors';
import { Connection, PageArgs, paginate } from '../../core/graphql/connection';
import { ApiKeyEntity } from './api-key.entity';
import { CreateApiKeyInput } from './dto/create-api-key.input';
import { ApiKey } from './models/api-key.model';

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function randomAlphanumeric(length: number): string {
  const bytes = randomBytes(length);
  return Array.from(bytes, (b) => ALPHANUMERIC[b % ALPHANUMERIC.length]).join('');
}

const toApiKey = (e: ApiKeyEntity): ApiKey => ({
  id: e.id,
  name: e.name,
  prefix: `pvk_${e.prefix}`,
  scopes: e.scopes,
  createdAt: e.createdAt,
  lastUsedAt: e.lastUsedAt,
  revokedAt: e.revokedAt,
  createdByMemberId: e.createdByMemberId,
});

@Injectable()
export class ApiKeysService {
  constructor(
    private readonly db: TenantDb,
    private readonly context: RequestContext,
  ) {}

  list(args: PageArgs): Promise<Connection<ApiKey>> {
    return this.db.tx((em) => paginate(em.createQueryBuilder(ApiKeyEntity, 'k'), args, { orderBy: 'createdAt', map: toApiKey }));
  }

  /** Creates a key; the secret exists only in this response (the database keeps its SHA-256). */
  create(input: CreateApiKeyInput): Promise<{ apiKey: ApiKey; secret: string }> {
    const principal = this.context.principal();
    return this.db.tx(async (em) => {
      const prefix = randomAlphanumeric(12);
      const secretPart = randomToken(32);
      const entity = await em.save(
        em.create(ApiKeyEntity, {
          workspaceId: principal!.workspaceId,
          name: input.name.trim(),
          prefix,
          secretHash: sha256(secretPart),
          scopes: input.scopes,
          createdByMemberId: principal?.kind === 'staff' ? principal.memberId : null,
        }),
      );
      return { apiKey: toApiKey(entity), secret: `pvk_${prefix}_${secretPart}` };
    });
  }

  revoke(id: string): Promise<ApiKey> {
    return this.db.tx(async (em) => {
      const key = await em.findOneBy(ApiKeyEntity, { id });
      if (!key) throw new NotFoundError('API key', id);
      if (!key.revokedAt) {
        key.revokedAt = new Date();
        await em.save(key);
      }
      return toApiKey(key);
    });
  }
}
