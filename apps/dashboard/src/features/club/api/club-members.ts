import { infiniteQueryOptions, keepPreviousData, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ClubJoinVia, ClubMemberStatus } from '@/gql/graphql';
import { contactsQueryKey } from '@/features/contacts/api/get-contacts';
import { request } from '@/lib/graphql-client';

export const ClubMemberFieldsFragment = graphql(`
  fragment ClubMemberFields on ClubMember {
    id
    contactId
    status
    joinedAt
    joinedVia
    lastSignInAt
    blockedAt
    blockedReason
    hasPassword
    balance
    tier {
      id
      code
      name
    }
    contact {
      id
      fullName
      primaryPhone
    }
  }
`);

export const ClubMembersQuery = graphql(`
  query ClubMembers($first: Int!, $after: String, $search: String, $status: ClubMemberStatus, $tierId: ID, $joinedVia: ClubJoinVia) {
    clubMembers(first: $first, after: $after, search: $search, status: $status, tierId: $tierId, joinedVia: $joinedVia) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ClubMemberFields
        }
      }
    }
  }
`);

export const ClubMemberQuery = graphql(`
  query ClubMember($contactId: ID!) {
    clubMember(contactId: $contactId) {
      ...ClubMemberFields
    }
  }
`);

export const EnrollClubMemberMutation = graphql(`
  mutation EnrollClubMember($contactId: ID!) {
    enrollClubMember(contactId: $contactId) {
      ...ClubMemberFields
    }
  }
`);

export const BlockClubMemberMutation = graphql(`
  mutation BlockClubMember($input: BlockClubMemberInput!) {
    blockClubMember(input: $input) {
      ...ClubMemberFields
    }
  }
`);

export const UnblockClubMemberMutation = graphql(`
  mutation UnblockClubMember($contactId: ID!) {
    unblockClubMember(contactId: $contactId) {
      ...ClubMemberFields
    }
  }
`);

export const clubMembersQueryKey = ['clubMembers'] as const;

export interface ClubMembersParams {
  search?: string;
  status?: ClubMemberStatus | null;
  tierId?: string | null;
  joinedVia?: ClubJoinVia | null;
  pageSize?: number;
}

export const clubMembersQueryOptions = ({ search, status, tierId, joinedVia, pageSize = 25 }: ClubMembersParams) =>
  infiniteQueryOptions({
    queryKey: [...clubMembersQueryKey, 'list', { search: search ?? '', status: status ?? null, tierId: tierId ?? null, joinedVia: joinedVia ?? null, pageSize }] as const,
    queryFn: async ({ pageParam }) =>
      (await request(ClubMembersQuery, { first: pageSize, after: pageParam, search: search || null, status: status ?? null, tierId: tierId ?? null, joinedVia: joinedVia ?? null })).clubMembers,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
    placeholderData: keepPreviousData,
  });

/** Members with balance and tier, searched by name, phone or email and filtered by status, tier and how they joined (club:read). */
export const useClubMembers = (params: ClubMembersParams) => useInfiniteQuery(clubMembersQueryOptions(params));

export const clubMemberQueryOptions = (contactId: string) =>
  queryOptions({
    queryKey: [...clubMembersQueryKey, 'one', contactId] as const,
    queryFn: async () => (await request(ClubMemberQuery, { contactId })).clubMember,
  });

/** The contact's membership, or null when they are not a member. */
export const useClubMember = (contactId: string, enabled = true) => useQuery({ ...clubMemberQueryOptions(contactId), enabled });

const useMemberMutation = <V,>(mutationFn: (v: V) => Promise<unknown>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: clubMembersQueryKey }),
        queryClient.invalidateQueries({ queryKey: ['contactLoyalty'] }),
        queryClient.invalidateQueries({ queryKey: contactsQueryKey }),
      ]),
  });
};

/** Makes the contact a member (no SMS); an existing membership comes back as it is. */
export const useEnrollClubMember = () =>
  useMemberMutation(async (contactId: string) => (await request(EnrollClubMemberMutation, { contactId })).enrollClubMember);

/** The member loses access at once. */
export const useBlockClubMember = () =>
  useMemberMutation(async (input: { contactId: string; reason?: string | null }) => (await request(BlockClubMemberMutation, { input })).blockClubMember);

export const useUnblockClubMember = () =>
  useMemberMutation(async (contactId: string) => (await request(UnblockClubMemberMutation, { contactId })).unblockClubMember);
