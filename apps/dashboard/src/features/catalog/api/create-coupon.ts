import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { CreateCouponInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { couponsQueryKey } from './get-coupons';

export const CreateCouponMutation = graphql(`
  mutation CreateCoupon($input: CreateCouponInput!) {
    createCoupon(input: $input) {
      ...CouponFields
    }
  }
`);

export const createCoupon = async (input: CreateCouponInput) => (await request(CreateCouponMutation, { input })).createCoupon;

export const useCreateCoupon = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createCoupon, onSuccess: () => queryClient.invalidateQueries({ queryKey: couponsQueryKey }) });
};
