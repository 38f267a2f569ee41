import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const MyPointsQuery = graphql(`
  query MyPoints {
    myPoints {
      balance
      lifetimeEarned
      expiringSoon
      nextExpiryAt
    }
  }
`);

export const myPointsQueryKey = (slug: string) => ['myPoints', slug] as const;

export const myPointsQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: myPointsQueryKey(slug),
    queryFn: async ({ signal }) => (await request(MyPointsQuery, {}, signal)).myPoints,
    staleTime: 30_000,
  });

export const useMyPoints = (slug: string, enabled = true) => useQuery({ ...myPointsQueryOptions(slug), enabled });
