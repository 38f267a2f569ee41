import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { contactsQueryKey } from './get-contacts';

export const BulkAssignContactsMutation = graphql(`
  mutation BulkAssignContacts($ids: [ID!]!, $ownerId: ID!) {
    bulkAssignContacts(ids: $ids, ownerId: $ownerId)
  }
`);

export const bulkAssignContacts = async (vars: { ids: string[]; ownerId: string }) =>
  (await request(BulkAssignContactsMutation, vars)).bulkAssignContacts;

export const useBulkAssignContacts = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bulkAssignContacts,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: contactsQueryKey });
    },
  });
};
