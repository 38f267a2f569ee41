/**
 * The permission matrix: the one place that says which role may do what. Resolvers and REST routes declare
 * the permission they need with @RequirePermission; API keys carry a subset of these strings as scopes.
 * docs/PERMISSIONS.md is generated from this table (npm run docs:permissions) and checked by a test.
 */
export const PERMISSIONS = [
  'workspace:read',
  'workspace:manage',
  'staff:read',
  'staff:manage',
  'apiKeys:manage',
  'audit:read',
  'contacts:read',
  'contacts:write',
  'segments:read',
  'segments:write',
  'campaigns:read',
  'campaigns:write',
  'club:read',
  'club:write',
  'club:manage',
  'tickets:read',
  'tickets:write',
  'tickets:manage',
  'inventory:read',
  'inventory:write',
  'orders:read',
  'orders:write',
  'sales:manage',
  'metrics:read',
  'calls:write',
  'messages:read',
  'messages:send',
  'messages:receive',
  'messaging:settings',
  'suppressions:write',
  'templates:read',
  'templates:write',
  'jobs:manage',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export enum StaffRole {
  OWNER = 'OWNER',
  ADMIN = 'ADMIN',
  SALES = 'SALES',
  SUPPORT = 'SUPPORT',
  MARKETING = 'MARKETING',
  WAREHOUSE = 'WAREHOUSE',
}

const all = [...PERMISSIONS];

export const ROLE_PERMISSIONS: Record<StaffRole, readonly Permission[]> = {
  [StaffRole.OWNER]: all,
  [StaffRole.ADMIN]: all,
  [StaffRole.SALES]: [
    'workspace:read', 'staff:read', 'contacts:read', 'contacts:write', 'segments:read', 'campaigns:read',
    'club:read', 'tickets:read', 'inventory:read', 'orders:read', 'orders:write', 'metrics:read', 'messages:read', 'messages:send',
    'templates:read',
  ],
  [StaffRole.SUPPORT]: [
    'workspace:read', 'staff:read', 'contacts:read', 'contacts:write', 'club:read', 'tickets:read',
    'tickets:write', 'inventory:read', 'orders:read', 'messages:read', 'messages:send', 'templates:read',
  ],
  [StaffRole.MARKETING]: [
    'workspace:read', 'staff:read', 'contacts:read', 'contacts:write', 'segments:read', 'segments:write',
    'campaigns:read', 'campaigns:write', 'club:read', 'club:write', 'club:manage', 'metrics:read', 'orders:read', 'inventory:read',
    'messages:read', 'messages:send', 'templates:read', 'templates:write', 'suppressions:write',
  ],
  [StaffRole.WAREHOUSE]: [
    'workspace:read', 'staff:read', 'contacts:read', 'inventory:read', 'inventory:write', 'orders:read',
  ],
};

/** Scopes an API key may hold: integrations get business data, never staff, key, audit or channel-credential administration. */
export const API_KEY_SCOPES: readonly Permission[] = PERMISSIONS.filter(
  (p) => !['staff:manage', 'apiKeys:manage', 'audit:read', 'workspace:manage', 'jobs:manage', 'messaging:settings'].includes(p),
);

export function permissionsOf(role: StaffRole): ReadonlySet<Permission> {
  return new Set(ROLE_PERMISSIONS[role]);
}

/** Roles an actor may grant: only an owner can make admins; nobody grants OWNER through invitations. */
export function canAssignRole(actor: StaffRole, target: StaffRole): boolean {
  if (target === StaffRole.OWNER) return false;
  if (target === StaffRole.ADMIN) return actor === StaffRole.OWNER;
  return actor === StaffRole.OWNER || actor === StaffRole.ADMIN;
}
