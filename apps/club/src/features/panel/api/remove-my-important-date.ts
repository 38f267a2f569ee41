import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { myFamilyQueryKey } from './get-my-family';

export const RemoveMyImportantDateMutation = graphql(`
  mutation RemoveMyImportantDate($id: ID!) {
    removeMyImportantDate(id: $id)
  }
`);

export const useRemoveMyImportantDate = (slug: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => (await request(RemoveMyImportantDateMutation, { id })).removeMyImportantDate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myFamilyQueryKey(slug) }),
  });
};
