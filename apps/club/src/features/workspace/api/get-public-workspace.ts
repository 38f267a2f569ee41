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

export const publicWorkspaceQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['publicWorkspace', slug] as const,
    queryFn: async ({ signal }) => (await request(PublicWorkspaceQuery, { slug }, signal)).publicWorkspace,
    staleTime: 5 * 60_000,
  });

/** `data === null` means the slug does not exist. */
export const usePublicWorkspace = (slug: string) => useQuery(publicWorkspaceQueryOptions(slug));
