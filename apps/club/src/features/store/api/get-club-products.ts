import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { provisional } from './provisional';
import { request } from '@/lib/graphql-client';
import type { StoreProduct } from '../model/types';

// PROVISIONAL until the club store API lands in schema.graphql.
interface ClubProductNode {
  id: string;
  nameFa: string;
  nameEn: string | null;
  unit: string;
  imageUrls: string[];
  description: string | null;
  price: number;
  basePrice: number;
  available: boolean;
  lowStock: boolean;
}

export const CLUB_PRODUCT_FIELDS = 'id nameFa nameEn unit imageUrls description price basePrice available lowStock';

export const ClubProductsQuery = provisional<
  { clubProducts: { totalCount: number; edges: Array<{ node: ClubProductNode }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } },
  { slug: string; categoryId?: string | null; search?: string | null; first: number; after?: string | null }
>(`query ClubProducts($slug: String!, $categoryId: ID, $search: String, $first: Int!, $after: String) {
  clubProducts(slug: $slug, filter: { categoryId: $categoryId }, search: $search, first: $first, after: $after) {
    totalCount
    edges { node { ${CLUB_PRODUCT_FIELDS} } }
    pageInfo { hasNextPage endCursor }
  }
}`);

export function toStoreProduct(node: ClubProductNode, locale: string): StoreProduct {
  return {
    id: node.id,
    name: (locale === 'en' && node.nameEn) || node.nameFa,
    unit: node.unit,
    imageUrl: node.imageUrls[0] ?? null,
    description: node.description,
    price: node.price,
    basePrice: node.basePrice,
    available: node.available,
    lowStock: node.lowStock,
  };
}

const PAGE = 24;

export const clubProductsQueryOptions = (slug: string, filter: { categoryId: string | null; search: string }, locale: string) =>
  infiniteQueryOptions({
    queryKey: ['clubProducts', slug, filter, locale] as const,
    queryFn: async ({ pageParam, signal }) => {
      const page = (
        await request(
          ClubProductsQuery,
          { slug, categoryId: filter.categoryId, search: filter.search || null, first: PAGE, after: pageParam },
          signal,
        )
      ).clubProducts;
      return { ...page, products: page.edges.map((e) => toStoreProduct(e.node, locale)) };
    },
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? last.pageInfo.endCursor : undefined),
  });

export const useClubProducts = (slug: string, filter: { categoryId: string | null; search: string }, locale: string) =>
  useInfiniteQuery(clubProductsQueryOptions(slug, filter, locale));
