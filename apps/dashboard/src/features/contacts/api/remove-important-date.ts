import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { contactsQueryKey } from './get-contacts';

export const RemoveImportantDateMutation = graphql(`
  mutation RemoveImportantDate($id: ID!) {
    removeImportantDate(id: $id)
  }
`);

export const removeImportantDate = async (id: string) =>
  (await request(RemoveImportantDateMutation, { id })).removeImportantDate;

export const useRemoveImportantDate = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeImportantDate,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: contactsQueryKey });
    },
  });
};
