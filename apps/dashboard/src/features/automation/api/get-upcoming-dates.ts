import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const UpcomingImportantDatesQuery = graphql(`
  query UpcomingImportantDates($days: Int) {
    upcomingImportantDates(days: $days) {
      importantDateId
      kind
      title
      subjectName
      contactId
      occurrence
      sendDay
      channel
      handled
    }
  }
`);

export const upcomingDatesQueryOptions = (days: number) =>
  queryOptions({
    queryKey: ['automation', 'upcoming-dates', days] as const,
    queryFn: async () => (await request(UpcomingImportantDatesQuery, { days })).upcomingImportantDates,
  });

export const useUpcomingDates = (days: number) => useQuery(upcomingDatesQueryOptions(days));
