import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { UpdateMessagingSettingsInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { messagingSettingsQueryKey } from './get-messaging-settings';

export const UpdateMessagingSettingsMutation = graphql(`
  mutation UpdateMessagingSettings($input: UpdateMessagingSettingsInput!) {
    updateMessagingSettings(input: $input) {
      ...MessagingSettingsFields
    }
  }
`);

export const updateMessagingSettings = async (input: UpdateMessagingSettingsInput) =>
  (await request(UpdateMessagingSettingsMutation, { input })).updateMessagingSettings;

export const useUpdateMessagingSettings = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMessagingSettings,
    onSuccess: (settings) => queryClient.setQueryData(messagingSettingsQueryKey, settings),
  });
};
