import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const StaffMembersQuery = graphql(`
  query StaffMembers($first: Int, $after: String) {
    staffMembers(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          email
          fullName
          role
          status
          createdAt
          lastLoginAt
          extension
        }
      }
    }
  }
`);

export const staffMembersQueryKey = ['staffMembers'] as const;

export const staffMembersQueryOptions = () =>
  queryOptions({
    queryKey: staffMembersQueryKey,
    queryFn: async () => (await request(StaffMembersQuery, { first: 100 })).staffMembers,
  });

export const useStaffMembers = () => useQuery(staffMembersQueryOptions());
