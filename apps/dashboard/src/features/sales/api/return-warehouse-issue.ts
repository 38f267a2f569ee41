import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { invoiceQueryKey } from './get-invoice';
import { invoicesQueryKey } from './get-invoices';

export const ReturnWarehouseIssueMutation = graphql(`
  mutation ReturnWarehouseIssue($id: ID!) {
    returnWarehouseIssue(id: $id) {
      ...WarehouseIssueFields
      invoice {
        id
      }
    }
  }
`);

export const returnWarehouseIssue = async (id: string) => (await request(ReturnWarehouseIssueMutation, { id })).returnWarehouseIssue;

/** Everything not yet returned comes back: the stock is restored through the ledger. */
export const useReturnWarehouseIssue = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: returnWarehouseIssue,
    onSuccess: (issue) => {
      if (issue.invoice) void queryClient.invalidateQueries({ queryKey: invoiceQueryKey(issue.invoice.id) });
      return queryClient.invalidateQueries({ queryKey: [...invoicesQueryKey, 'list'] });
    },
  });
};
