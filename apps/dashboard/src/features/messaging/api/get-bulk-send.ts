import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { messagesQueryKey } from './get-messages';

export const BulkSendFieldsFragment = graphql(`
  fragment BulkSendFields on BulkSend {
    id
    status
    channel
    purpose
    templateKey
    queued
    skipped
    error
    createdAt
    finishedAt
  }
`);

export const BulkSendQuery = graphql(`
  query BulkSend($id: ID!) {
    bulkSend(id: $id) {
      ...BulkSendFields
    }
  }
`);

export const bulkSendQueryKey = (id: string) => [...messagesQueryKey, 'bulkSend', id] as const;

export const bulkSendQueryOptions = (id: string) =>
  queryOptions({
    queryKey: bulkSendQueryKey(id),
    queryFn: async () => (await request(BulkSendQuery, { id })).bulkSend,
  });

/**
 * One bulk send, polled while its messages are being queued (RUNNING); once it is over the outbox lists are
 * refreshed, since they now hold its messages.
 */
export const useBulkSend = (id: string | null, { poll = false }: { poll?: boolean } = {}) => {
  const queryClient = useQueryClient();
  const query = useQuery({
    ...bulkSendQueryOptions(id ?? ''),
    enabled: !!id,
    refetchInterval: (q) => (poll && q.state.data?.status === 'RUNNING' ? 1000 : false),
  });
  const over = query.data && query.data.status !== 'RUNNING';
  useEffect(() => {
    if (poll && over) void queryClient.invalidateQueries({ queryKey: [...messagesQueryKey, 'list'] });
  }, [poll, over, queryClient]);
  return query;
};
