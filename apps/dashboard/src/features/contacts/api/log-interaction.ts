import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { LogInteractionInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { contactsQueryKey } from './get-contacts';

export const LogInteractionMutation = graphql(`
  mutation LogInteraction($input: LogInteractionInput!) {
    logInteraction(input: $input) {
      ...TimelineItemFields
    }
  }
`);

export const logInteraction = async (input: LogInteractionInput) =>
  (await request(LogInteractionMutation, { input })).logInteraction;

export const useLogInteraction = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logInteraction,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: contactsQueryKey });
    },
  });
};
