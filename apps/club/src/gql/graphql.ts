/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

export type AcceptInvitationInput = {
  fullName: Scalars['String']['input'];
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type ApiKey = {
  __typename?: 'ApiKey';
  createdAt: Scalars['DateTime']['output'];
  /** Who created the key */
  createdBy?: Maybe<StaffMember>;
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  /** The public part of the key (pvk_<prefix>_…), to recognise it */
  prefix: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  scopes: Array<Scalars['String']['output']>;
};

export type ApiKeyConnection = {
  __typename?: 'ApiKeyConnection';
  edges: Array<ApiKeyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ApiKeyEdge = {
  __typename?: 'ApiKeyEdge';
  cursor: Scalars['String']['output'];
  node: ApiKey;
};

export type AuditLogEntry = {
  __typename?: 'AuditLogEntry';
  /** INSERT, UPDATE or DELETE */
  action: Scalars['String']['output'];
  actorId?: Maybe<Scalars['String']['output']>;
  actorLabel?: Maybe<Scalars['String']['output']>;
  /** "user", "api_key" or "system" */
  actorType: Scalars['String']['output'];
  /** Changed fields: { field: { before, after } } */
  changes: Scalars['JSON']['output'];
  /** The table changed */
  entity: Scalars['String']['output'];
  entityId?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  requestId?: Maybe<Scalars['String']['output']>;
};

export type AuditLogEntryConnection = {
  __typename?: 'AuditLogEntryConnection';
  edges: Array<AuditLogEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AuditLogEntryEdge = {
  __typename?: 'AuditLogEntryEdge';
  cursor: Scalars['String']['output'];
  node: AuditLogEntry;
};

export type AuthPayload = {
  __typename?: 'AuthPayload';
  accessToken: Scalars['String']['output'];
  accessTokenExpiresAt: Scalars['DateTime']['output'];
  refreshToken: Scalars['String']['output'];
  viewer: Viewer;
};

export type ChangeStaffRoleInput = {
  role: StaffRole;
  staffMemberId: Scalars['ID']['input'];
};

export type ClubBranding = {
  __typename?: 'ClubBranding';
  logoUrl?: Maybe<Scalars['String']['output']>;
  primaryColor: Scalars['String']['output'];
  tagline?: Maybe<Scalars['String']['output']>;
};

export type CreateApiKeyInput = {
  name: Scalars['String']['input'];
  scopes: Array<Scalars['String']['input']>;
};

export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  apiKey: ApiKey;
  /** The whole key. Shown only this once; store it safely */
  secret: Scalars['String']['output'];
};

export type Invitation = {
  __typename?: 'Invitation';
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  role: StaffRole;
  status: InvitationStatus;
};

export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type InviteStaffInput = {
  email: Scalars['String']['input'];
  role: StaffRole;
};

export type LoginInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
  workspaceSlug?: InputMaybe<Scalars['String']['input']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  acceptInvitation: AuthPayload;
  changeStaffRole: StaffMember;
  createApiKey: CreateApiKeyPayload;
  /** Disables a member and signs them out everywhere */
  disableStaffMember: StaffMember;
  /** Emails an invitation link; a replay with the same idempotencyKey returns the first result */
  inviteStaff: Invitation;
  login: AuthPayload;
  /** Revokes the refresh token and every token rotated from the same sign-in */
  logout: Scalars['Boolean']['output'];
  /** Rotates a refresh token: the old one stops working */
  refreshToken: AuthPayload;
  revokeApiKey: ApiKey;
  revokeInvitation: Invitation;
  /** Creates a workspace and its owner, and signs the owner in */
  signUp: AuthPayload;
  updateWorkspace: Workspace;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationChangeStaffRoleArgs = {
  input: ChangeStaffRoleInput;
};


export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


export type MutationDisableStaffMemberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationInviteStaffArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: InviteStaffInput;
};


export type MutationLoginArgs = {
  input: LoginInput;
};


export type MutationLogoutArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRefreshTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationRevokeApiKeyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSignUpArgs = {
  input: SignUpInput;
};


export type MutationUpdateWorkspaceArgs = {
  input: UpdateWorkspaceInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** What anyone may see of a workspace: its club landing page */
export type PublicWorkspace = {
  __typename?: 'PublicWorkspace';
  branding: ClubBranding;
  defaultLocale: Scalars['String']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  apiKeys: ApiKeyConnection;
  /** Scopes an API key may be given */
  apiScopes: Array<Scalars['String']['output']>;
  /** Every change made in the workspace, newest first */
  auditLog: AuditLogEntryConnection;
  invitations: Array<Invitation>;
  /** What each role may do (the permission matrix) */
  permissionMatrix: Array<RolePermissions>;
  /** A club's public face by its address; null when unknown */
  publicWorkspace?: Maybe<PublicWorkspace>;
  staffMembers: StaffMemberConnection;
  viewer: Viewer;
  workspace: Workspace;
};


export type QueryApiKeysArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryAuditLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  entity?: InputMaybe<Scalars['String']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryPublicWorkspaceArgs = {
  slug: Scalars['String']['input'];
};


export type QueryStaffMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

export type RolePermissions = {
  __typename?: 'RolePermissions';
  permissions: Array<Scalars['String']['output']>;
  role: StaffRole;
};

export type SignUpInput = {
  email: Scalars['String']['input'];
  fullName: Scalars['String']['input'];
  locale?: InputMaybe<Scalars['String']['input']>;
  password: Scalars['String']['input'];
  workspaceName: Scalars['String']['input'];
  /** Club address /club/<slug>; derived from the name when omitted */
  workspaceSlug?: InputMaybe<Scalars['String']['input']>;
};

export type StaffMember = {
  __typename?: 'StaffMember';
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastLoginAt?: Maybe<Scalars['DateTime']['output']>;
  role: StaffRole;
  status: StaffStatus;
};

export type StaffMemberConnection = {
  __typename?: 'StaffMemberConnection';
  edges: Array<StaffMemberEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type StaffMemberEdge = {
  __typename?: 'StaffMemberEdge';
  cursor: Scalars['String']['output'];
  node: StaffMember;
};

export type StaffRole =
  | 'ADMIN'
  | 'MARKETING'
  | 'OWNER'
  | 'SALES'
  | 'SUPPORT'
  | 'WAREHOUSE';

export type StaffStatus =
  | 'ACTIVE'
  | 'DISABLED';

export type Subscription = {
  __typename?: 'Subscription';
  workspaceEvents: WorkspaceEvent;
};

export type UpdateWorkspaceInput = {
  defaultLocale?: InputMaybe<Scalars['String']['input']>;
  displayCurrency?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  timezone?: InputMaybe<Scalars['String']['input']>;
};

export type User = {
  __typename?: 'User';
  email: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
};

/** Who is calling: a staff member (user + role) or an API key */
export type Viewer = {
  __typename?: 'Viewer';
  permissions: Array<Scalars['String']['output']>;
  role?: Maybe<StaffRole>;
  user?: Maybe<User>;
  workspace: Workspace;
};

export type Workspace = {
  __typename?: 'Workspace';
  createdAt: Scalars['DateTime']['output'];
  /** "fa" or "en" */
  defaultLocale: Scalars['String']['output'];
  /** "IRR" (Rial) or "IRT" (Toman); amounts are always stored in Rial */
  displayCurrency: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  slug: Scalars['String']['output'];
  /** IANA time zone; dates are shown and scheduled in it */
  timezone: Scalars['String']['output'];
};

export type WorkspaceEvent = {
  __typename?: 'WorkspaceEvent';
  occurredAt: Scalars['DateTime']['output'];
  /** The domain event name, e.g. workspace.created */
  type: Scalars['String']['output'];
};

export type PublicWorkspaceQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type PublicWorkspaceQuery = { __typename?: 'Query', publicWorkspace?: { __typename?: 'PublicWorkspace', name: string, slug: string, defaultLocale: string, branding: { __typename?: 'ClubBranding', primaryColor: string, logoUrl?: string | null, tagline?: string | null } } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const PublicWorkspaceDocument = new TypedDocumentString(`
    query PublicWorkspace($slug: String!) {
  publicWorkspace(slug: $slug) {
    name
    slug
    defaultLocale
    branding {
      primaryColor
      logoUrl
      tagline
    }
  }
}
    `) as unknown as TypedDocumentString<PublicWorkspaceQuery, PublicWorkspaceQueryVariables>;