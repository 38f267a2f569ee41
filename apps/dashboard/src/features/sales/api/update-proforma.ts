import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { UpdateProformaInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { proformaQueryKey } from './get-proforma';
import { proformasQueryKey } from './get-proformas';

export const UpdateProformaMutation = graphql(`
  mutation UpdateProforma($id: ID!, $input: UpdateProformaInput!) {
    updateProforma(id: $id, input: $input) {
      ...ProformaFields
    }
  }
`);

export const updateProforma = async ({ id, input }: { id: string; input: UpdateProformaInput }) =>
  (await request(UpdateProformaMutation, { id, input })).updateProforma;

/** Only while DRAFT. */
export const useUpdateProforma = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProforma,
    onSuccess: (proforma) => {
      queryClient.setQueryData(proformaQueryKey(proforma.id), proforma);
      return queryClient.invalidateQueries({ queryKey: [...proformasQueryKey, 'list'] });
    },
  });
};
