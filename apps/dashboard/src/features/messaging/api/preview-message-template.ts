import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { PreviewMessageTemplateInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { templatesQueryKey } from './get-message-templates';

export const PreviewMessageTemplateQuery = graphql(`
  query PreviewMessageTemplate($input: PreviewMessageTemplateInput!) {
    previewMessageTemplate(input: $input) {
      templateId
      language
      subject
      bodyText
      bodyHtml
      smsParts {
        encoding
        units
        parts
        remaining
      }
      sampleParams
    }
  }
`);

export const previewQueryOptions = (input: PreviewMessageTemplateInput) =>
  queryOptions({
    queryKey: [...templatesQueryKey, 'preview', input] as const,
    queryFn: async ({ signal }) => (await request(PreviewMessageTemplateQuery, { input }, { signal })).previewMessageTemplate,
    placeholderData: keepPreviousData,
    retry: false,
  });

/** A template or draft rendered for a real contact (the caller debounces the draft). */
export const usePreviewMessageTemplate = (input: PreviewMessageTemplateInput | null) =>
  useQuery({ ...previewQueryOptions(input ?? { contactId: '' }), enabled: !!input });
