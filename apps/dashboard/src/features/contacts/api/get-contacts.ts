import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ContactFilter } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const ContactListFieldsFragment = graphql(`
  fragment ContactListFields on Contact {
    id
    firstName
    lastName
    fullName
    primaryPhone
    stage
    tags
    source
    city
    owner {
      id
      fullName
    }
    createdAt
  }
`);

export const ContactsQuery = graphql(`
  query Contacts($first: Int, $after: String, $filter: ContactFilter, $search: String) {
    contacts(first: $first, after: $after, filter: $filter, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ContactListFields
        }
      }
    }
  }
`);

/** Every contacts query (lists, details, timelines) lives under this prefix. */
export const contactsQueryKey = ['contacts'] as const;

export interface ContactsParams {
  search?: string;
  filter?: ContactFilter;
  pageSize?: number;
}

export const contactsQueryOptions = ({ search, filter, pageSize = 25 }: ContactsParams) =>
  infiniteQueryOptions({
    queryKey: [...contactsQueryKey, 'list', { search: search ?? '', filter: filter ?? {}, pageSize }] as const,
    queryFn: async ({ pageParam }) =>
      (await request(ContactsQuery, { first: pageSize, after: pageParam, filter, search: search || undefined })).contacts,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
    placeholderData: keepPreviousData,
  });

export const useContacts = (params: ContactsParams, enabled = true) =>
  useInfiniteQuery({ ...contactsQueryOptions(params), enabled });
