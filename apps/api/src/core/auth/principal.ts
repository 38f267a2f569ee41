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

/**
 * A customer signed in to the club (member panel, store). Holds no staff permission: only operations declared
 * `@ClubMember()` accept it, and they act on this contact's own data.
 */
export interface ClubMemberPrincipal {
  kind: 'member';
  clubMemberId: string;
  contactId: string;
  workspaceId: string;
  permissions: ReadonlySet<Permission>;
}

export type Principal = StaffPrincipal | ApiKeyPrincipal | ClubMemberPrincipal;
