import { Permission, StaffRole } from './permissions';

export interface StaffPrincipal {
  kind: 'staff';
  userId: string;
  memberId: string;
  workspaceId: string;
  role: StaffRole;
  email: string;
  permissions: ReadonlySet<Permission>;
}

export interface ApiKeyPrincipal {
  kind: 'apiKey';
  apiKeyId: string;
  workspaceId: string;
  name: string;
  permissions: ReadonlySet<Permission>;
}

export type Principal = StaffPrincipal | ApiKeyPrincipal;
