import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { MessageTemplateFilter } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const MessageTemplateFieldsFragment = graphql(`
  fragment MessageTemplateFields on MessageTemplate {
    id
    key
    name
    channel
    language
    purpose
    subject
    body
    variables
    createdAt
    updatedAt
  }
`);

export const MessageTemplatesQuery = graphql(`
  query MessageTemplates($first: Int, $after: String, $filter: MessageTemplateFilter) {
    messageTemplates(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...MessageTemplateFields
        }
      }
    }
  }
`);

/** Every template query (list, detail, preview) lives under this prefix. */
export const templatesQueryKey = ['messageTemplates'] as const;

export const messageTemplatesQueryOptions = (filter: MessageTemplateFilter = {}) =>
  infiniteQueryOptions({
    queryKey: [...templatesQueryKey, 'list', filter] as const,
    queryFn: async ({ pageParam }) => (await request(MessageTemplatesQuery, { first: 100, after: pageParam, filter })).messageTemplates,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
    placeholderData: keepPreviousData,
  });

/** The template list page (a workspace has a handful per key: one page of 100 usually holds them all). */
export const useMessageTemplates = (filter: MessageTemplateFilter = {}) => useInfiniteQuery(messageTemplatesQueryOptions(filter));

/** Templates to choose from when sending (the first 100 of the channel; the select is searchable). */
export const templateChoicesQueryOptions = (filter: MessageTemplateFilter) =>
  queryOptions({
    queryKey: [...templatesQueryKey, 'choices', filter] as const,
    queryFn: async () => (await request(MessageTemplatesQuery, { first: 100, filter })).messageTemplates,
    placeholderData: keepPreviousData,
  });

export const useTemplateChoices = (filter: MessageTemplateFilter) => useQuery(templateChoicesQueryOptions(filter));
