import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { tasksQueryKey } from './get-my-tasks';
import { contactsQueryKey } from '@/features/contacts/api/get-contacts';

export const CompleteTaskMutation = graphql(`
  mutation CompleteTask($id: ID!, $outcome: String) {
    completeTask(id: $id, outcome: $outcome) {
      ...TaskFields
    }
  }
`);

export const completeTask = async (vars: { id: string; outcome?: string | null }) =>
  (await request(CompleteTaskMutation, vars)).completeTask;

export const useCompleteTask = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: completeTask,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: tasksQueryKey });
      void queryClient.invalidateQueries({ queryKey: contactsQueryKey });
    },
  });
};
