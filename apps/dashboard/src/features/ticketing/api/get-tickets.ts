import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { TicketFilter } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const TicketListFieldsFragment = graphql(`
  fragment TicketListFields on Ticket {
    id
    number
    subject
    status
    priority
    type
    channel
    queueId
    categoryId
    createdAt
    updatedAt
    firstResponseAt
    firstResponseDueAt
    resolutionDueAt
    resolvedAt
    closedAt
    slaBreachedAt
    slaPausedAt
    contact {
      id
      fullName
    }
    assignee {
      id
      fullName
    }
  }
`);

export const TicketsQuery = graphql(`
  query Tickets($first: Int!, $after: String, $filter: TicketFilter) {
    tickets(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...TicketListFields
        }
      }
    }
  }
`);

/** Every ticket query (inbox views, ticket pages) lives under this prefix. */
export const ticketsQueryKey = ['tickets'] as const;

export const ticketsQueryOptions = (filter: TicketFilter = {}, pageSize = 25) =>
  infiniteQueryOptions({
    queryKey: [...ticketsQueryKey, 'list', { filter, pageSize }] as const,
    queryFn: async ({ pageParam }) => (await request(TicketsQuery, { first: pageSize, after: pageParam, filter })).tickets,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
    placeholderData: keepPreviousData,
  });

/** Tickets, newest first (an inbox view's filter). */
export const useTickets = (filter: TicketFilter = {}, pageSize = 25) => useInfiniteQuery(ticketsQueryOptions(filter, pageSize));
