import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { productsQueryKey } from './get-products';

export const ProductNameQuery = graphql(`
  query ProductName($id: ID!) {
    product(id: $id) {
      id
      sku
      nameFa
      nameEn
      unit
    }
  }
`);

/** Just the SKU and names of a product (stock rows and ledger entries carry only its id); cached for the session. */
export const productNameQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...productsQueryKey, 'name', id] as const,
    queryFn: async () => (await request(ProductNameQuery, { id })).product,
    staleTime: 5 * 60_000,
  });

export const useProductName = (id: string | null | undefined) => useQuery({ ...productNameQueryOptions(id ?? ''), enabled: !!id });
