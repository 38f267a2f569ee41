import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { invoiceQueryKey } from './get-invoice';
import { invoicesQueryKey } from './get-invoices';
import { proformasQueryKey } from './get-proformas';

export const IssueInvoiceMutation = graphql(`
  mutation IssueInvoice($proformaId: ID!) {
    issueInvoice(proformaId: $proformaId) {
      ...InvoiceFields
    }
  }
`);

export const issueInvoice = async (proformaId: string) => (await request(IssueInvoiceMutation, { proformaId })).issueInvoice;

/** CONFIRMED pro-forma → invoice numbered without gaps in the current Jalali year. */
export const useIssueInvoice = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: issueInvoice,
    onSuccess: (invoice) => {
      queryClient.setQueryData(invoiceQueryKey(invoice.id), invoice);
      void queryClient.invalidateQueries({ queryKey: proformasQueryKey });
      return queryClient.invalidateQueries({ queryKey: [...invoicesQueryKey, 'list'] });
    },
  });
};
