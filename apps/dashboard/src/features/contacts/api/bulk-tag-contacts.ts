import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { contactsQueryKey } from './get-contacts';

export const BulkTagContactsMutation = graphql(`
  mutation BulkTagContacts($ids: [ID!]!, $tags: [String!]!) {
    bulkTagContacts(ids: $ids, tags: $tags)
  }
`);

export const bulkTagContacts = async (vars: { ids: string[]; tags: string[] }) =>
  (await request(BulkTagContactsMutation, vars)).bulkTagContacts;

export const useBulkTagContacts = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bulkTagContacts,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: contactsQueryKey });
    },
  });
};
