import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { AddMyImportantDateInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { myFamilyQueryKey } from './get-my-family';

export const AddMyImportantDateMutation = graphql(`
  mutation AddMyImportantDate($input: AddMyImportantDateInput!) {
    addMyImportantDate(input: $input) {
      id
    }
  }
`);

export const useAddMyImportantDate = (slug: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: AddMyImportantDateInput) => (await request(AddMyImportantDateMutation, { input })).addMyImportantDate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myFamilyQueryKey(slug) }),
  });
};
