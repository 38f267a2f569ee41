import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { OrganizationInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { organizationsQueryKey } from './get-organizations';

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: OrganizationInput!) {
    createOrganization(input: $input) {
      id
      name
      city
    }
  }
`);

export const createOrganization = async (input: OrganizationInput) =>
  (await request(CreateOrganizationMutation, { input })).createOrganization;

export const useCreateOrganization = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganization,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: organizationsQueryKey });
    },
  });
};
