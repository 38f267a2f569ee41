import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const TemplateVariablesQuery = graphql(`
  query TemplateVariables {
    templateVariables {
      name
      kind
      source
      descriptionFa
      descriptionEn
    }
  }
`);

/** The variable catalog: fixed for a server version. */
export const templateVariablesQueryOptions = () =>
  queryOptions({
    queryKey: ['templateVariables'] as const,
    queryFn: async () => (await request(TemplateVariablesQuery, {})).templateVariables,
    staleTime: Infinity,
  });

export const useTemplateVariables = () => useQuery(templateVariablesQueryOptions());
