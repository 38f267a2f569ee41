import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const RefreshTokenMutation = graphql(`
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
`);

export const refreshToken = async (token: string) =>
  (await request(RefreshTokenMutation, { refreshToken: token }, { skipAuthRetry: true })).refreshToken;
