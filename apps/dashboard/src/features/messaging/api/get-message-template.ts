import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { templatesQueryKey } from './get-message-templates';

export const MessageTemplateQuery = graphql(`
  query MessageTemplate($id: ID!) {
    messageTemplate(id: $id) {
      ...MessageTemplateFields
    }
  }
`);

export const messageTemplateQueryKey = (id: string) => [...templatesQueryKey, 'detail', id] as const;

export const messageTemplateQueryOptions = (id: string) =>
  queryOptions({
    queryKey: messageTemplateQueryKey(id),
    queryFn: async () => (await request(MessageTemplateQuery, { id })).messageTemplate,
  });

export const useMessageTemplate = (id: string | null) => useQuery({ ...messageTemplateQueryOptions(id ?? ''), enabled: !!id });
