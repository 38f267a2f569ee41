import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const TicketCategoriesQuery = graphql(`
  query TicketCategories {
    ticketCategories {
      id
      nameFa
      nameEn
      queueId
    }
  }
`);

export const ticketCategoriesQueryKey = ['ticketCategories'] as const;

export const ticketCategoriesQueryOptions = () =>
  queryOptions({ queryKey: ticketCategoriesQueryKey, queryFn: async () => (await request(TicketCategoriesQuery, {})).ticketCategories });

/** Ticket categories, each routed to a queue. */
export const useTicketCategories = () => useQuery(ticketCategoriesQueryOptions());
