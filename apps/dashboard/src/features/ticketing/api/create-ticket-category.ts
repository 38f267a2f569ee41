import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { CreateTicketCategoryInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { ticketCategoriesQueryKey } from './get-ticket-categories';

export const CreateTicketCategoryMutation = graphql(`
  mutation CreateTicketCategory($input: CreateTicketCategoryInput!) {
    createTicketCategory(input: $input) {
      id
      nameFa
      nameEn
      queueId
    }
  }
`);

export const createTicketCategory = async (input: CreateTicketCategoryInput) => (await request(CreateTicketCategoryMutation, { input })).createTicketCategory;

/** A category whose new tickets go to a queue. */
export const useCreateTicketCategory = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createTicketCategory, onSuccess: () => queryClient.invalidateQueries({ queryKey: ticketCategoriesQueryKey }) });
};
