import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { invoiceQueryKey } from './get-invoice';
import { invoicesQueryKey } from './get-invoices';

export const MarkIssueShippedMutation = graphql(`
  mutation MarkIssueShipped($id: ID!, $trackingCode: String) {
    markIssueShipped(id: $id, trackingCode: $trackingCode) {
      ...WarehouseIssueFields
      invoice {
        id
      }
    }
  }
`);

export const markIssueShipped = async ({ id, trackingCode }: { id: string; trackingCode?: string | null }) => (await request(MarkIssueShippedMutation, { id, trackingCode })).markIssueShipped;

/** ISSUED → SHIPPED, with the courier’s tracking code. */
export const useMarkIssueShipped = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markIssueShipped,
    onSuccess: (issue) => {
      if (issue.invoice) void queryClient.invalidateQueries({ queryKey: invoiceQueryKey(issue.invoice.id) });
      return queryClient.invalidateQueries({ queryKey: [...invoicesQueryKey, 'list'] });
    },
  });
};
