import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const BusinessCalendarFieldsFragment = graphql(`
  fragment BusinessCalendarFields on BusinessCalendarModel {
    timeZone
    isDefault
    openNow
    nextOpeningAt
    week {
      start
      end
    }
    holidays {
      calendar
      year
      month
      day
    }
  }
`);

export const BusinessCalendarQuery = graphql(`
  query BusinessCalendar {
    businessCalendar {
      ...BusinessCalendarFields
    }
  }
`);

export const businessCalendarQueryKey = ['businessCalendar'] as const;

export const businessCalendarQueryOptions = () =>
  queryOptions({ queryKey: businessCalendarQueryKey, queryFn: async () => (await request(BusinessCalendarQuery, {})).businessCalendar });

/** Business hours and holidays the SLAs count in (workspace:read). */
export const useBusinessCalendar = (enabled = true) => useQuery({ ...businessCalendarQueryOptions(), enabled });
