import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { SlaPolicyInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { slaPoliciesQueryKey } from './get-sla-policies';

export const SetSlaPolicyMutation = graphql(`
  mutation SetSlaPolicy($input: SlaPolicyInput!) {
    setSlaPolicy(input: $input) {
      priority
      firstResponseMinutes
      resolutionMinutes
      warnBeforeMinutes
      isDefault
    }
  }
`);

export const setSlaPolicy = async (input: SlaPolicyInput) => (await request(SetSlaPolicyMutation, { input })).setSlaPolicy;

/** Sets a priority's SLA targets (minutes). */
export const useSetSlaPolicy = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setSlaPolicy, onSuccess: () => queryClient.invalidateQueries({ queryKey: slaPoliciesQueryKey }) });
};
