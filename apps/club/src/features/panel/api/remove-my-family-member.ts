import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { myFamilyQueryKey } from './get-my-family';

export const RemoveMyFamilyMemberMutation = graphql(`
  mutation RemoveMyFamilyMember($id: ID!) {
    removeMyFamilyMember(id: $id)
  }
`);

export const useRemoveMyFamilyMember = (slug: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => (await request(RemoveMyFamilyMemberMutation, { id })).removeMyFamilyMember,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myFamilyQueryKey(slug) }),
  });
};
