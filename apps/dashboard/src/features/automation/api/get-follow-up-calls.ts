import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { FollowUpCallScope } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const FollowUpCallsQuery = graphql(`
  query FollowUpCalls($scope: FollowUpCallScope, $mine: Boolean) {
    followUpCalls(scope: $scope, mine: $mine) {
      id
      taskId
      enrolmentId
      planName
      contactId
      contactName
      contactPhone
      attempt
      maxAttempts
      callScript
      dueAt
    }
  }
`);

export const callsQueryKey = ['automation', 'calls'] as const;

export const followUpCallsQueryOptions = (scope: FollowUpCallScope, mine: boolean) =>
  queryOptions({
    queryKey: [...callsQueryKey, scope, mine] as const,
    queryFn: async () => (await request(FollowUpCallsQuery, { scope, mine })).followUpCalls,
  });

export const useFollowUpCalls = (scope: FollowUpCallScope, mine: boolean) => useQuery(followUpCallsQueryOptions(scope, mine));
