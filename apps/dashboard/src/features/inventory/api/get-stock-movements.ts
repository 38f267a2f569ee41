import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { StockMovementFilter } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { stockQueryKey } from './get-stock-levels';

export const StockMovementFieldsFragment = graphql(`
  fragment StockMovementFields on StockMovement {
    id
    kind
    productId
    warehouseId
    quantity
    deltaOnHand
    deltaReserved
    reason
    reference
    createdAt
    warehouse {
      id
      code
      name
    }
    actor {
      id
      fullName
      email
    }
  }
`);

export const StockMovementsQuery = graphql(`
  query StockMovements($first: Int, $after: String, $filter: StockMovementFilter) {
    stockMovements(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...StockMovementFields
        }
      }
    }
  }
`);

export const stockMovementsQueryOptions = (filter: StockMovementFilter = {}, pageSize = 30) =>
  infiniteQueryOptions({
    queryKey: [...stockQueryKey, 'movements', { filter, pageSize }] as const,
    queryFn: async ({ pageParam }) => (await request(StockMovementsQuery, { first: pageSize, after: pageParam, filter })).stockMovements,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
    placeholderData: keepPreviousData,
  });

/** The stock ledger, newest first. */
export const useStockMovements = (filter: StockMovementFilter = {}, pageSize = 30) => useInfiniteQuery(stockMovementsQueryOptions(filter, pageSize));
