import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { jobsQueryKey } from './get-scheduled-jobs';

export const RunJobNowMutation = graphql(`
  mutation RunJobNow($job: String!, $day: String) {
    runJobNow(job: $job, day: $day) {
      ...JobRunFields
    }
  }
`);

export const useRunJobNow = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (vars: { job: string; day?: string | null }) => (await request(RunJobNowMutation, vars)).runJobNow,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: jobsQueryKey }),
  });
};
