import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { SendBulkMessageInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { bulkSendQueryKey } from './get-bulk-send';

export const SendBulkMessageMutation = graphql(`
  mutation SendBulkMessage($input: SendBulkMessageInput!) {
    sendBulkMessage(input: $input) {
      ...BulkSendFields
    }
  }
`);

export const sendBulkMessage = async (input: SendBulkMessageInput) => (await request(SendBulkMessageMutation, { input })).sendBulkMessage;

/** Starts a bulk send (idempotent with `idempotencyKey`); its progress is then read with useBulkSend. */
export const useSendBulkMessage = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: sendBulkMessage,
    onSuccess: (bulk) => queryClient.setQueryData(bulkSendQueryKey(bulk.id), bulk),
  });
};
