import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const ClubQuoteQuery = graphql(`
  query ClubQuote($input: ClubQuoteInput!) {
    clubQuote(input: $input) {
      lines {
        productId
        productName
        productNameEn
        unit
        quantity
        unitBasePrice
        unitPrice
        discount
        tax
        total
        available
      }
      totals {
        subtotal
        discountTotal
        couponDiscount
        taxTotal
        total
      }
      couponCode
      problems {
        field
        message
      }
      canCheckout
    }
  }
`);

export interface QuoteRequest {
  lines: Array<{ productId: string; quantity: number }>;
  couponCode: string | null;
  /** A points reward to preview at checkout (members; instead of the coupon): its discount, nothing spent. */
  rewardId?: string | null;
}

/** The server's live price of the cart (member prices, coupon, tax, stock): the cart never computes money itself. */
export const clubQuoteQueryOptions = (slug: string, input: QuoteRequest, member: boolean) =>
  queryOptions({
    queryKey: ['clubQuote', slug, input, member] as const,
    queryFn: async ({ signal }) => (await request(ClubQuoteQuery, { input: { slug, ...input } }, signal)).clubQuote,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

export const useClubQuote = (slug: string, input: QuoteRequest, member: boolean) =>
  useQuery({ ...clubQuoteQueryOptions(slug, input, member), enabled: input.lines.length > 0 });
