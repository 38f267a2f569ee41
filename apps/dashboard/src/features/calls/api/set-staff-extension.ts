import { useMutation, useQueryClient } from '@tanstack/react-query';
import { staffMembersQueryKey } from '@/features/staff/api/get-staff-members';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const SetStaffExtensionMutation = graphql(`
  mutation SetStaffExtension($staffMemberId: ID!, $extension: String) {
    setStaffExtension(staffMemberId: $staffMemberId, extension: $extension) {
      id
    }
  }
`);

export const setStaffExtension = async (vars: { staffMemberId: string; extension: string | null }) =>
  (await request(SetStaffExtensionMutation, vars)).setStaffExtension;

export const useSetStaffExtension = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setStaffExtension,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffMembersQueryKey }),
  });
};
