import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import type { StoreCategory } from '../model/types';

export const ClubCategoriesQuery = graphql(`
  query ClubCategories($slug: String!) {
    clubCategories(slug: $slug) {
      id
      parentId
      nameFa
      nameEn
      depth
    }
  }
`);

export const clubCategoriesQueryOptions = (slug: string, locale: string) =>
  queryOptions({
    queryKey: ['clubCategories', slug, locale] as const,
    queryFn: async ({ signal }): Promise<StoreCategory[]> =>
      (await request(ClubCategoriesQuery, { slug }, signal)).clubCategories.map((c) => ({
        id: c.id,
        name: (locale === 'en' && c.nameEn) || c.nameFa,
        parentId: c.parentId ?? null,
      })),
    staleTime: 5 * 60_000,
  });

export const useClubCategories = (slug: string, locale: string) => useQuery(clubCategoriesQueryOptions(slug, locale));
