import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { Principal } from '../auth/principal';

interface ContextStore {
  principal?: Principal;
  authError?: string;
  requestId?: string;
  ip?: string;
  userAgent?: string;
}

/** The caller of the current request or job, kept in continuation-local storage (nestjs-cls). */
@Injectable()
export class RequestContext {
  constructor(private readonly cls: ClsService) {}

  private get<K extends keyof ContextStore>(key: K): ContextStore[K] | undefined {
    return this.cls.isActive() ? (this.cls.get(key) as ContextStore[K]) : undefined;
  }

  set<K extends keyof ContextStore>(key: K, value: ContextStore[K]): void {
    this.cls.set(key, value);
  }

  principal(): Principal | undefined {
    return this.get('principal');
  }

  authError(): string | undefined {
    return this.get('authError');
  }

  workspaceId(): string | undefined {
    return this.principal()?.workspaceId;
  }

  requestId(): string | undefined {
    return this.get('requestId');
  }

  ip(): string | undefined {
    return this.get('ip');
  }

  userAgent(): string | undefined {
    return this.get('userAgent');
  }

  /** `user:<id>`, `api_key:<id>`, `member:<club member id>` or `system` — what the audit log records as the actor. */
  actor(): string {
    const p = this.principal();
    if (!p) return 'system';
    if (p.kind === 'member') return `member:${p.clubMemberId}`;
    return p.kind === 'staff' ? `user:${p.userId}` : `api_key:${p.apiKeyId}`;
  }

  actorLabel(): string {
    const p = this.principal();
    if (!p) return '';
    if (p.kind === 'member') return `club member ${p.contactId}`;
    return p.kind === 'staff' ? p.email : p.name;
  }

  /** Runs fn with the given principal (jobs and tests acting as someone outside an HTTP request). */
  runAs<T>(principal: Principal | undefined, fn: () => Promise<T>): Promise<T> {
    return this.cls.run(async () => {
      this.cls.set('principal', principal);
      return fn();
    });
  }
}
