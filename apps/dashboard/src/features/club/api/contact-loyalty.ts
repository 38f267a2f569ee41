import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { AdjustPointsInput } from '@/gql/graphql';
import { contactQueryKey } from '@/features/contacts/api/get-contact';
import { clubMembersQueryKey } from './club-members';
import { request } from '@/lib/graphql-client';

export const ContactLoyaltyQuery = graphql(`
  query ContactLoyalty($contactId: ID!, $entries: Int!) {
    contactLoyalty(contactId: $contactId) {
      contactId
      balance
      expiringSoon
      lifetimeEarned
      referralCode
      tier {
        basis
        qualifying
        progressPercent
        toNext
        windowMonths
        since
        current {
          id
          code
          name
        }
        next {
          id
          code
          name
          threshold
        }
      }
      vouchers {
        id
        code
        kind
        value
        maxDiscount
        minOrderTotal
        validTo
        origin
        description
      }
      stampCards {
        stamps
        required
        completed
        reward {
          id
          name
        }
      }
      entries(first: $entries) {
        totalCount
        edges {
          node {
            id
            kind
            source
            delta
            reason
            createdAt
            expiresAt
            actor {
              id
              fullName
            }
          }
        }
      }
    }
  }
`);

export const AdjustPointsMutation = graphql(`
  mutation AdjustPoints($input: AdjustPointsInput!) {
    adjustPoints(input: $input) {
      balance
      entry {
        id
        delta
      }
    }
  }
`);

export const contactLoyaltyQueryKey = (contactId: string) => ['contactLoyalty', contactId] as const;

export const contactLoyaltyQueryOptions = (contactId: string, entries = 10) =>
  queryOptions({
    queryKey: [...contactLoyaltyQueryKey(contactId), { entries }] as const,
    queryFn: async () => (await request(ContactLoyaltyQuery, { contactId, entries })).contactLoyalty,
  });

/** Balance, tier and progress, vouchers, stamp cards and the last ledger entries of one contact (club:read). */
export const useContactLoyalty = (contactId: string, entries = 10, enabled = true) =>
  useQuery({ ...contactLoyaltyQueryOptions(contactId, entries), enabled });

export const adjustPoints = async (input: AdjustPointsInput) => (await request(AdjustPointsMutation, { input })).adjustPoints;

/** A manual correction with a reason (audited by the API; never below 0); give one idempotencyKey per dialog submission. */
export const useAdjustPoints = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: adjustPoints,
    onSuccess: (_data, input) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: contactLoyaltyQueryKey(input.contactId) }),
        queryClient.invalidateQueries({ queryKey: [...contactQueryKey(input.contactId), 'timeline'] }),
        queryClient.invalidateQueries({ queryKey: clubMembersQueryKey }),
      ]),
  });
};
