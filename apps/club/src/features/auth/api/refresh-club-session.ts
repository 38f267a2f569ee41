import { request } from '@/lib/graphql-client';
import { provisional, SESSION_FIELDS, type ClubSessionPayload } from './session-fields';

export const RefreshClubSessionMutation = provisional<{ refreshClubSession: ClubSessionPayload }, { refreshToken: string }>(
  `mutation RefreshClubSession($refreshToken: String!) { refreshClubSession(refreshToken: $refreshToken) { ${SESSION_FIELDS} } }`,
);

export const refreshClubSession = async (refreshToken: string) =>
  (await request(RefreshClubSessionMutation, { refreshToken }, { skipAuthRetry: true })).refreshClubSession;
