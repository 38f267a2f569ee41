import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const TicketQueueFieldsFragment = graphql(`
  fragment TicketQueueFields on TicketQueue {
    id
    name
    assignmentMode
    memberIds
    fixedMemberId
    supervisorMemberId
  }
`);

export const TicketQueuesQuery = graphql(`
  query TicketQueues {
    ticketQueues {
      ...TicketQueueFields
    }
  }
`);

export const ticketQueuesQueryKey = ['ticketQueues'] as const;

export const ticketQueuesQueryOptions = () =>
  queryOptions({ queryKey: ticketQueuesQueryKey, queryFn: async () => (await request(TicketQueuesQuery, {})).ticketQueues });

/** The workspace's ticket queues (teams tickets are assigned within). */
export const useTicketQueues = () => useQuery(ticketQueuesQueryOptions());
