import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { CouponFilter } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const CouponFieldsFragment = graphql(`
  fragment CouponFields on Coupon {
    id
    code
    description
    kind
    value
    maxDiscount
    minOrderTotal
    productIds
    categoryIds
    contactId
    maxUses
    perContactLimit
    uses
    validFrom
    validTo
    active
    updatedAt
  }
`);

export const CouponsQuery = graphql(`
  query Coupons($first: Int, $after: String, $filter: CouponFilter) {
    coupons(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...CouponFields
        }
      }
    }
  }
`);

export const couponsQueryKey = ['coupons'] as const;

export const couponsQueryOptions = (filter: CouponFilter = {}, pageSize = 25) =>
  infiniteQueryOptions({
    queryKey: [...couponsQueryKey, 'list', { filter, pageSize }] as const,
    queryFn: async ({ pageParam }) => (await request(CouponsQuery, { first: pageSize, after: pageParam, filter })).coupons,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
    placeholderData: keepPreviousData,
  });

/** Coupons, newest first (campaigns:read). */
export const useCoupons = (filter: CouponFilter = {}, pageSize = 25) => useInfiniteQuery(couponsQueryOptions(filter, pageSize));
