import { useMutation } from '@tanstack/react-query';
import { request } from '@/lib/graphql-client';
import { useSession } from '@/lib/session';
import { provisional, SESSION_FIELDS, type ClubSessionPayload } from './session-fields';

export interface VerifyClubCodeInput {
  slug: string;
  phone: string;
  code: string;
  firstName?: string | null;
  lastName?: string | null;
  referralCode?: string | null;
  smsConsent?: boolean | null;
}

export const VerifyClubCodeMutation = provisional<{ verifyClubCode: ClubSessionPayload }, { input: VerifyClubCodeInput }>(
  `mutation VerifyClubCode($input: VerifyClubCodeInput!) { verifyClubCode(input: $input) { ${SESSION_FIELDS} } }`,
);

export const verifyClubCode = async (input: VerifyClubCodeInput) =>
  (await request(VerifyClubCodeMutation, { input }, { skipAuthRetry: true })).verifyClubCode;

/** Verifies the code and, on success, starts the member's session (joining the club when they were not a member). */
export const useVerifyClubCode = () => {
  const { signIn } = useSession();
  return useMutation({ mutationFn: verifyClubCode, onSuccess: signIn });
};
