import { RequestContext } from '../../src/core/context/request-context';
import { TenantDb } from '../../src/core/database/tenant-db.service';
import type { TestApp } from './test-app';

/** Runs fn inside a workspace-scoped transaction, as a system integration would (e.g. to raise domain events). */
export function inWorkspace<T>(app: TestApp, workspaceId: string, fn: () => Promise<T>): Promise<T> {
  const context = app.app.get(RequestContext);
  const db = app.app.get(TenantDb);
  const principal = { kind: 'apiKey' as const, apiKeyId: '00000000-0000-0000-0000-000000000000', workspaceId, name: 'test', permissions: new Set<never>() };
  return context.runAs(principal, () => db.tx(() => fn()));
}
