import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { CreateProformaInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { proformaQueryKey } from './get-proforma';
import { proformasQueryKey } from './get-proformas';

export const CreateProformaMutation = graphql(`
  mutation CreateProforma($input: CreateProformaInput!, $idempotencyKey: String) {
    createProforma(input: $input, idempotencyKey: $idempotencyKey) {
      ...ProformaFields
    }
  }
`);

export const createProforma = async ({ input, idempotencyKey }: { input: CreateProformaInput; idempotencyKey?: string }) =>
  (await request(CreateProformaMutation, { input, idempotencyKey })).createProforma;

/** A DRAFT pro-forma, priced by the server for the customer. */
export const useCreateProforma = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProforma,
    onSuccess: (proforma) => {
      queryClient.setQueryData(proformaQueryKey(proforma.id), proforma);
      return queryClient.invalidateQueries({ queryKey: [...proformasQueryKey, 'list'] });
    },
  });
};
