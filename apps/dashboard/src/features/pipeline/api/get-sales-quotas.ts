import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { SalesPeriodInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { salesQueryKey } from './get-sales-performance';

export const SalesQuotasQuery = graphql(`
  query SalesQuotas($period: SalesPeriodInput!) {
    salesQuotas(period: $period) {
      id
      memberId
      teamId
      jalaliYear
      periodKind
      periodIndex
      target
    }
  }
`);

export const salesQuotasQueryOptions = (period: SalesPeriodInput) =>
  queryOptions({
    queryKey: [...salesQueryKey, 'quotas', period] as const,
    queryFn: async () => (await request(SalesQuotasQuery, { period })).salesQuotas,
  });

/** The quotas set for one period (to prefill the quota dialog). */
export const useSalesQuotas = (period: SalesPeriodInput) => useQuery(salesQuotasQueryOptions(period));
