import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const TicketMetricsQuery = graphql(`
  query TicketMetrics($from: DateTime!, $to: DateTime!) {
    ticketMetrics(from: $from, to: $to) {
      total
      complaints
      complaintRate
      open
      byCategory {
        categoryId
        nameFa
        nameEn
        count
        complaints
      }
      firstResponse {
        count
        medianMinutes
      }
      resolution {
        count
        medianMinutes
      }
      sla {
        measured
        complianceRate
      }
      csat {
        responses
        averageScore
        satisfiedRate
      }
    }
  }
`);

export const ticketMetricsQueryOptions = (from: string, to: string) =>
  queryOptions({ queryKey: ['ticketMetrics', from, to], queryFn: async () => (await request(TicketMetricsQuery, { from, to })).ticketMetrics });

/** The help desk's figures for the tickets created in [from, to). */
export const useTicketMetrics = (from: string, to: string) => useQuery(ticketMetricsQueryOptions(from, to));
