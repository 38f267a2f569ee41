import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const CustomFieldDefinitionsQuery = graphql(`
  query CustomFieldDefinitions {
    customFieldDefinitions {
      id
      key
      label
      type
      options
      required
      position
    }
  }
`);

export const customFieldsQueryKey = ['customFieldDefinitions'] as const;

export const customFieldDefinitionsQueryOptions = () =>
  queryOptions({
    queryKey: customFieldsQueryKey,
    queryFn: async () =>
      [...(await request(CustomFieldDefinitionsQuery, {})).customFieldDefinitions].sort((a, b) => a.position - b.position),
    staleTime: 60_000,
  });

export const useCustomFieldDefinitions = () => useQuery(customFieldDefinitionsQueryOptions());
