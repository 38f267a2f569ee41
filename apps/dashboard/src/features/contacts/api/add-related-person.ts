import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { RelatedPersonInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { contactsQueryKey } from './get-contacts';

export const AddRelatedPersonMutation = graphql(`
  mutation AddRelatedPerson($contactId: ID!, $input: RelatedPersonInput!) {
    addRelatedPerson(contactId: $contactId, input: $input) {
      id
    }
  }
`);

export const addRelatedPerson = async (vars: { contactId: string; input: RelatedPersonInput }) =>
  (await request(AddRelatedPersonMutation, vars)).addRelatedPerson;

export const useAddRelatedPerson = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addRelatedPerson,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: contactsQueryKey });
    },
  });
};
