import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const PipelineStageFieldsFragment = graphql(`
  fragment PipelineStageFields on PipelineStage {
    id
    kind
    nameFa
    nameEn
    position
    probability
  }
`);

export const PipelineStagesQuery = graphql(`
  query PipelineStages {
    pipelineStages {
      ...PipelineStageFields
    }
  }
`);

/** Stages, the board and single deals all live under this prefix. */
export const pipelineQueryKey = ['pipeline'] as const;
export const pipelineStagesQueryKey = [...pipelineQueryKey, 'stages'] as const;

export const pipelineStagesQueryOptions = () =>
  queryOptions({
    queryKey: pipelineStagesQueryKey,
    queryFn: async () => (await request(PipelineStagesQuery, {})).pipelineStages,
  });

/** The workspace's kanban columns, left to right. */
export const usePipelineStages = () => useQuery(pipelineStagesQueryOptions());
