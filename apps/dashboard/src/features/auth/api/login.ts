import { useMutation } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { LoginInput } from '@/gql/graphql';
import { useAuth } from '@/lib/auth';
import { request } from '@/lib/graphql-client';

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      viewer {
        ...ViewerFields
      }
    }
  }
`);

export const login = async (input: LoginInput) =>
  (await request(LoginMutation, { input }, { skipAuthRetry: true })).login;

/** Runs the mutation and, on success, starts the session. */
export const useLogin = () => {
  const { signIn } = useAuth();
  return useMutation({ mutationFn: login, onSuccess: signIn });
};
