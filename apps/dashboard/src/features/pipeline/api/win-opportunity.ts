import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { pipelineQueryKey } from './get-pipeline-stages';

export const WinOpportunityMutation = graphql(`
  mutation WinOpportunity($id: ID!) {
    winOpportunity(id: $id) {
      ...OpportunityFields
    }
  }
`);

export const winOpportunity = async (id: string) => (await request(WinOpportunityMutation, { id })).winOpportunity;

/** Marks an open deal won (the WON column). */
export const useWinOpportunity = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: winOpportunity,
    onSettled: () => queryClient.invalidateQueries({ queryKey: pipelineQueryKey }),
  });
};
