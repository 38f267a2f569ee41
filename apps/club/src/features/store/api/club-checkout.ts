import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { ClubCheckoutInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const ClubOrderFields = graphql(`
  fragment ClubOrderFields on ClubOrder {
    id
    number
    stage
    proformaStatus
    invoiceNumber
    paymentStatus
    shipmentStatus
    trackingCode
    couponCode
    expiresAt
    createdAt
    totals {
      subtotal
      discountTotal
      couponDiscount
      taxTotal
      total
    }
    lines {
      productId
      productName
      unit
      quantity
      unitPrice
      total
    }
    delivery {
      name
      phone
      address
      postalCode
      note
    }
  }
`);

export const ClubCheckoutMutation = graphql(`
  mutation ClubCheckout($input: ClubCheckoutInput!) {
    clubCheckout(input: $input) {
      ...ClubOrderFields
    }
  }
`);

export const useClubCheckout = (slug: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: ClubCheckoutInput) => (await request(ClubCheckoutMutation, { input })).clubCheckout,
    onSuccess: (order) => {
      queryClient.setQueryData(['myOrder', slug, order.id], order);
      for (const key of ['myOrders', 'myVouchers', 'myPoints', 'clubProducts']) void queryClient.invalidateQueries({ queryKey: [key, slug] });
    },
  });
};
