import { queryOptions, useQuery } from '@tanstack/react-query';
import { contactQueryKey } from '@/features/contacts/api/get-contact';
import { graphql } from '@/gql';
import type { TaskStatus } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const ContactTasksQuery = graphql(`
  query ContactTasks($id: ID!, $status: TaskStatus) {
    contact(id: $id) {
      id
      tasks(status: $status) {
        ...TaskFields
      }
    }
  }
`);

export const contactTasksQueryOptions = (contactId: string, status?: TaskStatus) =>
  queryOptions({
    queryKey: [...contactQueryKey(contactId), 'tasks', status ?? 'ALL'] as const,
    queryFn: async () => (await request(ContactTasksQuery, { id: contactId, status })).contact.tasks,
  });

export const useContactTasks = (contactId: string, status?: TaskStatus) => useQuery(contactTasksQueryOptions(contactId, status));
