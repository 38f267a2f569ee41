import { useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { connectionQueryOptions } from '@/lib/connection';
import { request } from '@/lib/graphql-client';

export const MyPurchasesQuery = graphql(`
  query MyPurchases($first: Int!, $after: String) {
    myPurchases(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          numberDisplay
          status
          paymentStatus
          issuedAt
          paidTotal
          balance
          totals {
            subtotal
            discountTotal
            taxTotal
            total
          }
          lines {
            ...MemberSalesLineFields
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const useMyPurchases = (slug: string) =>
  useInfiniteQuery(
    connectionQueryOptions(['myPurchases', slug] as const, async (after, signal) => (await request(MyPurchasesQuery, { first: 20, after }, signal)).myPurchases),
  );
