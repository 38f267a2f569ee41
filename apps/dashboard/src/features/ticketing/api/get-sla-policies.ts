import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const SlaPoliciesQuery = graphql(`
  query SlaPolicies {
    slaPolicies {
      priority
      firstResponseMinutes
      resolutionMinutes
      warnBeforeMinutes
      isDefault
    }
  }
`);

export const slaPoliciesQueryKey = ['slaPolicies'] as const;

export const slaPoliciesQueryOptions = () =>
  queryOptions({ queryKey: slaPoliciesQueryKey, queryFn: async () => (await request(SlaPoliciesQuery, {})).slaPolicies });

/** SLA targets per priority (the defaults until set). */
export const useSlaPolicies = () => useQuery(slaPoliciesQueryOptions());
