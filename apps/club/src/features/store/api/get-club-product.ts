import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const ClubProductQuery = graphql(`
  query ClubProduct($slug: String!, $id: ID!) {
    clubProduct(slug: $slug, id: $id) {
      ...ClubProductFields
    }
  }
`);

export const clubProductQueryOptions = (slug: string, id: string, member: boolean) =>
  queryOptions({
    queryKey: ['clubProduct', slug, id, member] as const,
    queryFn: async ({ signal }) => (await request(ClubProductQuery, { slug, id }, signal)).clubProduct,
  });

export const useClubProduct = (slug: string, id: string, member: boolean) => useQuery(clubProductQueryOptions(slug, id, member));
