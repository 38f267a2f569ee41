import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const LogoutClubMemberMutation = graphql(`
  mutation LogoutClubMember($refreshToken: String!) {
    logoutClubMember(refreshToken: $refreshToken)
  }
`);

export const logoutClubMember = async (refreshToken: string) =>
  (await request(LogoutClubMemberMutation, { refreshToken }, { skipAuthRetry: true })).logoutClubMember;
