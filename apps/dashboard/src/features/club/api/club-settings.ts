import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { UpdateClubSettingsInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const ClubSettingsFieldsFragment = graphql(`
  fragment ClubSettingsFields on ClubSettings {
    enabled
    approach
    afterSalesPanel
    displayNameFa
    displayNameEn
    logoUrl
    primaryColor
    slug
    url
  }
`);

export const ClubSettingsQuery = graphql(`
  query ClubSettings {
    clubSettings {
      ...ClubSettingsFields
    }
  }
`);

export const UpdateClubSettingsMutation = graphql(`
  mutation UpdateClubSettings($input: UpdateClubSettingsInput!) {
    updateClubSettings(input: $input) {
      ...ClubSettingsFields
    }
  }
`);

export const clubSettingsQueryKey = ['clubSettings'] as const;

export const clubSettingsQueryOptions = () =>
  queryOptions({ queryKey: clubSettingsQueryKey, queryFn: async () => (await request(ClubSettingsQuery, {})).clubSettings });

/** Approach, after-sales panel, branding and the club's address (club:read). */
export const useClubSettings = () => useQuery(clubSettingsQueryOptions());

export const updateClubSettings = async (input: UpdateClubSettingsInput) => (await request(UpdateClubSettingsMutation, { input })).updateClubSettings;

export const useUpdateClubSettings = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateClubSettings, onSuccess: (data) => queryClient.setQueryData(clubSettingsQueryKey, data) });
};
