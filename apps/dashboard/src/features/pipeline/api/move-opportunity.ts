import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { OpportunityBoardQuery } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { moveCard } from '../lib/board';
import { pipelineQueryKey } from './get-pipeline-stages';

export const MoveOpportunityMutation = graphql(`
  mutation MoveOpportunity($id: ID!, $input: MoveOpportunityInput!) {
    moveOpportunity(id: $id, input: $input) {
      ...OpportunityFields
    }
  }
`);

export interface MoveOpportunityVariables {
  id: string;
  stageId: string;
  position: number;
}

export const moveOpportunity = async ({ id, stageId, position }: MoveOpportunityVariables) =>
  (await request(MoveOpportunityMutation, { id, input: { stageId, position } })).moveOpportunity;

type Board = OpportunityBoardQuery['opportunityBoard'];

/**
 * Moves a deal to a place in an OPEN column. The board moves at once (optimistically, with its totals) and is
 * put back if the server refuses; either way it is refetched afterwards.
 */
export const useMoveOpportunity = (boardKey: readonly unknown[]) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: moveOpportunity,
    onMutate: async (vars) => {
      await queryClient.cancelQueries({ queryKey: boardKey });
      const previous = queryClient.getQueryData<Board>(boardKey);
      if (previous) queryClient.setQueryData<Board>(boardKey, moveCard(previous, vars.id, vars.stageId, vars.position));
      return { previous };
    },
    onError: (_error, _vars, context) => {
      if (context?.previous) queryClient.setQueryData(boardKey, context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: pipelineQueryKey }),
  });
};
