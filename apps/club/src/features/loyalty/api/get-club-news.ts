import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const ClubNewsQuery = graphql(`
  query ClubNews {
    clubNews {
      id
      kind
      title
      body
      titleEn
      bodyEn
      url
      imageUrl
      points
      publishedAt
      clicked
      answered
      pointsEarned
      closed
      endsAt
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
    }
  }
`);

export const clubNewsQueryKey = (slug: string) => ['clubNews', slug] as const;

export const clubNewsQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: clubNewsQueryKey(slug),
    queryFn: async ({ signal }) => (await request(ClubNewsQuery, {}, signal)).clubNews,
  });

export const useClubNews = (slug: string) => useQuery(clubNewsQueryOptions(slug));
