import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { TicketMacroInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const TicketMacrosQuery = graphql(`
  query TicketMacros {
    ticketMacros {
      id
      name
      body
      updatedAt
    }
  }
`);

const CreateTicketMacroMutation = graphql(`
  mutation CreateTicketMacro($input: TicketMacroInput!) {
    createTicketMacro(input: $input) {
      id
    }
  }
`);

const UpdateTicketMacroMutation = graphql(`
  mutation UpdateTicketMacro($id: ID!, $input: TicketMacroInput!) {
    updateTicketMacro(id: $id, input: $input) {
      id
    }
  }
`);

const DeleteTicketMacroMutation = graphql(`
  mutation DeleteTicketMacro($id: ID!) {
    deleteTicketMacro(id: $id)
  }
`);

export const RenderTicketMacroQuery = graphql(`
  query RenderTicketMacro($id: ID!, $ticketId: ID!) {
    renderTicketMacro(id: $id, ticketId: $ticketId)
  }
`);

export const ticketMacrosQueryKey = ['ticketMacros'] as const;

export const ticketMacrosQueryOptions = () =>
  queryOptions({ queryKey: ticketMacrosQueryKey, queryFn: async () => (await request(TicketMacrosQuery, {})).ticketMacros });

/** Canned replies, by name. */
export const useTicketMacros = () => useQuery(ticketMacrosQueryOptions());

/** Creates (no id) or updates a canned reply; the list refetches. */
export const useSaveTicketMacro = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, input }: { id?: string | null; input: TicketMacroInput }) =>
      id ? (await request(UpdateTicketMacroMutation, { id, input })).updateTicketMacro : (await request(CreateTicketMacroMutation, { input })).createTicketMacro,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ticketMacrosQueryKey }),
  });
};

export const useDeleteTicketMacro = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => (await request(DeleteTicketMacroMutation, { id })).deleteTicketMacro,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ticketMacrosQueryKey }),
  });
};

/** A canned reply's text for one ticket (the customer's name and the ticket number filled in by the server). */
export const renderTicketMacro = async (id: string, ticketId: string) => (await request(RenderTicketMacroQuery, { id, ticketId })).renderTicketMacro;

export const useRenderTicketMacro = () => useMutation({ mutationFn: ({ id, ticketId }: { id: string; ticketId: string }) => renderTicketMacro(id, ticketId) });
