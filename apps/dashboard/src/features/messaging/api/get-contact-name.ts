import { queryOptions, useQuery } from '@tanstack/react-query';
import { contactQueryKey } from '@/features/contacts/api/get-contact';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const ContactNameQuery = graphql(`
  query ContactName($id: ID!) {
    contact(id: $id) {
      id
      fullName
    }
  }
`);

/** Just the name of a contact (the outbox rows carry only its id); cached for the session. */
export const contactNameQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...contactQueryKey(id), 'name'] as const,
    queryFn: async () => (await request(ContactNameQuery, { id })).contact,
    staleTime: 5 * 60_000,
  });

export const useContactName = (id: string | null | undefined) => useQuery({ ...contactNameQueryOptions(id ?? ''), enabled: !!id });
