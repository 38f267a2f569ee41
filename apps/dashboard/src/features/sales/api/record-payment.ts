import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { RecordPaymentInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { invoiceQueryKey } from './get-invoice';
import { invoicesQueryKey } from './get-invoices';

export const RecordPaymentMutation = graphql(`
  mutation RecordPayment($invoiceId: ID!, $input: RecordPaymentInput!, $idempotencyKey: String) {
    recordPayment(invoiceId: $invoiceId, input: $input, idempotencyKey: $idempotencyKey) {
      ...InvoiceFields
    }
  }
`);

export const recordPayment = async ({ invoiceId, input, idempotencyKey }: { invoiceId: string; input: RecordPaymentInput; idempotencyKey?: string }) => (await request(RecordPaymentMutation, { invoiceId, input, idempotencyKey })).recordPayment;

/** Records a payment of at most the balance (more → a field error on the amount). */
export const useRecordPayment = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordPayment,
    onSuccess: (invoice) => {
      queryClient.setQueryData(invoiceQueryKey(invoice.id), invoice);
      return queryClient.invalidateQueries({ queryKey: [...invoicesQueryKey, 'list'] });
    },
  });
};
