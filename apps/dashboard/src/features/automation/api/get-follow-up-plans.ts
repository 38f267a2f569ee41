import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const FollowUpPlanFieldsFragment = graphql(`
  fragment FollowUpPlanFields on FollowUpPlan {
    id
    name
    description
    trigger
    active
    teamMemberIds
    activeEnrolments
    createdAt
    steps {
      id
      position
      kind
      delayDays
      templateKey
      subject
      body
      callScript
      maxAttempts
      skipIfPurchased
      skipIfReplied
    }
  }
`);

export const FollowUpPlansQuery = graphql(`
  query FollowUpPlans {
    followUpPlans {
      ...FollowUpPlanFields
    }
  }
`);

export const plansQueryKey = ['automation', 'plans'] as const;

export const followUpPlansQueryOptions = () =>
  queryOptions({ queryKey: plansQueryKey, queryFn: async () => (await request(FollowUpPlansQuery, {})).followUpPlans });

export const useFollowUpPlans = () => useQuery(followUpPlansQueryOptions());
