import { API_KEY_SCOPES, PERMISSIONS, ROLE_PERMISSIONS, StaffRole } from './permissions';

/** docs/PERMISSIONS.md, rendered from the matrix in permissions.ts (a test keeps the file current). */
export function renderPermissionsDoc(): string {
  const roles = Object.values(StaffRole);
  const header = `| permission | ${roles.join(' | ')} | API key scope |\n|---|${roles.map(() => '---|').join('')}---|`;
  const rows = PERMISSIONS.map(
    (p) => `| \`${p}\` | ${roles.map((r) => (ROLE_PERMISSIONS[r].includes(p) ? '✓' : '')).join(' | ')} | ${API_KEY_SCOPES.includes(p) ? '✓' : ''} |`,
  );
  return [
    '# Permissions',
    '',
    'Generated from `apps/api/src/core/auth/permissions.ts` (the one place roles are defined); a test fails when',
    'this file is stale — regenerate with `UPDATE_DOCS=1 npx jest permission-matrix`.',
    '',
    'Every GraphQL operation and REST route declares `@Public()`, `@Authenticated()` or',
    '`@RequirePermission(p)`; one without a rule is refused. Staff get the permissions of their role (read on every',
    'request, so a role change applies at once); an API key holds a subset of the scopes marked below.',
    'Only the owner can grant or change the ADMIN role; nobody can be given OWNER through the API.',
    '',
    header,
    ...rows,
    '',
  ].join('\n');
}
