import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const MessagingSettingsFieldsFragment = graphql(`
  fragment MessagingSettingsFields on MessagingSettings {
    emailFromName
    emailFromAddress
    emailReplyTo
    emailFrom
    dkimDomain
    dkimSelector
    dkimKeySet
    smsProvider
    smsSender
    kavenegarUrl
    smsGateway {
      url
      method
      contentType
      headers
      body
      numberFormat
      idPath
      successPath
      successValue
    }
    smsCredentialsSet
    smsCredentialFields
    emailPerSecond
    smsPerSecond
    quietHoursStart
    quietHoursEnd
    updatedAt
  }
`);

export const MessagingSettingsQuery = graphql(`
  query MessagingSettings {
    messagingSettings {
      ...MessagingSettingsFields
    }
  }
`);

export const messagingSettingsQueryKey = ['messagingSettings'] as const;

export const messagingSettingsQueryOptions = () =>
  queryOptions({
    queryKey: messagingSettingsQueryKey,
    queryFn: async () => (await request(MessagingSettingsQuery, {})).messagingSettings,
  });

export const useMessagingSettings = (enabled = true) => useQuery({ ...messagingSettingsQueryOptions(), enabled });
