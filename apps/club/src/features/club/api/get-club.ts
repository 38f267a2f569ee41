import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const PublicWorkspaceQuery = graphql(`
  query PublicWorkspace($slug: String!) {
    publicWorkspace(slug: $slug) {
      name
      slug
      defaultLocale
      branding {
        primaryColor
        logoUrl
        tagline
      }
    }
  }
`);

/** What the SPA needs of a club, whichever query supplied it. */
export interface ClubInfo {
  slug: string;
  nameFa: string;
  nameEn: string;
  defaultLocale: string;
  primaryColor: string | null;
  logoUrl: string | null;
  tagline: string | null;
  /** 'IRT' (Toman) or 'IRR' (Rial). */
  displayCurrency: string;
  /** Whether a visitor may join without a purchase. */
  signUpOpen: boolean;
  /** The after-sales part of the panel (purchases, messages, calls, tickets). */
  afterSalesPanel: boolean;
}

export const clubQueryKey = (slug: string) => ['club', slug] as const;

export const clubQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: clubQueryKey(slug),
    queryFn: async ({ signal }): Promise<ClubInfo | null> => {
      const ws = (await request(PublicWorkspaceQuery, { slug }, signal)).publicWorkspace;
      if (!ws) return null;
      return {
        slug: ws.slug,
        nameFa: ws.name,
        nameEn: ws.name,
        defaultLocale: ws.defaultLocale,
        primaryColor: ws.branding.primaryColor,
        logoUrl: ws.branding.logoUrl ?? null,
        tagline: ws.branding.tagline ?? null,
        displayCurrency: 'IRT',
        signUpOpen: true,
        afterSalesPanel: true,
      };
    },
    staleTime: 5 * 60_000,
  });

/** `data === null` means the slug does not exist. */
export const useClubQuery = (slug: string) => useQuery(clubQueryOptions(slug));
