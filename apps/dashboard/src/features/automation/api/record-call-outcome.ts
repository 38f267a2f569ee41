import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { RecordCallOutcomeInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { callsQueryKey } from './get-follow-up-calls';
import { enrolmentsQueryKey } from './get-enrolments';

export const RecordCallOutcomeMutation = graphql(`
  mutation RecordCallOutcome($input: RecordCallOutcomeInput!) {
    recordCallOutcome(input: $input) {
      id
      outcome
      attempt
    }
  }
`);

export const useRecordCallOutcome = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RecordCallOutcomeInput) => (await request(RecordCallOutcomeMutation, { input })).recordCallOutcome,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: callsQueryKey }),
        queryClient.invalidateQueries({ queryKey: enrolmentsQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['tasks'] }),
      ]),
  });
};
