import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ChangeStaffRoleInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { staffMembersQueryKey } from './get-staff-members';

export const ChangeStaffRoleMutation = graphql(`
  mutation ChangeStaffRole($input: ChangeStaffRoleInput!) {
    changeStaffRole(input: $input) {
      id
      role
      status
    }
  }
`);

export const changeStaffRole = async (input: ChangeStaffRoleInput) =>
  (await request(ChangeStaffRoleMutation, { input })).changeStaffRole;

export const useChangeStaffRole = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeStaffRole,
    onSettled: () => queryClient.invalidateQueries({ queryKey: staffMembersQueryKey }),
  });
};
