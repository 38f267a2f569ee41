import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { SuppressionFilter } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const SuppressionsQuery = graphql(`
  query Suppressions($first: Int, $after: String, $filter: SuppressionFilter) {
    suppressions(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          channel
          address
          reason
          detail
          messageId
          createdAt
        }
      }
    }
  }
`);

export const suppressionsQueryKey = ['suppressions'] as const;

export const suppressionsQueryOptions = (filter: SuppressionFilter = {}) =>
  infiniteQueryOptions({
    queryKey: [...suppressionsQueryKey, 'list', filter] as const,
    queryFn: async ({ pageParam }) => (await request(SuppressionsQuery, { first: 25, after: pageParam, filter })).suppressions,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
    placeholderData: keepPreviousData,
  });

export const useSuppressions = (filter: SuppressionFilter = {}) => useInfiniteQuery(suppressionsQueryOptions(filter));
