import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { AddSuppressionInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { suppressionsQueryKey } from './get-suppressions';

export const AddSuppressionMutation = graphql(`
  mutation AddSuppression($input: AddSuppressionInput!) {
    addSuppression(input: $input) {
      id
      channel
      address
      reason
    }
  }
`);

export const addSuppression = async (input: AddSuppressionInput) => (await request(AddSuppressionMutation, { input })).addSuppression;

export const useAddSuppression = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addSuppression,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: suppressionsQueryKey }),
  });
};
