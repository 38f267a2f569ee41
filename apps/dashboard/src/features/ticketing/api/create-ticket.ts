import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { CreateTicketInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { ticketQueryKey } from './get-ticket';
import { ticketsQueryKey } from './get-tickets';

export const CreateTicketMutation = graphql(`
  mutation CreateTicket($input: CreateTicketInput!, $idempotencyKey: String) {
    createTicket(input: $input, idempotencyKey: $idempotencyKey) {
      ...TicketFields
    }
  }
`);

export const createTicket = async ({ input, idempotencyKey }: { input: CreateTicketInput; idempotencyKey?: string }) =>
  (await request(CreateTicketMutation, { input, idempotencyKey })).createTicket;

/** Opens a ticket for a contact: numbered and routed (category → queue → expert) by the server. */
export const useCreateTicket = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTicket,
    onSuccess: (ticket) => {
      queryClient.setQueryData(ticketQueryKey(ticket.id), ticket);
      return queryClient.invalidateQueries({ queryKey: [...ticketsQueryKey, 'list'] });
    },
  });
};
