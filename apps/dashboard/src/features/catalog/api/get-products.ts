import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ProductFilter } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const ProductListFieldsFragment = graphql(`
  fragment ProductListFields on Product {
    id
    sku
    nameFa
    nameEn
    categoryId
    unit
    basePrice
    taxRateBp
    active
    archivedAt
    lowStockThreshold
    availability {
      productId
      onHand
      reserved
      available
      lowStock
      status
    }
  }
`);

export const ProductsQuery = graphql(`
  query Products($first: Int, $after: String, $filter: ProductFilter) {
    products(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ProductListFields
        }
      }
    }
  }
`);

/** Every catalog product query (lists, details, names) lives under this prefix. */
export const productsQueryKey = ['products'] as const;

export const productsQueryOptions = (filter: ProductFilter = {}, pageSize = 25) =>
  infiniteQueryOptions({
    queryKey: [...productsQueryKey, 'list', { filter, pageSize }] as const,
    queryFn: async ({ pageParam }) => (await request(ProductsQuery, { first: pageSize, after: pageParam, filter })).products,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
    placeholderData: keepPreviousData,
  });

/** The catalog, newest first, with each product's availability over all warehouses. */
export const useProducts = (filter: ProductFilter = {}, pageSize = 25) => useInfiniteQuery(productsQueryOptions(filter, pageSize));
