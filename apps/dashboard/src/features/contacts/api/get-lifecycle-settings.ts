import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const LifecycleSettingsQuery = graphql(`
  query LifecycleSettings {
    lifecycleSettings {
      clientMinOrders
      clientWindowMonths
      advocateMinReferrals
      inactiveAfterDays
      lostAfterDays
    }
  }
`);

export const lifecycleSettingsQueryKey = ['lifecycleSettings'] as const;

export const lifecycleSettingsQueryOptions = () =>
  queryOptions({
    queryKey: lifecycleSettingsQueryKey,
    queryFn: async () => (await request(LifecycleSettingsQuery, {})).lifecycleSettings,
  });

export const useLifecycleSettings = () => useQuery(lifecycleSettingsQueryOptions());
