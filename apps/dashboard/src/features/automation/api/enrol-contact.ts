import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { plansQueryKey } from './get-follow-up-plans';
import { enrolmentsQueryKey } from './get-enrolments';

export const EnrolInFollowUpPlanMutation = graphql(`
  mutation EnrolInFollowUpPlan($planId: ID!, $contactId: ID!) {
    enrolInFollowUpPlan(planId: $planId, contactId: $contactId) {
      id
      status
    }
  }
`);

export const useEnrolContact = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (vars: { planId: string; contactId: string }) => (await request(EnrolInFollowUpPlanMutation, vars)).enrolInFollowUpPlan,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: enrolmentsQueryKey }), queryClient.invalidateQueries({ queryKey: plansQueryKey })]),
  });
};
