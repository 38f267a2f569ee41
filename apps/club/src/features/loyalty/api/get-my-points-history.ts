import { useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { connectionQueryOptions } from '@/lib/connection';
import { request } from '@/lib/graphql-client';

export const MyPointsHistoryQuery = graphql(`
  query MyPointsHistory($first: Int!, $after: String) {
    myPointsHistory(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          kind
          source
          delta
          reason
          expiresAt
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const myPointsHistoryQueryOptions = (slug: string) =>
  connectionQueryOptions(['myPointsHistory', slug] as const, async (after, signal) =>
    (await request(MyPointsHistoryQuery, { first: 20, after }, signal)).myPointsHistory,
  );

export const useMyPointsHistory = (slug: string) => useInfiniteQuery(myPointsHistoryQueryOptions(slug));
