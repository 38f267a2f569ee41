import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const ProductCategoryFieldsFragment = graphql(`
  fragment ProductCategoryFields on ProductCategory {
    id
    parentId
    nameFa
    nameEn
    slug
    tags
    position
    depth
  }
`);

export const ProductCategoriesQuery = graphql(`
  query ProductCategories {
    productCategories {
      ...ProductCategoryFields
    }
  }
`);

export const productCategoriesQueryKey = ['productCategories'] as const;

export const productCategoriesQueryOptions = () =>
  queryOptions({
    queryKey: productCategoriesQueryKey,
    queryFn: async () => (await request(ProductCategoriesQuery, {})).productCategories,
    staleTime: 60_000,
  });

/** The whole category tree, depth-first (a catalog has tens to hundreds of categories). */
export const useProductCategories = (enabled = true) => useQuery({ ...productCategoriesQueryOptions(), enabled });
