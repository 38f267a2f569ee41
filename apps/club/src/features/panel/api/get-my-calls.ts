import { useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { connectionQueryOptions } from '@/lib/connection';
import { request } from '@/lib/graphql-client';

export const MyCallsQuery = graphql(`
  query MyCalls($first: Int!, $after: String) {
    myCalls(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          direction
          occurredAt
          summary
          durationSeconds
          status
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const useMyCalls = (slug: string) =>
  useInfiniteQuery(connectionQueryOptions(['myCalls', slug] as const, async (after, signal) => (await request(MyCallsQuery, { first: 20, after }, signal)).myCalls));
