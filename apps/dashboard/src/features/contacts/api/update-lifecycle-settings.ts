import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { LifecycleSettingsInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { lifecycleSettingsQueryKey } from './get-lifecycle-settings';

export const UpdateLifecycleSettingsMutation = graphql(`
  mutation UpdateLifecycleSettings($input: LifecycleSettingsInput!) {
    updateLifecycleSettings(input: $input) {
      clientMinOrders
      clientWindowMonths
      advocateMinReferrals
      inactiveAfterDays
      lostAfterDays
    }
  }
`);

export const updateLifecycleSettings = async (input: LifecycleSettingsInput) =>
  (await request(UpdateLifecycleSettingsMutation, { input })).updateLifecycleSettings;

export const useUpdateLifecycleSettings = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateLifecycleSettings,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: lifecycleSettingsQueryKey });
    },
  });
};
