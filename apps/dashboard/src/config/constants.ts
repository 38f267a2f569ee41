export const STORAGE_KEYS = {
  refreshToken: 'peyvand.refreshToken',
  locale: 'peyvand.locale',
} as const;

export const SUPPORTED_LOCALES = ['fa', 'en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fa';

export const STAFF_ROLES = ['OWNER', 'ADMIN', 'SALES', 'SUPPORT', 'MARKETING', 'WAREHOUSE'] as const;

// Permission strings as returned in `viewer.permissions`.
export const PERMISSIONS = {
  staffManage: 'staff:manage',
  apiKeysManage: 'apiKeys:manage',
  workspaceManage: 'workspace:manage',
  auditRead: 'audit:read',
} as const;
