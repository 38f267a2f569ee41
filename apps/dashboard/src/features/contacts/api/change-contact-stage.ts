import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { LifecycleStage } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { contactsQueryKey } from './get-contacts';

export const ChangeContactStageMutation = graphql(`
  mutation ChangeContactStage($contactId: ID!, $stage: LifecycleStage!, $reason: String!) {
    changeContactStage(contactId: $contactId, stage: $stage, reason: $reason) {
      id
      stage
    }
  }
`);

export const changeContactStage = async (vars: { contactId: string; stage: LifecycleStage; reason: string }) =>
  (await request(ChangeContactStageMutation, vars)).changeContactStage;

export const useChangeContactStage = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeContactStage,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: contactsQueryKey });
    },
  });
};
