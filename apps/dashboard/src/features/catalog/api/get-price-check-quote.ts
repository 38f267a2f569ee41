import { useMutation } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { QuoteInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const PriceCheckQuoteQuery = graphql(`
  query PriceCheckQuote($input: QuoteInput!) {
    quote(input: $input) {
      subtotal
      discountTotal
      couponDiscount
      taxTotal
      total
      coupon {
        id
        code
      }
      problems {
        field
        message
      }
      lines {
        productId
        quantity
        unitBasePrice
        unitPrice
        appliedPriceListId
        couponDiscount
        discount
        taxRateBp
        tax
        total
      }
    }
  }
`);

export const getPriceCheckQuote = async (input: QuoteInput) => (await request(PriceCheckQuoteQuery, { input })).quote;

/** What a customer would pay for these lines now: asked on demand (the price check's button), so a mutation hook. */
export const usePriceCheckQuote = () => useMutation({ mutationFn: getPriceCheckQuote });
