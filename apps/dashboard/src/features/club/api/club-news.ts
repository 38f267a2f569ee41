import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { SaveClubNewsInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const ClubNewsFieldsFragment = graphql(`
  fragment ClubNewsFields on ClubNewsItem {
    id
    kind
    endsAt
    closed
    responseCount
    questions {
      id
      text
      textEn
      type
      required
      options {
        id
        text
        textEn
      }
    }
    title
    body
    titleEn
    bodyEn
    url
    imageUrl
    ownPoints
    points
    publishedAt
    archived
    createdAt
  }
`);

export const ClubNewsItemsQuery = graphql(`
  query ClubNewsItems($first: Int!, $after: String) {
    clubNewsItems(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ClubNewsFields
        }
      }
    }
  }
`);

export const SaveClubNewsMutation = graphql(`
  mutation SaveClubNews($input: SaveClubNewsInput!) {
    saveClubNews(input: $input) {
      ...ClubNewsFields
    }
  }
`);

export const clubNewsQueryKey = ['clubNewsItems'] as const;

export const clubNewsQueryOptions = (pageSize = 25) =>
  infiniteQueryOptions({
    queryKey: [...clubNewsQueryKey, { pageSize }] as const,
    queryFn: async ({ pageParam }) => (await request(ClubNewsItemsQuery, { first: pageSize, after: pageParam })).clubNewsItems,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
  });

/** Club news items, drafts included (club:read). */
export const useClubNewsItems = () => useInfiniteQuery(clubNewsQueryOptions());

export const saveClubNews = async (input: SaveClubNewsInput) => (await request(SaveClubNewsMutation, { input })).saveClubNews;

export const useSaveClubNews = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveClubNews, onSuccess: () => queryClient.invalidateQueries({ queryKey: clubNewsQueryKey }) });
};

export const ClubNewsResultsQuery = graphql(`
  query ClubNewsResults($id: ID!) {
    clubNewsResults(id: $id) {
      respondents
      news {
        ...ClubNewsFields
      }
      questions {
        answered
        texts
        question {
          id
          text
          type
        }
        options {
          count
          option {
            id
            text
          }
        }
      }
      entrants {
        contactId
        name
        text
        points
        createdAt
      }
    }
  }
`);

export const clubNewsResultsQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...clubNewsQueryKey, 'results', id] as const,
    queryFn: async () => (await request(ClubNewsResultsQuery, { id })).clubNewsResults,
  });

/** What members answered a survey, or who entered a contest (club:read). */
export const useClubNewsResults = (id: string) => useQuery(clubNewsResultsQueryOptions(id));
