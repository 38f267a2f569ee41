import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { customFieldsQueryKey } from './get-custom-field-definitions';

export const DeleteCustomFieldMutation = graphql(`
  mutation DeleteCustomField($id: ID!) {
    deleteCustomField(id: $id)
  }
`);

export const deleteCustomField = async (id: string) =>
  (await request(DeleteCustomFieldMutation, { id })).deleteCustomField;

export const useDeleteCustomField = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteCustomField,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: customFieldsQueryKey });
    },
  });
};
