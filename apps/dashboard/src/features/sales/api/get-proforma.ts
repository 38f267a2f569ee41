import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { proformasQueryKey } from './get-proformas';

export const SalesLineFieldsFragment = graphql(`
  fragment SalesLineFields on SalesLine {
    id
    position
    productId
    productName
    productSku
    unit
    quantity
    unitBasePrice
    unitPrice
    discount
    couponDiscount
    taxRateBp
    tax
    total
  }
`);

export const ProformaFieldsFragment = graphql(`
  fragment ProformaFields on Proforma {
    ...ProformaListFields
    notes
    confirmedAt
    cancelledAt
    cancelReason
    expiredAt
    createdAtJalali
    totals {
      subtotal
      discountTotal
      couponDiscount
      taxTotal
      total
    }
    lines {
      ...SalesLineFields
    }
  }
`);

export const ProformaQuery = graphql(`
  query Proforma($id: ID!) {
    proforma(id: $id) {
      ...ProformaFields
    }
  }
`);

export const proformaQueryKey = (id: string) => [...proformasQueryKey, 'detail', id] as const;

export const proformaQueryOptions = (id: string) =>
  queryOptions({
    queryKey: proformaQueryKey(id),
    queryFn: async () => (await request(ProformaQuery, { id })).proforma,
  });

export const useProforma = (id: string | null | undefined) => useQuery({ ...proformaQueryOptions(id ?? ''), enabled: !!id });
