import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { MessageFilter } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const MessageListFieldsFragment = graphql(`
  fragment MessageListFields on Message {
    id
    contactId
    contact {
      id
      fullName
    }
    memberId
    channel
    direction
    purpose
    recipient
    subject
    bodyText
    templateKey
    status
    statusReason
    attempts
    createdAt
  }
`);

export const MessagesQuery = graphql(`
  query Messages($first: Int, $after: String, $filter: MessageFilter) {
    messages(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...MessageListFields
        }
      }
    }
  }
`);

/** Every outbox query (lists, details) lives under this prefix. */
export const messagesQueryKey = ['messages'] as const;

export const messagesQueryOptions = (filter: MessageFilter = {}, pageSize = 25) =>
  infiniteQueryOptions({
    queryKey: [...messagesQueryKey, 'list', { filter, pageSize }] as const,
    queryFn: async ({ pageParam }) => (await request(MessagesQuery, { first: pageSize, after: pageParam, filter })).messages,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
    placeholderData: keepPreviousData,
  });

/**
 * The outbox, newest first. While a message is on its way (QUEUED / SENDING) the first page is polled, so a
 * message sent a moment ago shows its outcome without a reload.
 */
export const useMessages = (filter: MessageFilter = {}, pageSize = 25) =>
  useInfiniteQuery({
    ...messagesQueryOptions(filter, pageSize),
    refetchInterval: (query) => {
      const pages = query.state.data?.pages ?? [];
      const inFlight = pages.some((p) => p.edges.some((e) => e.node.status === 'QUEUED' || e.node.status === 'SENDING'));
      return inFlight && pages.length === 1 ? 3000 : false;
    },
  });
