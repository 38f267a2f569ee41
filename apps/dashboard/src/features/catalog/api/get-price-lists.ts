import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { PriceListFilter } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const PriceListFieldsFragment = graphql(`
  fragment PriceListFields on PriceList {
    id
    name
    kind
    target
    priority
    active
    validFrom
    validTo
    updatedAt
    items {
      id
      productId
      categoryId
      price
      discountBp
      minQuantity
    }
  }
`);

export const PriceListsQuery = graphql(`
  query PriceLists($first: Int, $after: String, $filter: PriceListFilter) {
    priceLists(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...PriceListFields
        }
      }
    }
  }
`);

export const priceListsQueryKey = ['priceLists'] as const;

export const priceListsQueryOptions = (filter: PriceListFilter = {}, pageSize = 25) =>
  infiniteQueryOptions({
    queryKey: [...priceListsQueryKey, 'list', { filter, pageSize }] as const,
    queryFn: async ({ pageParam }) => (await request(PriceListsQuery, { first: pageSize, after: pageParam, filter })).priceLists,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
    placeholderData: keepPreviousData,
  });

/** Price lists with their items, newest first. */
export const usePriceLists = (filter: PriceListFilter = {}, pageSize = 25) => useInfiniteQuery(priceListsQueryOptions(filter, pageSize));
