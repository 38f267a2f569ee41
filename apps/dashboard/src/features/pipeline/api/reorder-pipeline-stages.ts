import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { pipelineQueryKey } from './get-pipeline-stages';

export const ReorderPipelineStagesMutation = graphql(`
  mutation ReorderPipelineStages($stageIds: [ID!]!) {
    reorderPipelineStages(stageIds: $stageIds) {
      ...PipelineStageFields
    }
  }
`);

export const reorderPipelineStages = async (stageIds: string[]) => (await request(ReorderPipelineStagesMutation, { stageIds })).reorderPipelineStages;

/** Every stage id in the new left-to-right order (sales:manage). */
export const useReorderPipelineStages = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: reorderPipelineStages,
    onSettled: () => queryClient.invalidateQueries({ queryKey: pipelineQueryKey }),
  });
};
