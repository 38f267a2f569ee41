import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { contactsQueryKey } from './get-contacts';

export const UnlinkContactFromOrganizationMutation = graphql(`
  mutation UnlinkContactFromOrganization($contactId: ID!, $organizationId: ID!) {
    unlinkContactFromOrganization(contactId: $contactId, organizationId: $organizationId) {
      id
    }
  }
`);

export const unlinkContactFromOrganization = async (vars: { contactId: string; organizationId: string }) =>
  (await request(UnlinkContactFromOrganizationMutation, vars)).unlinkContactFromOrganization;

export const useUnlinkContactFromOrganization = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unlinkContactFromOrganization,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: contactsQueryKey });
    },
  });
};
