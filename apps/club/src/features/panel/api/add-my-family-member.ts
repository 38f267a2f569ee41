import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { AddMyFamilyMemberInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { myFamilyQueryKey } from './get-my-family';

export const AddMyFamilyMemberMutation = graphql(`
  mutation AddMyFamilyMember($input: AddMyFamilyMemberInput!) {
    addMyFamilyMember(input: $input) {
      id
    }
  }
`);

export const useAddMyFamilyMember = (slug: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: AddMyFamilyMemberInput) => (await request(AddMyFamilyMemberMutation, { input })).addMyFamilyMember,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myFamilyQueryKey(slug) }),
  });
};
