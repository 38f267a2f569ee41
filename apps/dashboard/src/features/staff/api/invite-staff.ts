import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { InviteStaffInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { invitationsQueryKey } from './get-invitations';

export const InviteStaffMutation = graphql(`
  mutation InviteStaff($input: InviteStaffInput!, $idempotencyKey: String) {
    inviteStaff(input: $input, idempotencyKey: $idempotencyKey) {
      id
      email
      role
      status
      expiresAt
      createdAt
    }
  }
`);

export const inviteStaff = async ({ input, idempotencyKey }: { input: InviteStaffInput; idempotencyKey?: string }) =>
  (await request(InviteStaffMutation, { input, idempotencyKey })).inviteStaff;

export const useInviteStaff = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: inviteStaff,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsQueryKey }),
  });
};
