import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Measured at a million contacts (docs/BENCHMARKS.md):
 * - Row-level security keeps PostgreSQL from using the trigram index for `search_text LIKE` (LIKE is not
 *   leakproof, so it runs after the policy, over every row). contact_search_ids() runs the LIKEs as the owner,
 *   filtered explicitly by the transaction's workspace, so the index is used; it returns at most max_rows ids
 *   (a rare term's exact match set; a common term is better served by walking the newest-first list).
 * - Email lookups compare the stored (already lower-cased) address directly, with a plain index.
 * - Inserts are audited by one statement-level trigger over the inserted rows instead of one call per row, storing
 *   the new row as `{ "__after": row }` (expanded to `{ field: { after } }` when read, see AuditResolver): building
 *   the per-field object for every imported contact cost time. A transaction may set app.audit_inserts = 'summary'
 *   (bulk import does) to get one entry per statement listing the inserted ids instead of one per row.
 */
export class SearchAndBulkAudit1764000000002 implements MigrationInterface {
  name = 'SearchAndBulkAudit1764000000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION contact_search_ids(terms text[], max_rows int) RETURNS SETOF uuid
      LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
      DECLARE
        query text := 'SELECT id FROM contacts WHERE workspace_id = app_current_workspace() AND deleted_at IS NULL';
      BEGIN
        IF app_current_workspace() IS NULL THEN RETURN; END IF;
        FOR i IN 1 .. coalesce(array_length(terms, 1), 0) LOOP
          query := query || format(' AND search_text LIKE %L',
            '%' || replace(replace(replace(terms[i], '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%');
        END LOOP;
        RETURN QUERY EXECUTE query || format(' LIMIT %s', max_rows);
      END $$`);

    await q.query(`UPDATE contacts SET email = lower(email) WHERE email <> lower(email)`);
    await q.query(`DROP INDEX contacts_email_idx`);
    await q.query(`CREATE INDEX contacts_email_idx ON contacts (workspace_id, email) WHERE deleted_at IS NULL AND email IS NOT NULL`);

    await q.query(`
      CREATE FUNCTION audit_rows_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        excluded text[] := TG_ARGV;
        actor text := COALESCE(NULLIF(current_setting('app.actor', true), ''), 'system');
      BEGIN
        IF current_setting('app.audit_inserts', true) = 'summary' THEN
          -- Bulk imports: one entry per statement naming the rows, instead of one per row.
          INSERT INTO audit_log (workspace_id, actor_type, actor_id, actor_label, request_id, action, entity, entity_id, changes)
          SELECT n.workspace_id, split_part(actor, ':', 1), NULLIF(split_part(actor, ':', 2), ''),
                 NULLIF(current_setting('app.actor_label', true), ''), NULLIF(current_setting('app.request_id', true), ''),
                 'INSERT', TG_TABLE_NAME, NULL,
                 jsonb_build_object('__summary', jsonb_build_object('rows', count(*), 'ids', jsonb_agg(n.id)))
            FROM new_rows n GROUP BY n.workspace_id;
          RETURN NULL;
        END IF;
        INSERT INTO audit_log (workspace_id, actor_type, actor_id, actor_label, request_id, action, entity, entity_id, changes)
        SELECT COALESCE((r ->> 'workspace_id')::uuid, CASE WHEN TG_TABLE_NAME = 'workspaces' THEN (r ->> 'id')::uuid END),
               split_part(actor, ':', 1), NULLIF(split_part(actor, ':', 2), ''),
               NULLIF(current_setting('app.actor_label', true), ''), NULLIF(current_setting('app.request_id', true), ''),
               'INSERT', TG_TABLE_NAME, r ->> 'id', jsonb_build_object('__after', r)
          FROM (SELECT to_jsonb(n) - excluded AS r FROM new_rows n) inserted;
        RETURN NULL;
      END $$`);
    const triggers: Array<{ table: string; args: string }> = await q.query(`
      SELECT c.relname AS table, pg_get_triggerdef(t.oid) AS def,
             substring(pg_get_triggerdef(t.oid) from 'audit_row_change\\((.*)\\)$') AS args
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE t.tgname = 'audit_row_change' AND n.nspname = 'public'`);
    for (const { table, args } of triggers) {
      await q.query(`DROP TRIGGER audit_row_change ON "${table}"`);
      await q.query(`CREATE TRIGGER audit_row_change AFTER UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION audit_row_change(${args})`);
      await q.query(`CREATE TRIGGER audit_rows_inserted AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_rows_inserted(${args})`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    const tables: Array<{ table: string; args: string }> = await q.query(`
      SELECT c.relname AS table, substring(pg_get_triggerdef(t.oid) from 'audit_rows_inserted\\((.*)\\)$') AS args
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = 'audit_rows_inserted'`);
    for (const { table, args } of tables) {
      await q.query(`DROP TRIGGER audit_rows_inserted ON "${table}"`);
      await q.query(`DROP TRIGGER audit_row_change ON "${table}"`);
      await q.query(`CREATE TRIGGER audit_row_change AFTER INSERT OR UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION audit_row_change(${args})`);
    }
    await q.query(`DROP FUNCTION audit_rows_inserted()`);
    await q.query(`DROP INDEX contacts_email_idx`);
    await q.query(`CREATE INDEX contacts_email_idx ON contacts (workspace_id, lower(email)) WHERE deleted_at IS NULL AND email IS NOT NULL`);
    await q.query(`DROP FUNCTION contact_search_ids(text[], int)`);
  }
}
