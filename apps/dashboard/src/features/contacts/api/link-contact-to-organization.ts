import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { contactsQueryKey } from './get-contacts';

export const LinkContactToOrganizationMutation = graphql(`
  mutation LinkContactToOrganization($contactId: ID!, $organizationId: ID!, $title: String) {
    linkContactToOrganization(contactId: $contactId, organizationId: $organizationId, title: $title) {
      id
    }
  }
`);

export const linkContactToOrganization = async (vars: { contactId: string; organizationId: string; title?: string | null }) =>
  (await request(LinkContactToOrganizationMutation, vars)).linkContactToOrganization;

export const useLinkContactToOrganization = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: linkContactToOrganization,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: contactsQueryKey });
    },
  });
};
