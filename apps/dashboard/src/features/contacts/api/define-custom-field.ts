import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { CustomFieldInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { customFieldsQueryKey } from './get-custom-field-definitions';

export const DefineCustomFieldMutation = graphql(`
  mutation DefineCustomField($input: CustomFieldInput!) {
    defineCustomField(input: $input) {
      id
      key
      label
      type
      options
      required
      position
    }
  }
`);

export const defineCustomField = async (input: CustomFieldInput) =>
  (await request(DefineCustomFieldMutation, { input })).defineCustomField;

export const useDefineCustomField = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: defineCustomField,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: customFieldsQueryKey });
    },
  });
};
