import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const StaffAlertPreferenceFieldsFragment = graphql(`
  fragment StaffAlertPreferenceFields on StaffAlertPreference {
    event
    description
    channels
    defaultChannels
    customised
  }
`);

export const MyAlertPreferencesQuery = graphql(`
  query MyAlertPreferences {
    myAlertPreferences {
      ...StaffAlertPreferenceFields
    }
  }
`);

export const myAlertPreferencesQueryKey = ['myAlertPreferences'] as const;

export const myAlertPreferencesQueryOptions = () =>
  queryOptions({
    queryKey: myAlertPreferencesQueryKey,
    queryFn: async () => (await request(MyAlertPreferencesQuery, {})).myAlertPreferences,
  });

/** The events the signed-in member can be alerted about, with the channels chosen for each. */
export const useMyAlertPreferences = () => useQuery(myAlertPreferencesQueryOptions());
