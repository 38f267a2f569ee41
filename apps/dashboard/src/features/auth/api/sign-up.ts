import { useMutation } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { SignUpInput } from '@/gql/graphql';
import { useAuth } from '@/lib/auth';
import { request } from '@/lib/graphql-client';

export const SignUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      viewer {
        ...ViewerFields
      }
    }
  }
`);

export const signUp = async (input: SignUpInput) =>
  (await request(SignUpMutation, { input }, { skipAuthRetry: true })).signUp;

/** Runs the mutation and, on success, starts the session. */
export const useSignUp = () => {
  const { signIn } = useAuth();
  return useMutation({ mutationFn: signUp, onSuccess: signIn });
};
