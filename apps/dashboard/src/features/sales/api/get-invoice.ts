import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { invoicesQueryKey } from './get-invoices';

export const WarehouseIssueFieldsFragment = graphql(`
  fragment WarehouseIssueFields on WarehouseIssue {
    id
    number
    status
    issuedAt
    issuedAtJalali
    shippedAt
    deliveredAt
    returnedAt
    cancelledAt
    trackingCode
    lines {
      productId
      productName
      productSku
      quantity
      returnedQuantity
    }
  }
`);

export const InvoiceFieldsFragment = graphql(`
  fragment InvoiceFields on Invoice {
    ...InvoiceListFields
    issuedAtJalali
    cancelledAt
    cancelReason
    completedAt
    totals {
      subtotal
      discountTotal
      couponDiscount
      taxTotal
      total
    }
    seller {
      name
      displayCurrency
      timezone
    }
    contact {
      id
      fullName
      primaryPhone
      email
      address
      city
      province
    }
    owner {
      id
      fullName
    }
    proforma {
      id
      number
      couponCode
      notes
    }
    lines {
      ...SalesLineFields
    }
    payments {
      id
      amount
      method
      reference
      paidAt
      paidAtJalali
      recordedBy {
        id
        fullName
      }
    }
    warehouseIssue {
      ...WarehouseIssueFields
    }
  }
`);

export const InvoiceQuery = graphql(`
  query Invoice($id: ID!) {
    invoice(id: $id) {
      ...InvoiceFields
    }
  }
`);

export const invoiceQueryKey = (id: string) => [...invoicesQueryKey, 'detail', id] as const;

export const invoiceQueryOptions = (id: string) =>
  queryOptions({
    queryKey: invoiceQueryKey(id),
    queryFn: async () => (await request(InvoiceQuery, { id })).invoice,
  });

/** One invoice with its lines, payments, warehouse issue and the seller block of the printed page. */
export const useInvoice = (id: string | null | undefined) => useQuery({ ...invoiceQueryOptions(id ?? ''), enabled: !!id });
