import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { productsQueryKey } from './get-products';

export const ProductFieldsFragment = graphql(`
  fragment ProductFields on Product {
    ...ProductListFields
    description
    imageUrls
    createdAt
    updatedAt
    availability {
      productId
      lowStockThreshold
    }
  }
`);

export const ProductQuery = graphql(`
  query Product($id: ID!) {
    product(id: $id) {
      ...ProductFields
    }
  }
`);

export const productQueryKey = (id: string) => [...productsQueryKey, 'detail', id] as const;

export const productQueryOptions = (id: string) =>
  queryOptions({
    queryKey: productQueryKey(id),
    queryFn: async () => (await request(ProductQuery, { id })).product,
  });

export const useProduct = (id: string | null) => useQuery({ ...productQueryOptions(id ?? ''), enabled: !!id });
