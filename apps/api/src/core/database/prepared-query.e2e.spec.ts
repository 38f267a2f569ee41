import { DataSource } from 'typeorm';
import { signUpOwner } from '../../../test/utils/graphql';
import { startTestApp, TestApp } from '../../../test/utils/test-app';
import { preparedQuery, TenantDb } from './tenant-db.service';

// A statement PostgreSQL would re-plan on every call under auto mode: row security and an array of ids.
const BY_IDS = `SELECT id, first_name FROM contacts WHERE id = ANY ($1::uuid[]) ORDER BY id`;

describe('preparedQuery', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('with genericPlan, runs the named statement with generic plans for the rest of its transaction only', async () => {
    const owner = await signUpOwner(app, 'Prepared shop');
    const db = app.app.get(TenantDb);
    const stats = await db.tx(async (em) => {
      for (let i = 0; i < 8; i++) expect(await preparedQuery(em, BY_IDS, [[]], { genericPlan: true })).toEqual([]);
      const [mode] = await em.query(`SELECT current_setting('plan_cache_mode') AS mode`);
      const [statement] = await em.query(`SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement = $1`, [BY_IDS]);
      return { mode: mode.mode, statement };
    }, owner.workspaceId);
    expect(stats.mode).toBe('force_generic_plan');
    expect(stats.statement.custom_plans).toBe('0');
    expect(Number(stats.statement.generic_plans)).toBeGreaterThanOrEqual(8);
    // The setting ends with its transaction: the next one on the pool starts in auto mode.
    const after = await db.tx(async (em) => (await em.query(`SELECT current_setting('plan_cache_mode') AS mode`))[0].mode, owner.workspaceId);
    expect(after).toBe('auto');
  });

  it('outside a transaction runs on a pooled connection as the owner, and a failing statement names itself', async () => {
    const owner = await signUpOwner(app, 'Pooled shop');
    const em = app.app.get(DataSource).manager;
    const members = `SELECT role FROM workspace_members WHERE workspace_id = $1`;
    for (let i = 0; i < 3; i++) expect(await preparedQuery(em, members, [owner.workspaceId])).toEqual([{ role: 'OWNER' }]);
    await expect(preparedQuery(em, `SELECT no_such_column FROM workspace_members WHERE id = $1`, [owner.workspaceId])).rejects.toThrow(/no_such_column/);
  });
});
