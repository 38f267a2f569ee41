import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { FollowUpEnrolmentStatus } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const FollowUpEnrolmentsQuery = graphql(`
  query FollowUpEnrolments($planId: ID, $status: FollowUpEnrolmentStatus) {
    followUpEnrolments(planId: $planId, status: $status, first: 100) {
      id
      planId
      planName
      contactId
      contactName
      status
      source
      nextPosition
      nextDueAt
      enrolledAt
      finishedAt
      cancelReason
      steps {
        position
        kind
        status
        reason
        executedAt
      }
    }
  }
`);

export const enrolmentsQueryKey = ['automation', 'enrolments'] as const;

export const enrolmentsQueryOptions = (planId: string | null, status: FollowUpEnrolmentStatus | null) =>
  queryOptions({
    queryKey: [...enrolmentsQueryKey, planId, status] as const,
    queryFn: async () => (await request(FollowUpEnrolmentsQuery, { planId, status })).followUpEnrolments,
  });

export const useEnrolments = (planId: string | null, status: FollowUpEnrolmentStatus | null) => useQuery(enrolmentsQueryOptions(planId, status));
