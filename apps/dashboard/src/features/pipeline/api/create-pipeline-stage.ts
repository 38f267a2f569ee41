import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { CreatePipelineStageInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { pipelineQueryKey } from './get-pipeline-stages';

export const CreatePipelineStageMutation = graphql(`
  mutation CreatePipelineStage($input: CreatePipelineStageInput!) {
    createPipelineStage(input: $input) {
      ...PipelineStageFields
    }
  }
`);

export const createPipelineStage = async (input: CreatePipelineStageInput) => (await request(CreatePipelineStageMutation, { input })).createPipelineStage;

/** Adds an OPEN column (sales:manage). */
export const useCreatePipelineStage = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPipelineStage,
    onSettled: () => queryClient.invalidateQueries({ queryKey: pipelineQueryKey }),
  });
};
