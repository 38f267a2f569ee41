import { DataSource } from 'typeorm';
import { QUERY_LOGGER } from '../../app.module';
import { CountingQueryLogger } from '../../core/database/query-counter';
import { errorCode, gql, signUpOwner, Owner } from '../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../test/utils/test-app';

const CREATE = `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id name prefix scopes createdAt lastUsedAt revokedAt createdBy { email role } } } }`;

describe('API keys for integrations and storefront plugins', () => {
  let app: TestApp;
  let owner: Owner;
  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_API_KEY_PER_MINUTE: '100000', RATE_LIMIT_WORKSPACE_PER_MINUTE: '100000' } });
    owner = await signUpOwner(app, 'Keys shop');
  });
  afterAll(() => app.close());

  it('creates a scoped key shown once, stored hashed, usable as a bearer on /graphql', async () => {
    const created = await gql(app, CREATE, { input: { name: 'WooCommerce plugin', scopes: ['contacts:read', 'workspace:read'] } }, owner.token);
    expect(created.errors).toBeUndefined();
    const { secret, apiKey } = created.data!.createApiKey;
    expect(secret).toMatch(/^pvk_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(apiKey.prefix + '_')).toBe(true);
    // The secret part may itself contain '_' (base64url): it is everything after the prefix.
    const secretPart = secret.slice(apiKey.prefix.length + 1);
    expect(apiKey.createdBy).toEqual({ email: owner.email, role: 'OWNER' });
    // The database never holds the secret itself.
    const [row] = await app.app.get(DataSource).query(`SELECT secret_hash FROM api_keys WHERE id = $1`, [apiKey.id]);
    expect(row.secret_hash).not.toContain(secretPart);
    // Listing never returns the secret.
    const listed = await gql(app, `{ apiKeys { edges { node { id prefix } } } }`, {}, owner.token);
    expect(JSON.stringify(listed.data)).not.toContain(secretPart);

    const viewer = await gql(app, `{ viewer { role user { id } permissions workspace { id } } }`, {}, secret);
    expect(viewer.data!.viewer).toEqual({ role: null, user: null, permissions: ['contacts:read', 'workspace:read'], workspace: { id: owner.workspaceId } });
    const used = await gql(app, `{ apiKeys { edges { node { id lastUsedAt } } } }`, {}, owner.token);
    expect(used.data!.apiKeys.edges.find((e: { node: { id: string } }) => e.node.id === apiKey.id).node.lastUsedAt).not.toBeNull();
  });

  it('a key outside its scope gets FORBIDDEN', async () => {
    const { data } = await gql(app, CREATE, { input: { name: 'read only', scopes: ['contacts:read'] } }, owner.token);
    const res = await gql(app, `{ workspace { id } }`, {}, data!.createApiKey.secret);
    expect(errorCode(res)).toBe('FORBIDDEN');
    expect(res.errors![0].message).toContain('workspace:read');
    expect(errorCode(await gql(app, `{ apiKeys { totalCount } }`, {}, data!.createApiKey.secret))).toBe('FORBIDDEN');
  });

  it('refuses unknown and administrative scopes, naming the field', async () => {
    const res = await gql(app, CREATE, { input: { name: 'bad', scopes: ['staff:manage', 'nope'] } }, owner.token);
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(res.errors![0].extensions!.fields![0].field).toBe('input.scopes');
  });

  it('a revoked key stops working at once; a forged one never works', async () => {
    const { data } = await gql(app, CREATE, { input: { name: 'to revoke', scopes: ['contacts:read'] } }, owner.token);
    const { secret, apiKey } = data!.createApiKey;
    expect((await gql(app, `{ viewer { permissions } }`, {}, secret)).errors).toBeUndefined();
    const revoked = await gql(app, `mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }`, { id: apiKey.id }, owner.token);
    expect(revoked.data!.revokeApiKey.revokedAt).not.toBeNull();
    const after = await gql(app, `{ viewer { permissions } }`, {}, secret);
    expect(errorCode(after)).toBe('UNAUTHENTICATED');
    expect(after.errors![0].message).toMatch(/revoked/);
    const forged = secret.slice(0, -4) + 'AAAA';
    expect(errorCode(await gql(app, `{ viewer { permissions } }`, {}, forged))).toBe('UNAUTHENTICATED');
  });

  it('lists 50 keys with their creators in a constant number of SQL queries (DataLoader, no N+1)', async () => {
    const other = await signUpOwner(app, 'Many keys');
    for (let i = 0; i < 50; i++) await gql(app, CREATE, { input: { name: `key ${i}`, scopes: ['contacts:read'] } }, other.token);
    const logger = app.app.get<CountingQueryLogger>(QUERY_LOGGER);
    const before = logger.count;
    const res = await gql(app, `{ apiKeys(first: 50) { totalCount edges { node { name createdBy { email fullName role } } } } }`, {}, other.token);
    const queries = logger.count - before;
    expect(res.data!.apiKeys.edges).toHaveLength(50);
    expect(res.data!.apiKeys.edges.every((e: { node: { createdBy: { email: string } } }) => e.node.createdBy.email === other.email)).toBe(true);
    // auth lookup + (begin, set_config, count, page, commit) + (begin, set_config, staff batch, commit)
    expect(queries).toBeLessThanOrEqual(12);
  });

  it('paginates with cursors: pages are disjoint and complete', async () => {
    const other = await signUpOwner(app, 'Paged');
    for (let i = 0; i < 7; i++) await gql(app, CREATE, { input: { name: `p${i}`, scopes: ['contacts:read'] } }, other.token);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await gql(app, `query($after: String) { apiKeys(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { name } } } }`, { after }, other.token);
      expect(page.data.apiKeys.totalCount).toBe(7);
      seen.push(...page.data.apiKeys.edges.map((e: { node: { name: string } }) => e.node.name));
      if (!page.data.apiKeys.pageInfo.hasNextPage) break;
      after = page.data.apiKeys.pageInfo.endCursor;
    }
    expect(seen.sort()).toEqual(['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    expect(errorCode(await gql(app, `{ apiKeys(after: "garbage") { totalCount } }`, {}, other.token))).toBe('BAD_USER_INPUT');
  });
});
