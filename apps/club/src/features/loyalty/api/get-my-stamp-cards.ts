import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const MyStampCardsQuery = graphql(`
  query MyStampCards {
    myStampCards {
      stamps
      required
      completed
      reward {
        id
        name
        description
      }
    }
  }
`);

export const myStampCardsQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['myStampCards', slug] as const,
    queryFn: async ({ signal }) => (await request(MyStampCardsQuery, {}, signal)).myStampCards,
  });

export const useMyStampCards = (slug: string) => useQuery(myStampCardsQueryOptions(slug));
