import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const ProductOptionFieldsFragment = graphql(`
  fragment ProductOptionFields on Product {
    id
    sku
    nameFa
    nameEn
    unit
    basePrice
    taxRateBp
    availability {
      available
      status
    }
  }
`);

export const SearchProductsQuery = graphql(`
  query SearchProducts($search: String, $first: Int) {
    products(first: $first, filter: { search: $search, active: true }) {
      edges {
        node {
          ...ProductOptionFields
        }
      }
    }
  }
`);

export const searchProductsQueryOptions = (search: string) =>
  queryOptions({
    queryKey: ['products', 'options', search] as const,
    queryFn: async () => (await request(SearchProductsQuery, { search: search || null, first: 15 })).products.edges.map((e) => e.node),
    placeholderData: keepPreviousData,
  });

/** Products on sale matching a Persian-aware search over names and SKU (for the line picker). */
export const useProductOptions = (search: string) => useQuery(searchProductsQueryOptions(search));
