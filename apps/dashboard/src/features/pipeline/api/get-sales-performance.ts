import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { SalesPeriodInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const SalesPerformanceQuery = graphql(`
  query SalesPerformance($period: SalesPeriodInput!) {
    salesPerformance(period: $period) {
      period {
        kind
        jalaliYear
        index
        startsAt
        endsAt
      }
      reps {
        memberId
        member {
          id
          fullName
        }
        target
        achieved
        attainmentPercent
        commission
        commissionRuleId
      }
      teams {
        teamId
        name
        target
        achieved
        attainmentPercent
        commission
      }
    }
  }
`);

/** The performance report, quotas, teams and commission rules live under this prefix. */
export const salesQueryKey = ['salesPerformance'] as const;

export const salesPerformanceQueryOptions = (period: SalesPeriodInput) =>
  queryOptions({
    queryKey: [...salesQueryKey, 'report', period] as const,
    queryFn: async () => (await request(SalesPerformanceQuery, { period })).salesPerformance,
    placeholderData: keepPreviousData,
  });

/** Per rep and team for a Jalali month or quarter: quota, paid amounts credited, attainment and commission. */
export const useSalesPerformance = (period: SalesPeriodInput) => useQuery(salesPerformanceQueryOptions(period));
