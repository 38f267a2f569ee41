import { request } from '@/lib/graphql-client';
import { provisional } from './session-fields';

export const LogoutClubMemberMutation = provisional<{ logoutClubMember: boolean }, { refreshToken: string }>(
  `mutation LogoutClubMember($refreshToken: String!) { logoutClubMember(refreshToken: $refreshToken) }`,
);

export const logoutClubMember = async (refreshToken: string) =>
  (await request(LogoutClubMemberMutation, { refreshToken }, { skipAuthRetry: true })).logoutClubMember;
