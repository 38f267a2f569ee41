import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const OrganizationsQuery = graphql(`
  query Organizations($first: Int, $after: String, $search: String) {
    organizations(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          city
          memberCount
        }
      }
    }
  }
`);

export const organizationsQueryKey = ['organizations'] as const;

export const organizationsQueryOptions = (search: string) =>
  queryOptions({
    queryKey: [...organizationsQueryKey, search] as const,
    queryFn: async () => (await request(OrganizationsQuery, { first: 20, search: search || undefined })).organizations,
    placeholderData: keepPreviousData,
  });

export const useOrganizations = (search: string, enabled = true) =>
  useQuery({ ...organizationsQueryOptions(search), enabled });
