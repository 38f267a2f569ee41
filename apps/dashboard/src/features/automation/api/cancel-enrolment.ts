import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { plansQueryKey } from './get-follow-up-plans';
import { enrolmentsQueryKey } from './get-enrolments';

export const CancelFollowUpEnrolmentMutation = graphql(`
  mutation CancelFollowUpEnrolment($id: ID!, $reason: String) {
    cancelFollowUpEnrolment(id: $id, reason: $reason) {
      id
      status
    }
  }
`);

export const useCancelEnrolment = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (vars: { id: string; reason?: string | null }) => (await request(CancelFollowUpEnrolmentMutation, vars)).cancelFollowUpEnrolment,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: enrolmentsQueryKey }), queryClient.invalidateQueries({ queryKey: plansQueryKey })]),
  });
};
