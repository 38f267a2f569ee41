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

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreateApiKeyPayload', secret: string, apiKey: { __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<string>, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null } } };

export type ApiKeysQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ApiKeysQuery = { __typename?: 'Query', apiKeys: { __typename?: 'ApiKeyConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'ApiKeyEdge', cursor: string, node: { __typename?: 'ApiKey', id: string, name: string, prefix: string, scopes: Array<string>, createdAt: string, lastUsedAt?: string | null, revokedAt?: string | null } }> } };

export type ApiScopesQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiScopesQuery = { __typename?: 'Query', apiScopes: Array<string> };

export type RevokeApiKeyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'ApiKey', id: string, revokedAt?: string | null } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, viewer: { __typename?: 'Viewer', role?: StaffRole | null, permissions: Array<string>, user?: { __typename?: 'User', id: string, email: string, fullName: string, locale: string } | null, workspace: { __typename?: 'Workspace', id: string, name: string, slug: string, timezone: string, defaultLocale: string, displayCurrency: string, createdAt: string } } } };

export type ViewerFieldsFragment = { __typename?: 'Viewer', role?: StaffRole | null, permissions: Array<string>, user?: { __typename?: 'User', id: string, email: string, fullName: string, locale: string } | null, workspace: { __typename?: 'Workspace', id: string, name: string, slug: string, timezone: string, defaultLocale: string, displayCurrency: string, createdAt: string } };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { __typename?: 'Query', viewer: { __typename?: 'Viewer', role?: StaffRole | null, permissions: Array<string>, user?: { __typename?: 'User', id: string, email: string, fullName: string, locale: string } | null, workspace: { __typename?: 'Workspace', id: string, name: string, slug: string, timezone: string, defaultLocale: string, displayCurrency: string, createdAt: string } } };

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, viewer: { __typename?: 'Viewer', role?: StaffRole | null, permissions: Array<string>, user?: { __typename?: 'User', id: string, email: string, fullName: string, locale: string } | null, workspace: { __typename?: 'Workspace', id: string, name: string, slug: string, timezone: string, defaultLocale: string, displayCurrency: string, createdAt: string } } } };

export type LogoutMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type RefreshTokenMutationVariables = Exact<{
  refreshToken: Scalars['String']['input'];
}>;


export type RefreshTokenMutation = { __typename?: 'Mutation', refreshToken: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, viewer: { __typename?: 'Viewer', role?: StaffRole | null, permissions: Array<string>, user?: { __typename?: 'User', id: string, email: string, fullName: string, locale: string } | null, workspace: { __typename?: 'Workspace', id: string, name: string, slug: string, timezone: string, defaultLocale: string, displayCurrency: string, createdAt: string } } } };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { __typename?: 'Mutation', signUp: { __typename?: 'AuthPayload', accessToken: string, accessTokenExpiresAt: string, refreshToken: string, viewer: { __typename?: 'Viewer', role?: StaffRole | null, permissions: Array<string>, user?: { __typename?: 'User', id: string, email: string, fullName: string, locale: string } | null, workspace: { __typename?: 'Workspace', id: string, name: string, slug: string, timezone: string, defaultLocale: string, displayCurrency: string, createdAt: string } } } };

export type ChangeStaffRoleMutationVariables = Exact<{
  input: ChangeStaffRoleInput;
}>;


export type ChangeStaffRoleMutation = { __typename?: 'Mutation', changeStaffRole: { __typename?: 'StaffMember', id: string, role: StaffRole, status: StaffStatus } };

export type DisableStaffMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DisableStaffMemberMutation = { __typename?: 'Mutation', disableStaffMember: { __typename?: 'StaffMember', id: string, role: StaffRole, status: StaffStatus } };

export type InvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type InvitationsQuery = { __typename?: 'Query', invitations: Array<{ __typename?: 'Invitation', id: string, email: string, role: StaffRole, status: InvitationStatus, expiresAt: string, createdAt: string }> };

export type StaffMembersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type StaffMembersQuery = { __typename?: 'Query', staffMembers: { __typename?: 'StaffMemberConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'StaffMemberEdge', cursor: string, node: { __typename?: 'StaffMember', id: string, email: string, fullName: string, role: StaffRole, status: StaffStatus, createdAt: string, lastLoginAt?: string | null } }> } };

export type InviteStaffMutationVariables = Exact<{
  input: InviteStaffInput;
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type InviteStaffMutation = { __typename?: 'Mutation', inviteStaff: { __typename?: 'Invitation', id: string, email: string, role: StaffRole, status: InvitationStatus, expiresAt: string, createdAt: string } };

export type RevokeInvitationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeInvitationMutation = { __typename?: 'Mutation', revokeInvitation: { __typename?: 'Invitation', id: string, status: InvitationStatus } };

export type UpdateWorkspaceMutationVariables = Exact<{
  input: UpdateWorkspaceInput;
}>;


export type UpdateWorkspaceMutation = { __typename?: 'Mutation', updateWorkspace: { __typename?: 'Workspace', id: string, name: string, slug: string, timezone: string, defaultLocale: string, displayCurrency: string, createdAt: string } };

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
export const ViewerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ViewerFields on Viewer {
  role
  permissions
  user {
    id
    email
    fullName
    locale
  }
  workspace {
    id
    name
    slug
    timezone
    defaultLocale
    displayCurrency
    createdAt
  }
}
    `, {"fragmentName":"ViewerFields"}) as unknown as TypedDocumentString<ViewerFieldsFragment, unknown>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    secret
    apiKey {
      id
      name
      prefix
      scopes
      createdAt
      lastUsedAt
      revokedAt
    }
  }
}
    `) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const ApiKeysDocument = new TypedDocumentString(`
    query ApiKeys($first: Int, $after: String) {
  apiKeys(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        name
        prefix
        scopes
        createdAt
        lastUsedAt
        revokedAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const ApiScopesDocument = new TypedDocumentString(`
    query ApiScopes {
  apiScopes
}
    `) as unknown as TypedDocumentString<ApiScopesQuery, ApiScopesQueryVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    viewer {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on Viewer {
  role
  permissions
  user {
    id
    email
    fullName
    locale
  }
  workspace {
    id
    name
    slug
    timezone
    defaultLocale
    displayCurrency
    createdAt
  }
}`) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    ...ViewerFields
  }
}
    fragment ViewerFields on Viewer {
  role
  permissions
  user {
    id
    email
    fullName
    locale
  }
  workspace {
    id
    name
    slug
    timezone
    defaultLocale
    displayCurrency
    createdAt
  }
}`) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    viewer {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on Viewer {
  role
  permissions
  user {
    id
    email
    fullName
    locale
  }
  workspace {
    id
    name
    slug
    timezone
    defaultLocale
    displayCurrency
    createdAt
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($refreshToken: String!) {
  logout(refreshToken: $refreshToken)
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const RefreshTokenDocument = new TypedDocumentString(`
    mutation RefreshToken($refreshToken: String!) {
  refreshToken(refreshToken: $refreshToken) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    viewer {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on Viewer {
  role
  permissions
  user {
    id
    email
    fullName
    locale
  }
  workspace {
    id
    name
    slug
    timezone
    defaultLocale
    displayCurrency
    createdAt
  }
}`) as unknown as TypedDocumentString<RefreshTokenMutation, RefreshTokenMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    viewer {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on Viewer {
  role
  permissions
  user {
    id
    email
    fullName
    locale
  }
  workspace {
    id
    name
    slug
    timezone
    defaultLocale
    displayCurrency
    createdAt
  }
}`) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const ChangeStaffRoleDocument = new TypedDocumentString(`
    mutation ChangeStaffRole($input: ChangeStaffRoleInput!) {
  changeStaffRole(input: $input) {
    id
    role
    status
  }
}
    `) as unknown as TypedDocumentString<ChangeStaffRoleMutation, ChangeStaffRoleMutationVariables>;
export const DisableStaffMemberDocument = new TypedDocumentString(`
    mutation DisableStaffMember($id: ID!) {
  disableStaffMember(id: $id) {
    id
    role
    status
  }
}
    `) as unknown as TypedDocumentString<DisableStaffMemberMutation, DisableStaffMemberMutationVariables>;
export const InvitationsDocument = new TypedDocumentString(`
    query Invitations {
  invitations {
    id
    email
    role
    status
    expiresAt
    createdAt
  }
}
    `) as unknown as TypedDocumentString<InvitationsQuery, InvitationsQueryVariables>;
export const StaffMembersDocument = new TypedDocumentString(`
    query StaffMembers($first: Int, $after: String) {
  staffMembers(first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        id
        email
        fullName
        role
        status
        createdAt
        lastLoginAt
      }
    }
  }
}
    `) as unknown as TypedDocumentString<StaffMembersQuery, StaffMembersQueryVariables>;
export const InviteStaffDocument = new TypedDocumentString(`
    mutation InviteStaff($input: InviteStaffInput!, $idempotencyKey: String) {
  inviteStaff(input: $input, idempotencyKey: $idempotencyKey) {
    id
    email
    role
    status
    expiresAt
    createdAt
  }
}
    `) as unknown as TypedDocumentString<InviteStaffMutation, InviteStaffMutationVariables>;
export const RevokeInvitationDocument = new TypedDocumentString(`
    mutation RevokeInvitation($id: ID!) {
  revokeInvitation(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const UpdateWorkspaceDocument = new TypedDocumentString(`
    mutation UpdateWorkspace($input: UpdateWorkspaceInput!) {
  updateWorkspace(input: $input) {
    id
    name
    slug
    timezone
    defaultLocale
    displayCurrency
    createdAt
  }
}
    `) as unknown as TypedDocumentString<UpdateWorkspaceMutation, UpdateWorkspaceMutationVariables>;