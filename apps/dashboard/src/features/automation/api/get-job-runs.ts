import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { JobRunStatus } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { jobsQueryKey } from './get-scheduled-jobs';

export const JobRunsQuery = graphql(`
  query JobRuns($job: String, $status: JobRunStatus, $first: Int) {
    jobRuns(job: $job, status: $status, first: $first) {
      ...JobRunFields
    }
  }
`);

export const jobRunsQueryOptions = (job: string | null, status: JobRunStatus | null) =>
  queryOptions({
    queryKey: [...jobsQueryKey, 'runs', job, status] as const,
    queryFn: async () => (await request(JobRunsQuery, { job, status, first: 100 })).jobRuns,
    refetchInterval: 15_000,
  });

export const useJobRuns = (job: string | null, status: JobRunStatus | null) => useQuery(jobRunsQueryOptions(job, status));
