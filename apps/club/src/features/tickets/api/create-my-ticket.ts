import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { CreateMyTicketInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { myTicketsQueryKey } from './get-my-tickets';

export const CreateMyTicketMutation = graphql(`
  mutation CreateMyTicket($input: CreateMyTicketInput!, $idempotencyKey: String) {
    createMyTicket(input: $input, idempotencyKey: $idempotencyKey) {
      ...ClubTicketFields
    }
  }
`);

export const useCreateMyTicket = (slug: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (vars: { input: CreateMyTicketInput; idempotencyKey: string }) => (await request(CreateMyTicketMutation, vars)).createMyTicket,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myTicketsQueryKey(slug) }),
  });
};
