import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { OpportunityFilter } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { pipelineQueryKey } from './get-pipeline-stages';

export const OpportunityFieldsFragment = graphql(`
  fragment OpportunityFields on Opportunity {
    id
    title
    amount
    weightedAmount
    probability
    probabilityOverridden
    status
    stageId
    position
    expectedCloseDate
    expectedCloseDateJalali
    notes
    lostReason
    wonAt
    lostAt
    proformaId
    contactId
    contact {
      id
      fullName
    }
    owner {
      id
      fullName
    }
  }
`);

export const OpportunityBoardQuery = graphql(`
  query OpportunityBoard($filter: OpportunityFilter, $perStage: Int) {
    opportunityBoard(filter: $filter, perStage: $perStage) {
      columns {
        count
        amount
        weightedAmount
        stage {
          ...PipelineStageFields
        }
        opportunities {
          ...OpportunityFields
        }
      }
    }
  }
`);

export const opportunityBoardQueryKey = (filter: OpportunityFilter = {}) => [...pipelineQueryKey, 'board', filter] as const;

export const opportunityBoardQueryOptions = (filter: OpportunityFilter = {}) =>
  queryOptions({
    queryKey: opportunityBoardQueryKey(filter),
    queryFn: async () => (await request(OpportunityBoardQuery, { filter, perStage: 100 })).opportunityBoard,
  });

/** The kanban: every stage with its totals and its deals in order. */
export const useOpportunityBoard = (filter: OpportunityFilter = {}) => useQuery(opportunityBoardQueryOptions(filter));
