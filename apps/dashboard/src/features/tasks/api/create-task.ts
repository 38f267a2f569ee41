import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { CreateTaskInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { tasksQueryKey } from './get-my-tasks';
import { contactsQueryKey } from '@/features/contacts/api/get-contacts';

export const CreateTaskMutation = graphql(`
  mutation CreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      ...TaskFields
    }
  }
`);

export const createTask = async (input: CreateTaskInput) =>
  (await request(CreateTaskMutation, { input })).createTask;

export const useCreateTask = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTask,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: tasksQueryKey });
      void queryClient.invalidateQueries({ queryKey: contactsQueryKey });
    },
  });
};
