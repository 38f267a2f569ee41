import { useMutation } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { useTicketUpdated } from './use-ticket-mutation';

export const AssignTicketMutation = graphql(`
  mutation AssignTicket($id: ID!, $assigneeId: ID) {
    assignTicket(id: $id, assigneeId: $assigneeId) {
      ...TicketFields
    }
  }
`);

export const assignTicket = async (variables: { id: string; assigneeId: string | null }) => (await request(AssignTicketMutation, variables)).assignTicket;

/** Reassigns the ticket (null unassigns); the new assignee is alerted. */
export const useAssignTicket = () => {
  const updated = useTicketUpdated();
  return useMutation({ mutationFn: assignTicket, onSuccess: updated });
};
