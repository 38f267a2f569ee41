import { useMutation } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ImportContactsInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const ImportPreviewQuery = graphql(`
  query ImportPreview($input: ImportContactsInput!) {
    importPreview(input: $input)
  }
`);

export const importPreview = async (input: ImportContactsInput) => (await request(ImportPreviewQuery, { input })).importPreview;

/** Run on demand when a file is picked. */
export const useImportPreview = () => useMutation({ mutationFn: importPreview });
