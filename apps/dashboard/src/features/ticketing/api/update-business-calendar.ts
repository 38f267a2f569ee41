import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { UpdateBusinessCalendarInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { businessCalendarQueryKey } from './get-business-calendar';

export const UpdateBusinessCalendarMutation = graphql(`
  mutation UpdateBusinessCalendar($input: UpdateBusinessCalendarInput!) {
    updateBusinessCalendar(input: $input) {
      ...BusinessCalendarFields
    }
  }
`);

export const updateBusinessCalendar = async (input: UpdateBusinessCalendarInput) =>
  (await request(UpdateBusinessCalendarMutation, { input })).updateBusinessCalendar;

/** Replaces the week's open ranges and/or the holidays (workspace:manage). */
export const useUpdateBusinessCalendar = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateBusinessCalendar, onSuccess: (calendar) => queryClient.setQueryData(businessCalendarQueryKey, calendar) });
};
