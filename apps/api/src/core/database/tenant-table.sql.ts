/**
 * SQL that every tenant table gets in its migration: row-level security forced and keyed on the
 * transaction's workspace (see TenantDb), a policy letting the migrating (owner) role do system work,
 * and the generic audit triggers (row-level for updates and deletes, statement-level for inserts). `auditExclude` lists columns never copied into the audit log (secrets).
 */
export function tenantTableSql(
  table: string,
  options: { audit?: boolean; auditExclude?: string[]; keyColumn?: string } = {},
): string[] {
  const key = options.keyColumn ?? 'workspace_id';
  const statements = [
    `ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`,
    `ALTER TABLE "${table}" FORCE ROW LEVEL SECURITY`,
    `CREATE POLICY tenant_isolation ON "${table}" USING ("${key}" = app_current_workspace()) WITH CHECK ("${key}" = app_current_workspace())`,
    `CREATE POLICY system_access ON "${table}" TO CURRENT_USER USING (true) WITH CHECK (true)`,
  ];
  if (options.audit !== false) {
    const excluded = ['updated_at', ...(options.auditExclude ?? [])].map((c) => `'${c}'`).join(', ');
    statements.push(
      `CREATE TRIGGER audit_row_change AFTER UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION audit_row_change(${excluded})`,
      `CREATE TRIGGER audit_rows_inserted AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION audit_rows_inserted(${excluded})`,
    );
  }
  return statements;
}

/**
 * The same as tenantTableSql as it was before migration SearchAndBulkAudit1764000000002 (one row-level audit trigger
 * for inserts too). Migrations written before it call this so that they keep producing exactly what they produced.
 */
export function tenantTableSqlV1(table: string, options: { audit?: boolean; auditExclude?: string[]; keyColumn?: string } = {}): string[] {
  return tenantTableSql(table, options).flatMap((statement) => {
    if (statement.startsWith('CREATE TRIGGER audit_rows_inserted')) return [];
    return [statement.replace('AFTER UPDATE OR DELETE ON', 'AFTER INSERT OR UPDATE OR DELETE ON')];
  });
}
