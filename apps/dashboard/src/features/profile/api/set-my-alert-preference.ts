import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { MessagingChannel } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { myAlertPreferencesQueryKey } from './get-my-alert-preferences';

export const SetMyAlertPreferenceMutation = graphql(`
  mutation SetMyAlertPreference($event: String!, $channels: [MessagingChannel!]!) {
    setMyAlertPreference(event: $event, channels: $channels) {
      ...StaffAlertPreferenceFields
    }
  }
`);

export const setMyAlertPreference = async (variables: { event: string; channels: MessagingChannel[] }) =>
  (await request(SetMyAlertPreferenceMutation, variables)).setMyAlertPreference;

/** Chooses the channels for one event (none = off); the answer is the whole list, which replaces the cached one. */
export const useSetMyAlertPreference = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setMyAlertPreference,
    onSuccess: (preferences) => queryClient.setQueryData(myAlertPreferencesQueryKey, preferences),
  });
};
