import { useMutation, useQueryClient } from '@tanstack/react-query';
import { viewerQueryKey } from '@/features/auth/api/get-viewer';
import { graphql } from '@/gql';
import type { UpdateWorkspaceInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const UpdateWorkspaceMutation = graphql(`
  mutation UpdateWorkspace($input: UpdateWorkspaceInput!) {
    updateWorkspace(input: $input) {
      id
      name
      slug
      timezone
      defaultLocale
      displayCurrency
      createdAt
    }
  }
`);

export const updateWorkspace = async (input: UpdateWorkspaceInput) =>
  (await request(UpdateWorkspaceMutation, { input })).updateWorkspace;

export const useUpdateWorkspace = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateWorkspace,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: viewerQueryKey }),
  });
};
