import { useMutation } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { useTicketUpdated } from './use-ticket-mutation';

export const ResolveTicketMutation = graphql(`
  mutation ResolveTicket($id: ID!) {
    resolveTicket(id: $id) {
      ...TicketFields
    }
  }
`);

export const resolveTicket = async (variables: { id: string }) => (await request(ResolveTicketMutation, variables)).resolveTicket;

/** Marks the ticket resolved (a customer message reopens it). */
export const useResolveTicket = () => {
  const updated = useTicketUpdated();
  return useMutation({ mutationFn: resolveTicket, onSuccess: updated });
};
