import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { UpdateTicketingSettingsInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const TicketingSettingsQuery = graphql(`
  query TicketingSettings {
    ticketingSettings {
      autoCloseDays
      smsKeywords
      csatEnabled
    }
  }
`);

const UpdateTicketingSettingsMutation = graphql(`
  mutation UpdateTicketingSettings($input: UpdateTicketingSettingsInput!) {
    updateTicketingSettings(input: $input) {
      autoCloseDays
      smsKeywords
      csatEnabled
    }
  }
`);

export const ticketingSettingsQueryKey = ['ticketingSettings'] as const;

export const ticketingSettingsQueryOptions = () =>
  queryOptions({ queryKey: ticketingSettingsQueryKey, queryFn: async () => (await request(TicketingSettingsQuery, {})).ticketingSettings });

/** Auto-close days, the inbound SMS keywords and the CSAT switch of the workspace. */
export const useTicketingSettings = () => useQuery(ticketingSettingsQueryOptions());

export const useUpdateTicketingSettings = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: UpdateTicketingSettingsInput) => (await request(UpdateTicketingSettingsMutation, { input })).updateTicketingSettings,
    onSuccess: (data) => queryClient.setQueryData(ticketingSettingsQueryKey, data),
  });
};
