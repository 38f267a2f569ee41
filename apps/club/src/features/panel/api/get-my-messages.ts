import { useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { connectionQueryOptions } from '@/lib/connection';
import { request } from '@/lib/graphql-client';

export const MyMessagesQuery = graphql(`
  query MyMessages($first: Int!, $after: String) {
    myMessages(first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          channel
          direction
          subject
          body
          status
          createdAt
          sentAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const useMyMessages = (slug: string) =>
  useInfiniteQuery(
    connectionQueryOptions(['myMessages', slug] as const, async (after, signal) => (await request(MyMessagesQuery, { first: 20, after }, signal)).myMessages),
  );
