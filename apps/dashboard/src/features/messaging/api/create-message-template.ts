import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { CreateMessageTemplateInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { templatesQueryKey } from './get-message-templates';

export const CreateMessageTemplateMutation = graphql(`
  mutation CreateMessageTemplate($input: CreateMessageTemplateInput!) {
    createMessageTemplate(input: $input) {
      ...MessageTemplateFields
    }
  }
`);

export const createMessageTemplate = async (input: CreateMessageTemplateInput) =>
  (await request(CreateMessageTemplateMutation, { input })).createMessageTemplate;

export const useCreateMessageTemplate = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMessageTemplate,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesQueryKey }),
  });
};
