import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { UpdateOpportunityInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { pipelineQueryKey } from './get-pipeline-stages';

export const UpdateOpportunityMutation = graphql(`
  mutation UpdateOpportunity($id: ID!, $input: UpdateOpportunityInput!) {
    updateOpportunity(id: $id, input: $input) {
      ...OpportunityFields
    }
  }
`);

export const updateOpportunity = async ({ id, input }: { id: string; input: UpdateOpportunityInput }) => (await request(UpdateOpportunityMutation, { id, input })).updateOpportunity;

/** Edits a deal's title, amount, probability, expected close, rep or notes. */
export const useUpdateOpportunity = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateOpportunity,
    onSettled: () => queryClient.invalidateQueries({ queryKey: pipelineQueryKey }),
  });
};
