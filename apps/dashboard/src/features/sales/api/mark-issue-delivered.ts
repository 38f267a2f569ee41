import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { invoiceQueryKey } from './get-invoice';
import { invoicesQueryKey } from './get-invoices';

export const MarkIssueDeliveredMutation = graphql(`
  mutation MarkIssueDelivered($id: ID!) {
    markIssueDelivered(id: $id) {
      ...WarehouseIssueFields
      invoice {
        id
      }
    }
  }
`);

export const markIssueDelivered = async (id: string) => (await request(MarkIssueDeliveredMutation, { id })).markIssueDelivered;

/** SHIPPED (or ISSUED, collected at the counter) → DELIVERED. */
export const useMarkIssueDelivered = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markIssueDelivered,
    onSuccess: (issue) => {
      if (issue.invoice) void queryClient.invalidateQueries({ queryKey: invoiceQueryKey(issue.invoice.id) });
      return queryClient.invalidateQueries({ queryKey: [...invoicesQueryKey, 'list'] });
    },
  });
};
