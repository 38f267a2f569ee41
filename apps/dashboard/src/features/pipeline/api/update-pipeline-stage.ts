import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { UpdatePipelineStageInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { pipelineQueryKey } from './get-pipeline-stages';

export const UpdatePipelineStageMutation = graphql(`
  mutation UpdatePipelineStage($id: ID!, $input: UpdatePipelineStageInput!) {
    updatePipelineStage(id: $id, input: $input) {
      ...PipelineStageFields
    }
  }
`);

export const updatePipelineStage = async ({ id, input }: { id: string; input: UpdatePipelineStageInput }) => (await request(UpdatePipelineStageMutation, { id, input })).updatePipelineStage;

/** Renames a column or changes its default probability (sales:manage). */
export const useUpdatePipelineStage = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePipelineStage,
    onSettled: () => queryClient.invalidateQueries({ queryKey: pipelineQueryKey }),
  });
};
