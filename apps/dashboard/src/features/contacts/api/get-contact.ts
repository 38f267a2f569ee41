import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { contactsQueryKey } from './get-contacts';

export const ImportantDateFieldsFragment = graphql(`
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
    recurrence
    reminderDaysBefore
    channel
    messageTemplate
    nextOccurrence
    nextOccurrenceJalali
    daysUntil
  }
`);

export const ContactDetailFieldsFragment = graphql(`
  fragment ContactDetailFields on Contact {
    id
    firstName
    lastName
    fullName
    gender
    birthDate {
      calendar
      year
      month
      day
    }
    email
    phones {
      id
      e164
      kind
      label
      isPrimary
      national
    }
    primaryPhone
    province
    city
    address
    source
    tags
    owner {
      id
      fullName
    }
    notes
    stage
    consents {
      channel
      status
      changedAt
      source
    }
    customFields
    organizations {
      title
      organization {
        id
        name
        city
      }
    }
    relatedPeople {
      id
      relation
      name
      preferences
      notes
      birthDate {
        calendar
        year
        month
        day
      }
      relatedContact {
        id
        fullName
      }
    }
    importantDates {
      ...ImportantDateFields
    }
    stageHistory {
      id
      from
      to
      reason
      automatic
      changedBy {
        id
        fullName
      }
      changedAt
    }
    possibleDuplicates {
      id
      fullName
      primaryPhone
      email
      stage
      createdAt
    }
    createdAt
    updatedAt
  }
`);

export const ContactQuery = graphql(`
  query Contact($id: ID!) {
    contact(id: $id) {
      ...ContactDetailFields
    }
  }
`);

export const contactQueryKey = (id: string) => [...contactsQueryKey, 'detail', id] as const;

export const contactQueryOptions = (id: string) =>
  queryOptions({
    queryKey: contactQueryKey(id),
    queryFn: async () => (await request(ContactQuery, { id })).contact,
  });

export const useContact = (id: string) => useQuery(contactQueryOptions(id));
