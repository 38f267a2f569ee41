import { queryOptions, useQuery } from '@tanstack/react-query';
import { provisional } from './provisional';
import { request } from '@/lib/graphql-client';
import type { StoreCategory } from '../model/types';

// PROVISIONAL until the club store API lands in schema.graphql.
export const ClubCategoriesQuery = provisional<
  { clubCategories: Array<{ id: string; nameFa: string; nameEn: string | null; parentId: string | null }> },
  { slug: string }
>(`query ClubCategories($slug: String!) { clubCategories(slug: $slug) { id nameFa nameEn parentId } }`);

export const clubCategoriesQueryOptions = (slug: string, locale: string) =>
  queryOptions({
    queryKey: ['clubCategories', slug, locale] as const,
    queryFn: async ({ signal }): Promise<StoreCategory[]> =>
      (await request(ClubCategoriesQuery, { slug }, signal)).clubCategories.map((c) => ({
        id: c.id,
        name: (locale === 'en' && c.nameEn) || c.nameFa,
        parentId: c.parentId,
      })),
    staleTime: 5 * 60_000,
  });

export const useClubCategories = (slug: string, locale: string) => useQuery(clubCategoriesQueryOptions(slug, locale));
