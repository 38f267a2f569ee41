import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { proformaQueryKey } from './get-proforma';
import { proformasQueryKey } from './get-proformas';

export const CancelProformaMutation = graphql(`
  mutation CancelProforma($id: ID!, $reason: String!) {
    cancelProforma(id: $id, reason: $reason) {
      ...ProformaFields
    }
  }
`);

export const cancelProforma = async ({ id, reason }: { id: string; reason: string }) =>
  (await request(CancelProformaMutation, { id, reason })).cancelProforma;

/** DRAFT or CONFIRMED → CANCELLED (the stock and the coupon are released). */
export const useCancelProforma = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelProforma,
    onSuccess: (proforma) => {
      queryClient.setQueryData(proformaQueryKey(proforma.id), proforma);
      return queryClient.invalidateQueries({ queryKey: [...proformasQueryKey, 'list'] });
    },
  });
};
