import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const MyOrderQuery = graphql(`
  query MyOrder($id: ID!) {
    myOrder(id: $id) {
      ...ClubOrderFields
    }
  }
`);

export const myOrderQueryOptions = (slug: string, id: string) =>
  queryOptions({
    queryKey: ['myOrder', slug, id] as const,
    queryFn: async ({ signal }) => (await request(MyOrderQuery, { id }, signal)).myOrder,
    // The order moves on in the back office (invoice, payment, shipment): look again now and then.
    refetchInterval: 60_000,
  });

export const useMyOrder = (slug: string, id: string) => useQuery(myOrderQueryOptions(slug, id));
