import { useMutation } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { useTicketUpdated } from './use-ticket-mutation';

export const CloseTicketMutation = graphql(`
  mutation CloseTicket($id: ID!) {
    closeTicket(id: $id) {
      ...TicketFields
    }
  }
`);

export const closeTicket = async (variables: { id: string }) => (await request(CloseTicketMutation, variables)).closeTicket;

/** Closes the ticket for good (no more replies). */
export const useCloseTicket = () => {
  const updated = useTicketUpdated();
  return useMutation({ mutationFn: closeTicket, onSuccess: updated });
};
