export const STORAGE_KEYS = {
  refreshToken: 'peyvand.refreshToken',
  locale: 'peyvand.locale',
} as const;

export { DEFAULT_LOCALE, SUPPORTED_LOCALES, type Locale } from '@peyvand/web';

export const STAFF_ROLES = ['OWNER', 'ADMIN', 'SALES', 'SUPPORT', 'MARKETING', 'WAREHOUSE'] as const;

// Permission strings as returned in `viewer.permissions`.
export const PERMISSIONS = {
  staffManage: 'staff:manage',
  apiKeysManage: 'apiKeys:manage',
  workspaceManage: 'workspace:manage',
  auditRead: 'audit:read',
  contactsRead: 'contacts:read',
  contactsWrite: 'contacts:write',
  messagesRead: 'messages:read',
  messagesSend: 'messages:send',
  templatesRead: 'templates:read',
  templatesWrite: 'templates:write',
  messagingSettings: 'messaging:settings',
  suppressionsWrite: 'suppressions:write',
  campaignsRead: 'campaigns:read',
  campaignsWrite: 'campaigns:write',
  clubRead: 'club:read',
  clubManage: 'club:manage',
  inventoryRead: 'inventory:read',
  inventoryWrite: 'inventory:write',
  ordersRead: 'orders:read',
  ordersWrite: 'orders:write',
  salesManage: 'sales:manage',
  ticketsRead: 'tickets:read',
  ticketsWrite: 'tickets:write',
  ticketsManage: 'tickets:manage',
  workspaceRead: 'workspace:read',
  jobsManage: 'jobs:manage',
} as const;

// Contacts module enums (same order as the API's; labels under `enums.<Enum>.<VALUE>`).
export const LIFECYCLE_STAGES = [
  'SUSPECT',
  'PROSPECT',
  'DISQUALIFIED',
  'FIRST_TIME_CUSTOMER',
  'REPEAT_CUSTOMER',
  'CLIENT',
  'ADVOCATE',
  'PARTNER',
  'INACTIVE',
  'LOST',
] as const;
export const GENDERS = ['FEMALE', 'MALE', 'OTHER'] as const;
export const CONTACT_SOURCES = ['WEB_FORM', 'CLUB', 'PHONE', 'WALK_IN', 'IMPORT', 'REFERRAL', 'CAMPAIGN', 'SOCIAL', 'OTHER'] as const;
export const CONSENT_CHANNELS = ['SMS', 'EMAIL', 'CALL'] as const;
export const CONSENT_STATUSES = ['GRANTED', 'WITHDRAWN', 'UNKNOWN'] as const;
export const RELATIONS = ['SPOUSE', 'CHILD', 'PARENT', 'SIBLING', 'COLLEAGUE', 'FRIEND', 'OTHER'] as const;
export const IMPORTANT_DATE_KINDS = ['BIRTHDAY', 'ANNIVERSARY', 'CHILD_BIRTHDAY', 'CONFERENCE', 'CUSTOM'] as const;
export const MESSAGE_CHANNELS = ['SMS', 'EMAIL', 'CALL', 'NONE'] as const;
export const TIMELINE_KINDS = [
  'CALL',
  'SMS',
  'EMAIL',
  'WEB_FORM',
  'SOCIAL',
  'MEETING',
  'VISIT',
  'NOTE',
  'STAGE_CHANGE',
  'TASK',
  'CONSENT',
  'CONTACT_CREATED',
  'CONTACT_MERGED',
  'ORDER',
  'INVOICE',
  'TICKET',
  'POINTS',
  'CLUB',
  'CAMPAIGN',
  'SURVEY',
] as const;
/** Kinds a staff member can log by hand. */
export const LOGGABLE_TIMELINE_KINDS = ['CALL', 'SMS', 'EMAIL', 'MEETING', 'VISIT', 'SOCIAL', 'NOTE'] as const;
export const DIRECTIONS = ['IN', 'OUT', 'NONE'] as const;
export const TASK_KINDS = ['CALL', 'MEETING', 'EMAIL', 'TODO'] as const;
export const CUSTOM_FIELD_TYPES = ['TEXT', 'NUMBER', 'DATE', 'SELECT', 'MULTI_SELECT'] as const;
