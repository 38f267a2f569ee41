import { DataSource } from 'typeorm';
import { RequestContext } from '../context/request-context';
import { TenantDb } from './tenant-db.service';
import { errorCode, gql, signUpOwner, Owner } from '../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../test/utils/test-app';
import { permissionsOf, StaffRole } from '../auth/permissions';

describe('workspace isolation enforced by PostgreSQL row-level security', () => {
  let app: TestApp;
  let a: Owner;
  let b: Owner;
  let keyOfB: { id: string };

  beforeAll(async () => {
    app = await startTestApp();
    a = await signUpOwner(app, 'Shop A');
    b = await signUpOwner(app, 'Shop B');
    const created = await gql(app, `mutation { createApiKey(input: { name: "B plugin", scopes: ["contacts:read"] }) { apiKey { id } } }`, {}, b.token);
    keyOfB = created.data!.createApiKey.apiKey;
    await gql(app, `mutation { inviteStaff(input: { email: "b-staff@example.com", role: SALES }) { id } }`, {}, b.token);
  });
  afterAll(() => app.close());

  it('every table with workspace_id has RLS enabled and forced, and a tenant policy', async () => {
    const ds = app.app.get(DataSource);
    const rows: Array<{ table: string; enabled: boolean; forced: boolean; policies: string[] }> = await ds.query(`
      SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
             COALESCE(array_agg(p.polname) FILTER (WHERE p.polname IS NOT NULL), '{}') AS policies
        FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
        LEFT JOIN pg_policy p ON p.polrelid = c.oid
       WHERE c.relkind IN ('r', 'p')
         AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'workspace_id' AND NOT a.attisdropped)
       GROUP BY c.relname, c.relrowsecurity, c.relforcerowsecurity`);
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const row of rows) {
      expect({ table: row.table, enabled: row.enabled, forced: row.forced }).toEqual({ table: row.table, enabled: true, forced: true });
      expect(row.policies).toContain('tenant_isolation');
    }
  });

  it('the application role is neither a superuser, nor exempt from RLS, nor the owner of any table', async () => {
    const ds = app.app.get(DataSource);
    const [role] = await ds.query(`SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = 'peyvand_app'`);
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
    const owned = await ds.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = 'peyvand_app'`);
    expect(owned).toEqual([]);
  });

  it('a deliberately unfiltered query run for workspace A sees nothing of B', async () => {
    const db = app.app.get(TenantDb);
    const context = app.app.get(RequestContext);
    const principal = { kind: 'staff' as const, userId: 'x', memberId: 'x', workspaceId: a.workspaceId, role: StaffRole.OWNER, email: a.email, permissions: permissionsOf(StaffRole.OWNER) };
    const seen = await context.runAs(principal, () =>
      db.tx(async (em) => ({
        workspaces: await em.query(`SELECT id FROM workspaces`),
        apiKeys: await em.query(`SELECT workspace_id FROM api_keys`),
        invitations: await em.query(`SELECT workspace_id FROM invitations`),
        members: await em.query(`SELECT workspace_id FROM workspace_members`),
        users: await em.query(`SELECT email FROM users`),
        audit: await em.query(`SELECT DISTINCT workspace_id FROM audit_log`),
      })),
    );
    expect(seen.workspaces).toEqual([{ id: a.workspaceId }]);
    expect(seen.apiKeys).toEqual([]);
    expect(seen.invitations).toEqual([]);
    expect(seen.members.every((m: { workspace_id: string }) => m.workspace_id === a.workspaceId)).toBe(true);
    expect(seen.users).toEqual([{ email: a.email }]);
    expect(seen.audit).toEqual([{ workspace_id: a.workspaceId }]);
  });

  it('rows cannot be written into another workspace', async () => {
    const db = app.app.get(TenantDb);
    const context = app.app.get(RequestContext);
    const principal = { kind: 'staff' as const, userId: 'x', memberId: 'x', workspaceId: a.workspaceId, role: StaffRole.OWNER, email: a.email, permissions: permissionsOf(StaffRole.OWNER) };
    await expect(
      context.runAs(principal, () =>
        db.tx((em) => em.query(`INSERT INTO api_keys (workspace_id, name, prefix, secret_hash, scopes) VALUES ($1, 'x', 'abcdefabcdef', 'x', '{}')`, [b.workspaceId])),
      ),
    ).rejects.toThrow(/row-level security/);
    const updated = await context.runAs(principal, () => db.tx((em) => em.query(`UPDATE api_keys SET name = 'hijacked' WHERE id = $1`, [keyOfB.id])));
    expect(updated[1]).toBe(0);
  });

  it('GraphQL operations across workspaces get NOT_FOUND or FORBIDDEN, never the other data', async () => {
    expect(errorCode(await gql(app, `mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: keyOfB.id }, a.token))).toBe('NOT_FOUND');
    const bStaff = await gql(app, `{ staffMembers { edges { node { id } } } }`, {}, b.token);
    const bOwnerId = bStaff.data!.staffMembers.edges[0].node.id;
    expect(errorCode(await gql(app, `mutation($id: ID!) { disableStaffMember(id: $id) { id } }`, { id: bOwnerId }, a.token))).toBe('NOT_FOUND');
    expect(errorCode(await gql(app, `mutation($id: ID!) { changeStaffRole(input: { staffMemberId: $id, role: SALES }) { id } }`, { id: bOwnerId }, a.token))).toBe('NOT_FOUND');
    const keys = await gql(app, `{ apiKeys { totalCount } invitations { id } }`, {}, a.token);
    expect(keys.data).toEqual({ apiKeys: { totalCount: 0 }, invitations: [] });
    const invs = await gql(app, `{ invitations { id } }`, {}, b.token);
    expect(errorCode(await gql(app, `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`, { id: invs.data!.invitations[0].id }, a.token))).toBe('NOT_FOUND');
  });
});
