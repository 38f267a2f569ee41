import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { messagesQueryKey } from './get-messages';

export const MessageQuery = graphql(`
  query Message($id: ID!) {
    message(id: $id) {
      ...MessageListFields
      bodyHtml
      providerMessageId
      lastError
      idempotencyKey
      sentAt
      deliveredAt
      smsPartCount {
        encoding
        units
        parts
        remaining
      }
      events {
        id
        status
        detail
        occurredAt
      }
    }
  }
`);

export const messageQueryOptions = (id: string) =>
  queryOptions({
    queryKey: [...messagesQueryKey, 'detail', id] as const,
    queryFn: async () => (await request(MessageQuery, { id })).message,
  });

export const useMessage = (id: string | null) =>
  useQuery({
    ...messageQueryOptions(id ?? ''),
    enabled: !!id,
    refetchInterval: (query) => (query.state.data?.status === 'QUEUED' || query.state.data?.status === 'SENDING' ? 3000 : false),
  });
