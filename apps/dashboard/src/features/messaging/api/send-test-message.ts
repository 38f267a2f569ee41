import { useMutation } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { MessagingChannel } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const SendTestMessageMutation = graphql(`
  mutation SendTestMessage($channel: MessagingChannel!, $to: String!) {
    sendTestMessage(channel: $channel, to: $to) {
      ok
      providerMessageId
      error
    }
  }
`);

export const sendTestMessage = async (variables: { channel: MessagingChannel; to: string }) =>
  (await request(SendTestMessageMutation, variables)).sendTestMessage;

/** Sends one message now through the workspace's channel (not the outbox) and returns what the provider said. */
export const useSendTestMessage = () => useMutation({ mutationFn: sendTestMessage });
