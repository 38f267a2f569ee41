import { useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { connectionQueryOptions } from '@/lib/connection';
import { request } from '@/lib/graphql-client';

export const MemberSalesLineFields = graphql(`
  fragment MemberSalesLineFields on MemberSalesLine {
    productId
    productName
    unit
    quantity
    unitPrice
    total
  }
`);

export const MyOrdersQuery = graphql(`
  query MyOrders($first: Int!, $after: String) {
    myOrders(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          number
          source
          status
          couponCode
          createdAt
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

export const myOrdersQueryKey = (slug: string) => ['myOrders', slug] as const;

export const useMyOrders = (slug: string) =>
  useInfiniteQuery(connectionQueryOptions(myOrdersQueryKey(slug), async (after, signal) => (await request(MyOrdersQuery, { first: 20, after }, signal)).myOrders));
