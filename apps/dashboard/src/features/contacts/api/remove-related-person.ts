import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { contactsQueryKey } from './get-contacts';

export const RemoveRelatedPersonMutation = graphql(`
  mutation RemoveRelatedPerson($id: ID!) {
    removeRelatedPerson(id: $id)
  }
`);

export const removeRelatedPerson = async (id: string) =>
  (await request(RemoveRelatedPersonMutation, { id })).removeRelatedPerson;

export const useRemoveRelatedPerson = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeRelatedPerson,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: contactsQueryKey });
    },
  });
};
