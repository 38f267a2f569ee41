import { useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { connectionQueryOptions } from '@/lib/connection';
import { request } from '@/lib/graphql-client';

export const MyTicketsQuery = graphql(`
  query MyTickets($first: Int!, $after: String) {
    myTickets(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          number
          subject
          type
          status
          createdAt
          updatedAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const myTicketsQueryKey = (slug: string) => ['myTickets', slug] as const;

export const useMyTickets = (slug: string) =>
  useInfiniteQuery(connectionQueryOptions(myTicketsQueryKey(slug), async (after, signal) => (await request(MyTicketsQuery, { first: 20, after }, signal)).myTickets));
