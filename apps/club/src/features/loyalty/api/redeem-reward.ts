import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { myPointsQueryKey } from './get-my-points';
import { myVouchersQueryKey } from './get-my-vouchers';

export const RedeemRewardMutation = graphql(`
  mutation RedeemReward($rewardId: ID!, $idempotencyKey: String!) {
    redeemReward(rewardId: $rewardId, idempotencyKey: $idempotencyKey) {
      id
      points
      balance
      voucher {
        id
        code
      }
    }
  }
`);

/** The key is chosen once per click, so a retried request never spends the points twice. */
export const useRedeemReward = (slug: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: { rewardId: string; idempotencyKey: string }) => (await request(RedeemRewardMutation, input)).redeemReward,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: myPointsQueryKey(slug) });
      void queryClient.invalidateQueries({ queryKey: myVouchersQueryKey(slug) });
      void queryClient.invalidateQueries({ queryKey: ['myPointsHistory', slug] });
    },
  });
};
