import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { templatesQueryKey } from './get-message-templates';

export const DeleteMessageTemplateMutation = graphql(`
  mutation DeleteMessageTemplate($id: ID!) {
    deleteMessageTemplate(id: $id)
  }
`);

export const deleteMessageTemplate = async (id: string) => (await request(DeleteMessageTemplateMutation, { id })).deleteMessageTemplate;

export const useDeleteMessageTemplate = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteMessageTemplate,
    onSuccess: (_ok, id) => {
      queryClient.removeQueries({ queryKey: [...templatesQueryKey, 'detail', id] });
      return queryClient.invalidateQueries({ queryKey: templatesQueryKey });
    },
  });
};
