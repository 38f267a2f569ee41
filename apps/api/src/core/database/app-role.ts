import { DataSource } from 'typeorm';

/**
 * The role request transactions switch to (`set_config('role', …, true)`): not the tables' owner and not a
 * superuser, so row-level security always applies to it. Idempotent; run after migrations on every start.
 */
export async function ensureAppRole(ds: DataSource, role: string): Promise<void> {
  await ds.query(`DO $$ BEGIN
      CREATE ROLE ${role} NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
    END $$`);
  const [{ rolsuper }] = await ds.query(`SELECT rolsuper FROM pg_roles WHERE rolname = current_user`);
  if (!rolsuper) {
    const [{ member }] = await ds.query(`SELECT pg_has_role(current_user, $1, 'MEMBER') AS member`, [role]);
    if (!member) await ds.query(`GRANT ${role} TO current_user`);
  }
  await ds.query(`GRANT USAGE ON SCHEMA public TO ${role}`);
  await ds.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${role}`);
  await ds.query(`GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${role}`);
  // The audit log is append-only for the application; migrations bookkeeping is not its business.
  await ds.query(`REVOKE UPDATE, DELETE ON audit_log FROM ${role}`);
  await ds.query(`REVOKE ALL ON migrations FROM ${role}`);
}

/** Lets request transactions enqueue pg-boss jobs atomically with their business change (the outbox). */
export async function grantJobQueueToAppRole(ds: DataSource, role: string, schema = 'pgboss'): Promise<void> {
  await ds.query(`GRANT USAGE ON SCHEMA ${schema} TO ${role}`);
  await ds.query(`GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA ${schema} TO ${role}`);
}
