import { useMutation } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { TicketStatus } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { useTicketUpdated } from './use-ticket-mutation';

export const SetTicketStatusMutation = graphql(`
  mutation SetTicketStatus($id: ID!, $status: TicketStatus!) {
    setTicketStatus(id: $id, status: $status) {
      ...TicketFields
    }
  }
`);

export const setTicketStatus = async (variables: { id: string; status: TicketStatus }) => (await request(SetTicketStatusMutation, variables)).setTicketStatus;

/** Moves the ticket (RESOLVED → OPEN reopens); CONFLICT when the transition is impossible. */
export const useSetTicketStatus = () => {
  const updated = useTicketUpdated();
  return useMutation({ mutationFn: setTicketStatus, onSuccess: updated });
};
