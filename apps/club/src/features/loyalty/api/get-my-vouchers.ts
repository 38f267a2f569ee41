import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const MyVouchersQuery = graphql(`
  query MyVouchers {
    myVouchers {
      id
      code
      description
      kind
      value
      maxDiscount
      minOrderTotal
      validTo
      origin
    }
  }
`);

export const myVouchersQueryKey = (slug: string) => ['myVouchers', slug] as const;

export const myVouchersQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: myVouchersQueryKey(slug),
    queryFn: async ({ signal }) => (await request(MyVouchersQuery, {}, signal)).myVouchers,
  });

export const useMyVouchers = (slug: string, enabled = true) => useQuery({ ...myVouchersQueryOptions(slug), enabled });
