import { useMutation } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { UpdateTicketInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { useTicketUpdated } from './use-ticket-mutation';

export const UpdateTicketMutation = graphql(`
  mutation UpdateTicket($id: ID!, $input: UpdateTicketInput!) {
    updateTicket(id: $id, input: $input) {
      ...TicketFields
    }
  }
`);

export const updateTicket = async (variables: { id: string; input: UpdateTicketInput }) => (await request(UpdateTicketMutation, variables)).updateTicket;

/** Subject, type, priority (the server recomputes the SLA due times), category, tags. */
export const useUpdateTicket = () => {
  const updated = useTicketUpdated();
  return useMutation({ mutationFn: updateTicket, onSuccess: updated });
};
