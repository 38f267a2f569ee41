import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const ApiScopesQuery = graphql(`
  query ApiScopes {
    apiScopes
  }
`);

export const apiScopesQueryOptions = () =>
  queryOptions({
    queryKey: ['apiScopes'] as const,
    queryFn: async () => (await request(ApiScopesQuery, {})).apiScopes,
    staleTime: Infinity,
  });

export const useApiScopes = (enabled = true) => useQuery({ ...apiScopesQueryOptions(), enabled });
