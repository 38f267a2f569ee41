import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { staffMembersQueryKey } from './get-staff-members';

export const DisableStaffMemberMutation = graphql(`
  mutation DisableStaffMember($id: ID!) {
    disableStaffMember(id: $id) {
      id
      role
      status
    }
  }
`);

export const disableStaffMember = async (id: string) =>
  (await request(DisableStaffMemberMutation, { id })).disableStaffMember;

export const useDisableStaffMember = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: disableStaffMember,
    onSettled: () => queryClient.invalidateQueries({ queryKey: staffMembersQueryKey }),
  });
};
