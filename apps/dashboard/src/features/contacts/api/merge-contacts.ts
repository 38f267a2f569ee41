import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { contactsQueryKey } from './get-contacts';

export const MergeContactsMutation = graphql(`
  mutation MergeContacts($primaryId: ID!, $duplicateId: ID!) {
    mergeContacts(primaryId: $primaryId, duplicateId: $duplicateId) {
      ...ContactDetailFields
    }
  }
`);

export const mergeContacts = async (vars: { primaryId: string; duplicateId: string }) =>
  (await request(MergeContactsMutation, vars)).mergeContacts;

export const useMergeContacts = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mergeContacts,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: contactsQueryKey });
    },
  });
};
