import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const ImportantDateFields = graphql(`
  fragment ImportantDateFields on ImportantDate {
    id
    kind
    title
    date {
      calendar
      year
      month
      day
    }
    nextOccurrence
    daysUntil
  }
`);

export const MyFamilyQuery = graphql(`
  query MyFamily {
    myFamily {
      id
      relation
      name
      birthDate {
        calendar
        year
        month
        day
      }
      importantDates {
        ...ImportantDateFields
      }
    }
    myImportantDates {
      ...ImportantDateFields
    }
  }
`);

export const myFamilyQueryKey = (slug: string) => ['myFamily', slug] as const;

export const myFamilyQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: myFamilyQueryKey(slug),
    queryFn: async ({ signal }) => request(MyFamilyQuery, {}, signal),
  });

export const useMyFamily = (slug: string) => useQuery(myFamilyQueryOptions(slug));
