import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { FollowUpPlanInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { plansQueryKey } from './get-follow-up-plans';

export const CreateFollowUpPlanMutation = graphql(`
  mutation CreateFollowUpPlan($input: FollowUpPlanInput!) {
    createFollowUpPlan(input: $input) {
      ...FollowUpPlanFields
    }
  }
`);

export const UpdateFollowUpPlanMutation = graphql(`
  mutation UpdateFollowUpPlan($id: ID!, $input: FollowUpPlanInput!) {
    updateFollowUpPlan(id: $id, input: $input) {
      ...FollowUpPlanFields
    }
  }
`);

/** Creates the plan, or replaces it (with its steps) when an id is given. */
export const useSaveFollowUpPlan = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id?: string | null; input: FollowUpPlanInput }) =>
      id ? (await request(UpdateFollowUpPlanMutation, { id, input })).updateFollowUpPlan : (await request(CreateFollowUpPlanMutation, { input })).createFollowUpPlan,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: plansQueryKey }),
  });
};
