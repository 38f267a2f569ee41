import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { invoiceQueryKey } from './get-invoice';
import { invoicesQueryKey } from './get-invoices';

export const CreateWarehouseIssueMutation = graphql(`
  mutation CreateWarehouseIssue($invoiceId: ID!) {
    createWarehouseIssue(invoiceId: $invoiceId) {
      ...WarehouseIssueFields
      invoice {
        id
      }
    }
  }
`);

export const createWarehouseIssue = async (invoiceId: string) => (await request(CreateWarehouseIssueMutation, { invoiceId })).createWarehouseIssue;

/** Takes the invoice’s reserved goods out of stock (حواله انبار). */
export const useCreateWarehouseIssue = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWarehouseIssue,
    onSuccess: (issue) => {
      if (issue.invoice) void queryClient.invalidateQueries({ queryKey: invoiceQueryKey(issue.invoice.id) });
      return queryClient.invalidateQueries({ queryKey: [...invoicesQueryKey, 'list'] });
    },
  });
};
