import { useMutation } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ReplyToTicketInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { useTicketUpdated } from './use-ticket-mutation';

export const ReplyToTicketMutation = graphql(`
  mutation ReplyToTicket($id: ID!, $input: ReplyToTicketInput!) {
    replyToTicket(id: $id, input: $input) {
      ...TicketFields
    }
  }
`);

export const replyToTicket = async (variables: { id: string; input: ReplyToTicketInput }) => (await request(ReplyToTicketMutation, variables)).replyToTicket;

/** A public reply (sent to the customer) or an internal note (staff only); optionally a status after it. */
export const useReplyToTicket = () => {
  const updated = useTicketUpdated();
  return useMutation({ mutationFn: replyToTicket, onSuccess: updated });
};
