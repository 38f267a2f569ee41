import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { invoiceQueryKey } from './get-invoice';
import { invoicesQueryKey } from './get-invoices';

export const CancelInvoiceMutation = graphql(`
  mutation CancelInvoice($id: ID!, $reason: String!) {
    cancelInvoice(id: $id, reason: $reason) {
      ...InvoiceFields
    }
  }
`);

export const cancelInvoice = async ({ id, reason }: { id: string; reason: string }) => (await request(CancelInvoiceMutation, { id, reason })).cancelInvoice;

/** Cancels an invoice whose goods have not been shipped (its number stays used). */
export const useCancelInvoice = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelInvoice,
    onSuccess: (invoice) => {
      queryClient.setQueryData(invoiceQueryKey(invoice.id), invoice);
      return queryClient.invalidateQueries({ queryKey: [...invoicesQueryKey, 'list'] });
    },
  });
};
