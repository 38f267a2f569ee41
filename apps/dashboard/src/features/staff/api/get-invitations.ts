import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const InvitationsQuery = graphql(`
  query Invitations {
    invitations {
      id
      email
      role
      status
      expiresAt
      createdAt
    }
  }
`);

export const invitationsQueryKey = ['invitations'] as const;

export const invitationsQueryOptions = () =>
  queryOptions({
    queryKey: invitationsQueryKey,
    queryFn: async () => (await request(InvitationsQuery, {})).invitations,
  });

export const useInvitations = () => useQuery(invitationsQueryOptions());
