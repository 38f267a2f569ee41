import { useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ClubProductFieldsFragment } from '@/gql/graphql';
import { connectionQueryOptions } from '@/lib/connection';
import { request } from '@/lib/graphql-client';
import type { StoreProduct } from '../model/types';

export const ClubProductFields = graphql(`
  fragment ClubProductFields on ClubProduct {
    id
    nameFa
    nameEn
    description
    categoryId
    unit
    imageUrls
    basePrice
    price
    priceWithTax
    taxRateBp
    available
    lowStock
  }
`);

export const ClubProductsQuery = graphql(`
  query ClubProducts($slug: String!, $filter: ClubProductFilter, $first: Int!, $after: String) {
    clubProducts(slug: $slug, filter: $filter, first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...ClubProductFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** Prices as the shopper pays them (tax included); the list price with the same tax for the struck-through figure. */
export function toStoreProduct(node: ClubProductFieldsFragment, locale: string): StoreProduct {
  const withTax = (rial: number) => rial + Math.round((rial * node.taxRateBp) / 10_000);
  return {
    id: node.id,
    name: (locale === 'en' && node.nameEn) || node.nameFa,
    unit: node.unit,
    imageUrl: node.imageUrls[0] ?? null,
    description: node.description ?? null,
    price: node.priceWithTax,
    basePrice: withTax(node.basePrice),
    available: node.available,
    lowStock: node.lowStock,
  };
}

export interface StoreFilter {
  categoryId: string | null;
  search: string;
}

/** The member's session changes the prices, so the cache key includes whether one is signed in. */
export const clubProductsQueryOptions = (slug: string, filter: StoreFilter, member: boolean) =>
  connectionQueryOptions(['clubProducts', slug, filter, member] as const, async (after, signal) =>
    (
      await request(
        ClubProductsQuery,
        { slug, filter: { categoryId: filter.categoryId, search: filter.search || null }, first: 24, after },
        signal,
      )
    ).clubProducts,
  );

export const useClubProducts = (slug: string, filter: StoreFilter, member: boolean) => useInfiniteQuery(clubProductsQueryOptions(slug, filter, member));
