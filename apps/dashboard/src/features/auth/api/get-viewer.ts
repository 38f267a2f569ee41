import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const ViewerFieldsFragment = graphql(`
  fragment ViewerFields on Viewer {
    role
    permissions
    user {
      id
      email
      fullName
      locale
    }
    workspace {
      id
      name
      slug
      timezone
      defaultLocale
      displayCurrency
      createdAt
    }
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);

export const viewerQueryKey = ['viewer'] as const;

export const viewerQueryOptions = (enabled = true) =>
  queryOptions({
    queryKey: viewerQueryKey,
    queryFn: async () => (await request(ViewerQuery, {})).viewer,
    enabled,
    staleTime: 60_000,
  });

export const useViewerQuery = (enabled = true) => useQuery(viewerQueryOptions(enabled));
