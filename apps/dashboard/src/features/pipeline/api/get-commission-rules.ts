import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { salesQueryKey } from './get-sales-performance';

export const CommissionRuleFieldsFragment = graphql(`
  fragment CommissionRuleFields on CommissionRule {
    id
    name
    appliesTo
    memberId
    teamId
    basis
    tiers {
      fromAmount
      fromAttainmentPercent
      rateBp
    }
  }
`);

export const CommissionRulesQuery = graphql(`
  query CommissionRules {
    commissionRules {
      ...CommissionRuleFields
    }
  }
`);

export const commissionRulesQueryOptions = () =>
  queryOptions({
    queryKey: [...salesQueryKey, 'commissionRules'] as const,
    queryFn: async () => (await request(CommissionRulesQuery, {})).commissionRules,
  });

export const useCommissionRules = () => useQuery(commissionRulesQueryOptions());
