import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const JobRunFieldsFragment = graphql(`
  fragment JobRunFields on JobRun {
    id
    job
    slot
    day
    workspaceOnly
    trigger
    status
    queuedAt
    startedAt
    finishedAt
    items
    errorCount
    errors {
      message
    }
  }
`);

export const ScheduledJobsQuery = graphql(`
  query ScheduledJobs {
    scheduledJobs {
      job
      kind
      cron
      timeZone
      lastCompletedDay
      lastRun {
        ...JobRunFields
      }
    }
  }
`);

export const jobsQueryKey = ['automation', 'jobs'] as const;

export const scheduledJobsQueryOptions = () =>
  queryOptions({
    queryKey: [...jobsQueryKey, 'scheduled'] as const,
    queryFn: async () => (await request(ScheduledJobsQuery, {})).scheduledJobs,
    refetchInterval: 15_000,
  });

export const useScheduledJobs = () => useQuery(scheduledJobsQueryOptions());
