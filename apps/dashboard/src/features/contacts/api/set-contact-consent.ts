import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ConsentChannel, ConsentStatus } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { contactsQueryKey } from './get-contacts';

export const SetContactConsentMutation = graphql(`
  mutation SetContactConsent($contactId: ID!, $channel: ConsentChannel!, $status: ConsentStatus!, $source: String!) {
    setContactConsent(contactId: $contactId, channel: $channel, status: $status, source: $source) {
      id
      consents {
        channel
        status
        changedAt
        source
      }
    }
  }
`);

export const setContactConsent = async (vars: { contactId: string; channel: ConsentChannel; status: ConsentStatus; source: string }) =>
  (await request(SetContactConsentMutation, vars)).setContactConsent;

export const useSetContactConsent = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setContactConsent,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: contactsQueryKey });
    },
  });
};
