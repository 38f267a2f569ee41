import { useMutation } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ClubCodePurpose, RequestClubCodeInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export type { ClubCodePurpose };

export const RequestClubCodeMutation = graphql(`
  mutation RequestClubCode($input: RequestClubCodeInput!) {
    requestClubCode(input: $input) {
      phone
      expiresAt
      resendAfter
      codeLength
      registered
    }
  }
`);

export const requestClubCode = async (input: RequestClubCodeInput) =>
  (await request(RequestClubCodeMutation, { input }, { skipAuthRetry: true })).requestClubCode;

export const useRequestClubCode = () => useMutation({ mutationFn: requestClubCode });
