import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { couponsQueryKey } from './get-coupons';

export const DeactivateCouponMutation = graphql(`
  mutation DeactivateCoupon($id: ID!) {
    deactivateCoupon(id: $id) {
      ...CouponFields
    }
  }
`);

export const deactivateCoupon = async (id: string) => (await request(DeactivateCouponMutation, { id })).deactivateCoupon;

/** The code stops working at once; redemptions already made stay. */
export const useDeactivateCoupon = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deactivateCoupon, onSuccess: () => queryClient.invalidateQueries({ queryKey: couponsQueryKey }) });
};
