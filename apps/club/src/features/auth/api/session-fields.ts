// PROVISIONAL until the members API lands in schema.graphql: hand-written shapes (from modules/club/members/models),
// replaced by codegen types.
import { TypedDocumentString } from '@/gql/graphql';

export interface ClubMembershipSummary {
  id: string;
  contactId: string;
  status: string;
  joinedAt: string;
}

export interface ClubSessionPayload {
  accessToken: string;
  refreshToken: string;
  expiresAt: string;
  joined: boolean;
  member: ClubMembershipSummary;
}

export const SESSION_FIELDS = 'accessToken refreshToken expiresAt joined member { id contactId status joinedAt }';

export const provisional = <R, V>(source: string) => new TypedDocumentString<R, V>(source);
