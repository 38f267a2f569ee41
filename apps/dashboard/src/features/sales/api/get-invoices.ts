import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { InvoiceFilter } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const InvoiceListFieldsFragment = graphql(`
  fragment InvoiceListFields on Invoice {
    id
    number
    numberDisplay
    jalaliYear
    status
    paymentStatus
    issuedAt
    paidTotal
    balance
    totals {
      total
    }
    contact {
      id
      fullName
    }
    warehouseIssue {
      id
      status
    }
  }
`);

export const InvoicesQuery = graphql(`
  query Invoices($first: Int, $after: String, $filter: InvoiceFilter) {
    invoices(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...InvoiceListFields
        }
      }
    }
  }
`);

/** Every invoice query (lists, details) lives under this prefix. */
export const invoicesQueryKey = ['invoices'] as const;

export const invoicesQueryOptions = (filter: InvoiceFilter = {}, pageSize = 25) =>
  infiniteQueryOptions({
    queryKey: [...invoicesQueryKey, 'list', { filter, pageSize }] as const,
    queryFn: async ({ pageParam }) => (await request(InvoicesQuery, { first: pageSize, after: pageParam, filter })).invoices,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
    placeholderData: keepPreviousData,
  });

/** Invoices, newest first. */
export const useInvoices = (filter: InvoiceFilter = {}, pageSize = 25) => useInfiniteQuery(invoicesQueryOptions(filter, pageSize));
