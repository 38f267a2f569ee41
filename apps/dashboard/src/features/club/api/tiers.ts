import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { SaveTierInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const TierFieldsFragment = graphql(`
  fragment TierFields on Tier {
    id
    code
    name
    threshold
    multiplierPercent
    priceListId
    freeShipping
    benefits
  }
`);

export const TiersQuery = graphql(`
  query Tiers {
    tiers {
      ...TierFields
    }
  }
`);

export const SaveTierMutation = graphql(`
  mutation SaveTier($input: SaveTierInput!) {
    saveTier(input: $input) {
      ...TierFields
    }
  }
`);

export const DeleteTierMutation = graphql(`
  mutation DeleteTier($id: ID!) {
    deleteTier(id: $id)
  }
`);

export const tiersQueryKey = ['clubTiers'] as const;

export const tiersQueryOptions = () => queryOptions({ queryKey: tiersQueryKey, queryFn: async () => (await request(TiersQuery, {})).tiers });

/** The club's tiers, lowest threshold first (club:read). */
export const useTiers = () => useQuery(tiersQueryOptions());

export const saveTier = async (input: SaveTierInput) => (await request(SaveTierMutation, { input })).saveTier;
export const deleteTier = async (id: string) => (await request(DeleteTierMutation, { id })).deleteTier;

export const useSaveTier = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveTier, onSuccess: () => queryClient.invalidateQueries({ queryKey: tiersQueryKey }) });
};

export const useDeleteTier = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteTier, onSuccess: () => queryClient.invalidateQueries({ queryKey: tiersQueryKey }) });
};
