import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { UpdateTicketQueueInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { ticketQueuesQueryKey } from './get-ticket-queues';

export const UpdateTicketQueueMutation = graphql(`
  mutation UpdateTicketQueue($id: ID!, $input: UpdateTicketQueueInput!) {
    updateTicketQueue(id: $id, input: $input) {
      ...TicketQueueFields
    }
  }
`);

export const updateTicketQueue = async ({ id, input }: { id: string; input: UpdateTicketQueueInput }) =>
  (await request(UpdateTicketQueueMutation, { id, input })).updateTicketQueue;

/** Changes a queue's name, members, assignment mode, fixed expert or supervisor. */
export const useUpdateTicketQueue = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateTicketQueue, onSuccess: () => queryClient.invalidateQueries({ queryKey: ticketQueuesQueryKey }) });
};
