import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { TimelineKind } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { contactQueryKey } from './get-contact';

export const TimelineItemFieldsFragment = graphql(`
  fragment TimelineItemFields on TimelineItem {
    id
    kind
    direction
    occurredAt
    summary
    body
    data
    actor {
      id
      fullName
    }
  }
`);

export const ContactTimelineQuery = graphql(`
  query ContactTimeline($id: ID!, $first: Int, $after: String, $kinds: [TimelineKind!], $from: DateTime, $to: DateTime) {
    contact(id: $id) {
      id
      timeline(first: $first, after: $after, kinds: $kinds, from: $from, to: $to) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...TimelineItemFields
          }
        }
      }
    }
  }
`);

export interface TimelineParams {
  kinds?: TimelineKind[];
  from?: string;
  to?: string;
}

export const contactTimelineQueryOptions = (id: string, { kinds, from, to }: TimelineParams) =>
  infiniteQueryOptions({
    queryKey: [...contactQueryKey(id), 'timeline', { kinds: kinds ?? [], from, to }] as const,
    queryFn: async ({ pageParam }) =>
      (
        await request(ContactTimelineQuery, {
          id,
          first: 20,
          after: pageParam,
          kinds: kinds?.length ? kinds : undefined,
          from,
          to,
        })
      ).contact.timeline,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
  });

export const useContactTimeline = (id: string, params: TimelineParams) =>
  useInfiniteQuery(contactTimelineQueryOptions(id, params));
