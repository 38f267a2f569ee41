import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ImportContactsInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { contactsQueryKey } from './get-contacts';

export const ImportContactsMutation = graphql(`
  mutation ImportContacts($input: ImportContactsInput!) {
    importContacts(input: $input) {
      totalRows
      created
      updated
      unchanged
      failed
      errors {
        row
        field
        code
        value
        reason
        message
      }
    }
  }
`);

export const importContacts = async (input: ImportContactsInput) =>
  (await request(ImportContactsMutation, { input })).importContacts;

export const useImportContacts = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importContacts,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: contactsQueryKey });
    },
  });
};
