import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const UpcomingImportantDatesQuery = graphql(`
  query UpcomingImportantDates($days: Int, $first: Int, $after: String) {
    upcomingImportantDates(days: $days, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
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
    }
  }
`);

export const upcomingDatesQueryOptions = (days: number, pageSize = 50) =>
  infiniteQueryOptions({
    queryKey: ['automation', 'upcoming-dates', { days, pageSize }] as const,
    queryFn: async ({ pageParam }) => (await request(UpcomingImportantDatesQuery, { days, first: pageSize, after: pageParam })).upcomingImportantDates,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
    placeholderData: keepPreviousData,
  });

/** Greetings of the next `days` days, by send day, a page at a time (a big workspace has thousands a day). */
export const useUpcomingDates = (days: number, pageSize = 50) => useInfiniteQuery(upcomingDatesQueryOptions(days, pageSize));
