import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contactQueryKey } from '@/features/contacts/api/get-contact';
import { graphql } from '@/gql';
import type { SendMessageInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { messagesQueryKey } from './get-messages';

export const SendMessageMutation = graphql(`
  mutation SendMessage($input: SendMessageInput!) {
    sendMessage(input: $input) {
      ...MessageListFields
    }
  }
`);

export const sendMessage = async (input: SendMessageInput) => (await request(SendMessageMutation, { input })).sendMessage;

/** Queues a message (idempotent with `idempotencyKey`); the outbox and the contact's timeline are refreshed. */
export const useSendMessage = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendMessage,
    onSuccess: (message) => {
      void queryClient.invalidateQueries({ queryKey: messagesQueryKey });
      if (message.contactId) {
        const timeline = [...contactQueryKey(message.contactId), 'timeline'];
        void queryClient.invalidateQueries({ queryKey: timeline });
        // Delivery is asynchronous (the outbox worker): look again once it has had a moment.
        setTimeout(() => void queryClient.invalidateQueries({ queryKey: timeline }), 2500);
      }
    },
  });
};
