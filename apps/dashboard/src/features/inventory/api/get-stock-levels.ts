import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { StockLevelFilter } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const StockLevelFieldsFragment = graphql(`
  fragment StockLevelFields on StockLevel {
    id
    productId
    warehouseId
    onHand
    reserved
    available
    updatedAt
    warehouse {
      id
      code
      name
    }
  }
`);

export const StockLevelsQuery = graphql(`
  query StockLevels($first: Int, $after: String, $filter: StockLevelFilter) {
    stockLevels(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...StockLevelFields
        }
      }
    }
  }
`);

/** Every stock query (levels, ledger) lives under this prefix: a stock change invalidates it all. */
export const stockQueryKey = ['stock'] as const;

export const stockLevelsQueryOptions = (filter: StockLevelFilter = {}, pageSize = 50) =>
  infiniteQueryOptions({
    queryKey: [...stockQueryKey, 'levels', { filter, pageSize }] as const,
    queryFn: async ({ pageParam }) => (await request(StockLevelsQuery, { first: pageSize, after: pageParam, filter })).stockLevels,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
    placeholderData: keepPreviousData,
  });

/** Stock per warehouse and product. */
export const useStockLevels = (filter: StockLevelFilter = {}, pageSize = 50) => useInfiniteQuery(stockLevelsQueryOptions(filter, pageSize));
