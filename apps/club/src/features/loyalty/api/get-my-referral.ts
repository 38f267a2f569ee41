import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const MyReferralQuery = graphql(`
  query MyReferral {
    myReferral {
      code
      link
      successfulCount
      pendingCount
    }
  }
`);

export const myReferralQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['myReferral', slug] as const,
    queryFn: async ({ signal }) => (await request(MyReferralQuery, {}, signal)).myReferral,
    staleTime: 5 * 60_000,
  });

export const useMyReferral = (slug: string) => useQuery(myReferralQueryOptions(slug));
