import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { TicketQueueInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { ticketQueuesQueryKey } from './get-ticket-queues';

export const CreateTicketQueueMutation = graphql(`
  mutation CreateTicketQueue($input: TicketQueueInput!) {
    createTicketQueue(input: $input) {
      ...TicketQueueFields
    }
  }
`);

export const createTicketQueue = async (input: TicketQueueInput) => (await request(CreateTicketQueueMutation, { input })).createTicketQueue;

/** A new queue (CONFLICT when the name is taken; FIXED needs the fixed expert). */
export const useCreateTicketQueue = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createTicketQueue, onSuccess: () => queryClient.invalidateQueries({ queryKey: ticketQueuesQueryKey }) });
};
