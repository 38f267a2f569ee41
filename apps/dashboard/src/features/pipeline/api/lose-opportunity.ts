import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { LoseOpportunityInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { pipelineQueryKey } from './get-pipeline-stages';

export const LoseOpportunityMutation = graphql(`
  mutation LoseOpportunity($id: ID!, $input: LoseOpportunityInput!) {
    loseOpportunity(id: $id, input: $input) {
      ...OpportunityFields
    }
  }
`);

export const loseOpportunity = async ({ id, input }: { id: string; input: LoseOpportunityInput }) => (await request(LoseOpportunityMutation, { id, input })).loseOpportunity;

/** Marks an open deal lost; the reason is required (a field error without one). */
export const useLoseOpportunity = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: loseOpportunity,
    onSettled: () => queryClient.invalidateQueries({ queryKey: pipelineQueryKey }),
  });
};
