import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const ClubRewardsQuery = graphql(`
  query ClubRewards {
    clubRewards {
      id
      kind
      name
      description
      pointsCost
      voucherKind
      voucherValue
      maxDiscount
      minOrderTotal
      validDays
      stampsRequired
    }
  }
`);

export const clubRewardsQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['clubRewards', slug] as const,
    queryFn: async ({ signal }) => (await request(ClubRewardsQuery, {}, signal)).clubRewards,
    staleTime: 60_000,
  });

export const useClubRewards = (slug: string, enabled = true) => useQuery({ ...clubRewardsQueryOptions(slug), enabled });
