import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { SetSalesQuotaInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { salesQueryKey } from './get-sales-performance';

export const SetSalesQuotaMutation = graphql(`
  mutation SetSalesQuota($input: SetSalesQuotaInput!) {
    setSalesQuota(input: $input) {
      id
      target
    }
  }
`);

export const setSalesQuota = async (input: SetSalesQuotaInput) => (await request(SetSalesQuotaMutation, { input })).setSalesQuota;

/** Sets the target of a rep or a team for a Jalali month or quarter (sales:manage). */
export const useSetSalesQuota = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: setSalesQuota,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: salesQueryKey }),
  });
};
