import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { CreateOpportunityInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { pipelineQueryKey } from './get-pipeline-stages';

export const CreateOpportunityMutation = graphql(`
  mutation CreateOpportunity($input: CreateOpportunityInput!) {
    createOpportunity(input: $input) {
      ...OpportunityFields
    }
  }
`);

export const createOpportunity = async (input: CreateOpportunityInput) => (await request(CreateOpportunityMutation, { input })).createOpportunity;

/** A new deal (default: the first OPEN column, the caller as rep). */
export const useCreateOpportunity = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOpportunity,
    onSettled: () => queryClient.invalidateQueries({ queryKey: pipelineQueryKey }),
  });
};
