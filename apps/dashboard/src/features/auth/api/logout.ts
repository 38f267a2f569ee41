import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const LogoutMutation = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

export const logout = async (token: string) =>
  (await request(LogoutMutation, { refreshToken: token }, { skipAuthRetry: true })).logout;
