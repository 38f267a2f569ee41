import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ClubConsentInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { clubMeQueryOptions } from './get-club-me';

export const UpdateClubConsentMutation = graphql(`
  mutation UpdateClubConsent($input: ClubConsentInput!) {
    updateClubConsent(input: $input) {
      contactId
    }
  }
`);

export const useUpdateClubConsent = (slug: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ClubConsentInput) => (await request(UpdateClubConsentMutation, { input })).updateClubConsent,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clubMeQueryOptions(slug).queryKey }),
  });
};
