import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { UpdateCouponInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { couponsQueryKey } from './get-coupons';

export const UpdateCouponMutation = graphql(`
  mutation UpdateCoupon($id: ID!, $input: UpdateCouponInput!) {
    updateCoupon(id: $id, input: $input) {
      ...CouponFields
    }
  }
`);

export const updateCoupon = async ({ id, input }: { id: string; input: UpdateCouponInput }) => (await request(UpdateCouponMutation, { id, input })).updateCoupon;

export const useUpdateCoupon = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateCoupon, onSuccess: () => queryClient.invalidateQueries({ queryKey: couponsQueryKey }) });
};
