import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const ClubTicketFields = graphql(`
  fragment ClubTicketFields on ClubTicket {
    id
    number
    subject
    type
    status
    createdAt
    resolvedAt
    closedAt
    canRate
    csatScore
    messages {
      id
      body
      fromCustomer
      createdAt
    }
  }
`);

export const MyTicketQuery = graphql(`
  query MyTicket($id: ID!) {
    myTicket(id: $id) {
      ...ClubTicketFields
    }
  }
`);

export const myTicketQueryKey = (slug: string, id: string) => ['myTicket', slug, id] as const;

export const myTicketQueryOptions = (slug: string, id: string) =>
  queryOptions({
    queryKey: myTicketQueryKey(slug, id),
    queryFn: async ({ signal }) => (await request(MyTicketQuery, { id }, signal)).myTicket,
  });

export const useMyTicket = (slug: string, id: string) => useQuery(myTicketQueryOptions(slug, id));
