import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { SetCommissionRuleInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { salesQueryKey } from './get-sales-performance';

export const SetCommissionRuleMutation = graphql(`
  mutation SetCommissionRule($input: SetCommissionRuleInput!) {
    setCommissionRule(input: $input) {
      ...CommissionRuleFields
    }
  }
`);

export const setCommissionRule = async (input: SetCommissionRuleInput) => (await request(SetCommissionRuleMutation, { input })).setCommissionRule;

/** Creates or replaces the rule of its target (everyone, a rep or a team); the report is recomputed. */
export const useSetCommissionRule = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setCommissionRule,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: salesQueryKey }),
  });
};
