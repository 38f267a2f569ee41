import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { myTicketQueryKey } from './get-my-ticket';

export const ReplyToMyTicketMutation = graphql(`
  mutation ReplyToMyTicket($id: ID!, $input: ReplyToMyTicketInput!) {
    replyToMyTicket(id: $id, input: $input) {
      ...ClubTicketFields
    }
  }
`);

export const useReplyToMyTicket = (slug: string, id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: string) => (await request(ReplyToMyTicketMutation, { id, input: { body } })).replyToMyTicket,
    onSuccess: (ticket) => queryClient.setQueryData(myTicketQueryKey(slug, id), ticket),
  });
};
