import { useQueryClient } from '@tanstack/react-query';
import type { TicketFieldsFragment } from '@/gql/graphql';
import { ticketQueryKey } from './get-ticket';
import { ticketsQueryKey } from './get-tickets';

/** After a ticket mutation: the answer replaces the cached ticket, the inbox views refetch. */
export function useTicketUpdated() {
  const queryClient = useQueryClient();
  return (ticket: TicketFieldsFragment) => {
    queryClient.setQueryData(ticketQueryKey(ticket.id), ticket);
    return queryClient.invalidateQueries({ queryKey: [...ticketsQueryKey, 'list'] });
  };
}
