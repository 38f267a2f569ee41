import { keepPreviousData, queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { QuoteInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';

export const QuoteQuery = graphql(`
  query Quote($input: QuoteInput!) {
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
        discount
        couponDiscount
        taxRateBp
        tax
        total
      }
    }
  }
`);

export const quoteQueryOptions = (input: QuoteInput) =>
  queryOptions({
    queryKey: ['quote', input] as const,
    queryFn: () => getQuote(input),
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });

/** What the customer would pay for these lines now: priced by the server (price lists, coupon, tax), never here. */
export const useQuote = (input: QuoteInput | null) => useQuery({ ...quoteQueryOptions(input ?? { lines: [] }), enabled: !!input && input.lines.length > 0 });

export const getQuote = async (input: QuoteInput) => (await request(QuoteQuery, { input })).quote;

/** The same question asked on demand (the price check's button), so a mutation hook. */
export const useQuoteOnDemand = () => useMutation({ mutationFn: getQuote });
