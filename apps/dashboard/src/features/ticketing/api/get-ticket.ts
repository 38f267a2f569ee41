import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { ticketsQueryKey } from './get-tickets';

export const TicketFieldsFragment = graphql(`
  fragment TicketFields on Ticket {
    ...TicketListFields
    reopenedCount
    slaWarnedAt
    resolutionWarnedAt
    slaPausedAt
    slaPausedMinutes
    allowedTransitions
    csatScore
    csatComment
    csatRequestedAt
    csatRatedAt
    tags
    contact {
      id
      fullName
      primaryPhone
      email
      city
      stage
    }
    messages {
      id
      kind
      body
      channel
      createdAt
      authorContactId
      author {
        id
        fullName
      }
      attachments {
        id
        fileName
        contentType
        sizeBytes
        url
      }
    }
    history {
      id
      kind
      fromValue
      toValue
      data
      createdAt
      actor {
        id
        fullName
      }
    }
  }
`);

export const TicketQuery = graphql(`
  query Ticket($id: ID!) {
    ticket(id: $id) {
      ...TicketFields
    }
  }
`);

export const ticketQueryKey = (id: string) => [...ticketsQueryKey, 'detail', id] as const;

export const ticketQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ticketQueryKey(id),
    queryFn: async () => (await request(TicketQuery, { id })).ticket,
  });

/** One ticket with its conversation (internal notes included) and history. */
export const useTicket = (id: string) => useQuery(ticketQueryOptions(id));
