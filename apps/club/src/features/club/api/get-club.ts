import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { PublicClubQuery as PublicClubResult } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { errorCode } from '@peyvand/web';

export const PublicClubQuery = graphql(`
  query PublicClub($slug: String!) {
    publicClub(slug: $slug) {
      slug
      enabled
      nameFa
      nameEn
      logoUrl
      primaryColor
      approach
      signUpOpen
      afterSalesPanel
      displayCurrency
      defaultLocale
    }
    publicWorkspace(slug: $slug) {
      branding {
        tagline
      }
    }
  }
`);

export type ClubInfo = PublicClubResult['publicClub'] & { tagline: string | null };

export const clubQueryKey = (slug: string) => ['club', slug] as const;

export const clubQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: clubQueryKey(slug),
    queryFn: async ({ signal }): Promise<ClubInfo | null> => {
      try {
        const data = await request(PublicClubQuery, { slug }, signal);
        return { ...data.publicClub, tagline: data.publicWorkspace?.branding.tagline ?? null };
      } catch (error) {
        if (errorCode(error) === 'NOT_FOUND') return null;
        throw error;
      }
    },
    staleTime: 5 * 60_000,
  });

/** `data === null` means there is no club at this address. */
export const useClubQuery = (slug: string) => useQuery(clubQueryOptions(slug));
