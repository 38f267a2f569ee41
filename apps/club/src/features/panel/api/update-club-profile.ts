import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { UpdateClubProfileInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { clubMeQueryOptions } from './get-club-me';

export const UpdateClubProfileMutation = graphql(`
  mutation UpdateClubProfile($input: UpdateClubProfileInput!) {
    updateClubProfile(input: $input) {
      contactId
    }
  }
`);

export const useUpdateClubProfile = (slug: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: UpdateClubProfileInput) => (await request(UpdateClubProfileMutation, { input })).updateClubProfile,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clubMeQueryOptions(slug).queryKey }),
  });
};
