import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ImportantDateInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { contactsQueryKey } from './get-contacts';

export const AddImportantDateMutation = graphql(`
  mutation AddImportantDate($input: ImportantDateInput!) {
    addImportantDate(input: $input) {
      ...ImportantDateFields
    }
  }
`);

export const addImportantDate = async (input: ImportantDateInput) =>
  (await request(AddImportantDateMutation, { input })).addImportantDate;

export const useAddImportantDate = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addImportantDate,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: contactsQueryKey });
    },
  });
};
