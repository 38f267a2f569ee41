import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { SaveRewardInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const RewardFieldsFragment = graphql(`
  fragment RewardFields on Reward {
    id
    kind
    name
    description
    pointsCost
    voucherKind
    voucherValue
    maxDiscount
    minOrderTotal
    validDays
    productId
    categoryId
    stampsRequired
    archived
    createdAt
  }
`);

export const RewardsQuery = graphql(`
  query Rewards($first: Int!, $after: String, $includeArchived: Boolean!) {
    rewards(first: $first, after: $after, includeArchived: $includeArchived) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...RewardFields
        }
      }
    }
  }
`);

export const SaveRewardMutation = graphql(`
  mutation SaveReward($input: SaveRewardInput!) {
    saveReward(input: $input) {
      ...RewardFields
    }
  }
`);

export const ArchiveRewardMutation = graphql(`
  mutation ArchiveReward($id: ID!) {
    archiveReward(id: $id) {
      ...RewardFields
    }
  }
`);

export const rewardsQueryKey = ['clubRewards'] as const;

export const rewardsQueryOptions = (includeArchived: boolean, pageSize = 50) =>
  infiniteQueryOptions({
    queryKey: [...rewardsQueryKey, { includeArchived, pageSize }] as const,
    queryFn: async ({ pageParam }) => (await request(RewardsQuery, { first: pageSize, after: pageParam, includeArchived })).rewards,
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
  });

/** The rewards catalog (club:read). */
export const useRewards = (includeArchived = false) => useInfiniteQuery(rewardsQueryOptions(includeArchived));

export const saveReward = async (input: SaveRewardInput) => (await request(SaveRewardMutation, { input })).saveReward;
export const archiveReward = async (id: string) => (await request(ArchiveRewardMutation, { id })).archiveReward;

export const useSaveReward = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveReward, onSuccess: () => queryClient.invalidateQueries({ queryKey: rewardsQueryKey }) });
};

export const useArchiveReward = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: archiveReward, onSuccess: () => queryClient.invalidateQueries({ queryKey: rewardsQueryKey }) });
};
