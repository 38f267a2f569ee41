import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ProformaFilter } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const ProformaListFieldsFragment = graphql(`
  fragment ProformaListFields on Proforma {
    id
    number
    status
    source
    createdAt
    expiresAt
    couponCode
    contact {
      id
      fullName
    }
    owner {
      id
      fullName
    }
    totals {
      subtotal
      discountTotal
      taxTotal
      total
    }
    invoice {
      id
      numberDisplay
    }
  }
`);

export const ProformasQuery = graphql(`
  query Proformas($first: Int, $after: String, $filter: ProformaFilter) {
    proformas(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ProformaListFields
        }
      }
    }
  }
`);

/** Every pro-forma query (lists, details) lives under this prefix. */
export const proformasQueryKey = ['proformas'] as const;

export const proformasQueryOptions = (filter: ProformaFilter = {}, pageSize = 25) =>
  infiniteQueryOptions({
    queryKey: [...proformasQueryKey, 'list', { filter, pageSize }] as const,
    queryFn: async ({ pageParam }) => (await request(ProformasQuery, { first: pageSize, after: pageParam, filter })).proformas,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
    placeholderData: keepPreviousData,
  });

/** Pro-formas, newest first. */
export const useProformas = (filter: ProformaFilter = {}, pageSize = 25, enabled = true) =>
  useInfiniteQuery({ ...proformasQueryOptions(filter, pageSize), enabled });
