import { useMutation } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ContactFilter, ExportFormat } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const ExportContactsQuery = graphql(`
  query ExportContacts($filter: ContactFilter, $search: String, $format: ExportFormat!) {
    exportContacts(filter: $filter, search: $search, format: $format) {
      fileName
      contentType
      contentBase64
      rowCount
    }
  }
`);

export const exportContacts = async (vars: { filter?: ContactFilter; search?: string; format: ExportFormat }) =>
  (await request(ExportContactsQuery, { ...vars, search: vars.search || undefined })).exportContacts;

/** A query, but run on demand (a click), never cached: hence a mutation hook. */
export const useExportContacts = () => useMutation({ mutationFn: exportContacts });
