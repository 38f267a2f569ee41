import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { UpdateContactInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { contactsQueryKey } from './get-contacts';

export const UpdateContactMutation = graphql(`
  mutation UpdateContact($id: ID!, $input: UpdateContactInput!) {
    updateContact(id: $id, input: $input) {
      ...ContactDetailFields
    }
  }
`);

export const updateContact = async ({ id, input }: { id: string; input: UpdateContactInput }) =>
  (await request(UpdateContactMutation, { id, input })).updateContact;

export const useUpdateContact = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateContact,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: contactsQueryKey });
    },
  });
};
