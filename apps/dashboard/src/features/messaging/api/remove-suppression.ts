import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { suppressionsQueryKey } from './get-suppressions';

export const RemoveSuppressionMutation = graphql(`
  mutation RemoveSuppression($id: ID!) {
    removeSuppression(id: $id)
  }
`);

export const removeSuppression = async (id: string) => (await request(RemoveSuppressionMutation, { id })).removeSuppression;

export const useRemoveSuppression = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeSuppression,
    onSettled: () => queryClient.invalidateQueries({ queryKey: suppressionsQueryKey }),
  });
};
