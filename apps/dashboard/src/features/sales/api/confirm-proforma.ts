import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { proformaQueryKey } from './get-proforma';
import { proformasQueryKey } from './get-proformas';

export const ConfirmProformaMutation = graphql(`
  mutation ConfirmProforma($id: ID!, $expiresInDays: Int) {
    confirmProforma(id: $id, expiresInDays: $expiresInDays) {
      ...ProformaFields
    }
  }
`);

export const confirmProforma = async ({ id, expiresInDays }: { id: string; expiresInDays?: number }) =>
  (await request(ConfirmProformaMutation, { id, expiresInDays })).confirmProforma;

/** DRAFT → CONFIRMED: reserves the stock (all or nothing, else OUT_OF_STOCK naming the short products). */
export const useConfirmProforma = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmProforma,
    onSuccess: (proforma) => {
      queryClient.setQueryData(proformaQueryKey(proforma.id), proforma);
      return queryClient.invalidateQueries({ queryKey: [...proformasQueryKey, 'list'] });
    },
  });
};
