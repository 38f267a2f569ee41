import { useMutation } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { AcceptInvitationInput } from '@/gql/graphql';
import { useAuth } from '@/lib/auth';
import { request } from '@/lib/graphql-client';

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      viewer {
        ...ViewerFields
      }
    }
  }
`);

export const acceptInvitation = async (input: AcceptInvitationInput) =>
  (await request(AcceptInvitationMutation, { input }, { skipAuthRetry: true })).acceptInvitation;

/** Runs the mutation and, on success, starts the session. */
export const useAcceptInvitation = () => {
  const { signIn } = useAuth();
  return useMutation({ mutationFn: acceptInvitation, onSuccess: signIn });
};
