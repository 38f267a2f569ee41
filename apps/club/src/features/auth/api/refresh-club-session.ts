import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const RefreshClubSessionMutation = graphql(`
  mutation RefreshClubSession($refreshToken: String!) {
    refreshClubSession(refreshToken: $refreshToken) {
      ...ClubSessionFields
    }
  }
`);

export const refreshClubSession = async (refreshToken: string) =>
  (await request(RefreshClubSessionMutation, { refreshToken }, { skipAuthRetry: true })).refreshClubSession;
