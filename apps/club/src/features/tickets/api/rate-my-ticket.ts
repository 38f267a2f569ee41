import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { myTicketQueryKey } from './get-my-ticket';

export const RateMyTicketMutation = graphql(`
  mutation RateMyTicket($id: ID!, $input: RateTicketInput!) {
    rateMyTicket(id: $id, input: $input) {
      ...ClubTicketFields
    }
  }
`);

export const useRateMyTicket = (slug: string, id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { score: number; comment?: string }) => (await request(RateMyTicketMutation, { id, input })).rateMyTicket,
    onSuccess: (ticket) => queryClient.setQueryData(myTicketQueryKey(slug, id), ticket),
  });
};
