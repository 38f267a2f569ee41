import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { TaskScope } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const TaskFieldsFragment = graphql(`
  fragment TaskFields on Task {
    id
    kind
    title
    notes
    dueAt
    status
    outcome
    completedAt
    createdAt
    assignee {
      id
      fullName
    }
    contact {
      id
      fullName
      primaryPhone
    }
  }
`);

export const MyTasksQuery = graphql(`
  query MyTasks($scope: TaskScope) {
    myTasks(scope: $scope) {
      ...TaskFields
    }
  }
`);

export const tasksQueryKey = ['tasks'] as const;

export const myTasksQueryOptions = (scope: TaskScope) =>
  queryOptions({
    queryKey: [...tasksQueryKey, 'mine', scope] as const,
    queryFn: async () => (await request(MyTasksQuery, { scope })).myTasks,
  });

export const useMyTasks = (scope: TaskScope) => useQuery(myTasksQueryOptions(scope));
