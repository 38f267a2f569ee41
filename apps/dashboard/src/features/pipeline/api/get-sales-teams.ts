import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { salesQueryKey } from './get-sales-performance';

export const SalesTeamsQuery = graphql(`
  query SalesTeams {
    salesTeams {
      id
      name
      leadMemberId
      memberIds
    }
  }
`);

export const salesTeamsQueryOptions = () =>
  queryOptions({
    queryKey: [...salesQueryKey, 'teams'] as const,
    queryFn: async () => (await request(SalesTeamsQuery, {})).salesTeams,
  });

export const useSalesTeams = () => useQuery(salesTeamsQueryOptions());
