import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { UpdateMessageTemplateInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { templatesQueryKey } from './get-message-templates';
import { messageTemplateQueryKey } from './get-message-template';

export const UpdateMessageTemplateMutation = graphql(`
  mutation UpdateMessageTemplate($id: ID!, $input: UpdateMessageTemplateInput!) {
    updateMessageTemplate(id: $id, input: $input) {
      ...MessageTemplateFields
    }
  }
`);

export const updateMessageTemplate = async ({ id, input }: { id: string; input: UpdateMessageTemplateInput }) =>
  (await request(UpdateMessageTemplateMutation, { id, input })).updateMessageTemplate;

export const useUpdateMessageTemplate = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMessageTemplate,
    onSuccess: (template) => {
      queryClient.setQueryData(messageTemplateQueryKey(template.id), template);
      return queryClient.invalidateQueries({ queryKey: templatesQueryKey });
    },
  });
};
