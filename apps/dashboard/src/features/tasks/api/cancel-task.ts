import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { tasksQueryKey } from './get-my-tasks';
import { contactsQueryKey } from '@/features/contacts/api/get-contacts';

export const CancelTaskMutation = graphql(`
  mutation CancelTask($id: ID!) {
    cancelTask(id: $id) {
      ...TaskFields
    }
  }
`);

export const cancelTask = async (id: string) =>
  (await request(CancelTaskMutation, { id })).cancelTask;

export const useCancelTask = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelTask,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: tasksQueryKey });
      void queryClient.invalidateQueries({ queryKey: contactsQueryKey });
    },
  });
};
