import { graphql } from '@/gql';
import type { ClubSessionFieldsFragment } from '@/gql/graphql';

export const ClubSessionFields = graphql(`
  fragment ClubSessionFields on ClubSession {
    accessToken
    refreshToken
    expiresAt
    joined
    member {
      id
      contactId
      status
      joinedAt
    }
  }
`);

export type ClubSessionPayload = ClubSessionFieldsFragment;
