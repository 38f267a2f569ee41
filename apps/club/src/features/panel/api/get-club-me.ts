import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { memberQueryKey } from '@/lib/session';

export const ClubMeQuery = graphql(`
  query ClubMe {
    clubMe {
      contactId
      firstName
      lastName
      fullName
      phone
      email
      city
      birthDate {
        calendar
        year
        month
        day
      }
      consents {
        channel
        status
      }
      membership {
        id
        joinedAt
        joinedVia
      }
    }
  }
`);

export const clubMeQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: [...memberQueryKey(slug), 'profile'] as const,
    queryFn: async ({ signal }) => (await request(ClubMeQuery, {}, signal)).clubMe,
    staleTime: 60_000,
  });

export const useClubMe = (slug: string) => useQuery(clubMeQueryOptions(slug));
