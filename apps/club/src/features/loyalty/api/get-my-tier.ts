import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const MyTierQuery = graphql(`
  query MyTier {
    myTier {
      basis
      windowMonths
      qualifying
      toNext
      progressPercent
      since
      current {
        id
        name
        multiplierPercent
        freeShipping
        benefits
      }
      next {
        id
        name
        threshold
      }
    }
  }
`);

export const myTierQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['myTier', slug] as const,
    queryFn: async ({ signal }) => (await request(MyTierQuery, {}, signal)).myTier,
    staleTime: 60_000,
  });

export const useMyTier = (slug: string) => useQuery(myTierQueryOptions(slug));
