import { useMutation } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { VerifyClubCodeInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { useSession } from '@/lib/session';

export const VerifyClubCodeMutation = graphql(`
  mutation VerifyClubCode($input: VerifyClubCodeInput!) {
    verifyClubCode(input: $input) {
      ...ClubSessionFields
    }
  }
`);

export const verifyClubCode = async (input: VerifyClubCodeInput) =>
  (await request(VerifyClubCodeMutation, { input }, { skipAuthRetry: true })).verifyClubCode;

/** Verifies the code and, on success, starts the member's session (joining the club when they were not a member). */
export const useVerifyClubCode = () => {
  const { signIn } = useSession();
  return useMutation({ mutationFn: verifyClubCode, onSuccess: signIn });
};
