import { useMutation, useQueryClient } from '@tanstack/react-query';
import { productsQueryKey } from '@/features/catalog/api/get-products';
import { graphql } from '@/gql';
import type { ReceiveStockInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { stockQueryKey } from './get-stock-levels';

export const ReceiveStockMutation = graphql(`
  mutation ReceiveStock($input: ReceiveStockInput!) {
    receiveStock(input: $input) {
      ...StockLevelFields
    }
  }
`);

export const receiveStock = async (input: ReceiveStockInput) => (await request(ReceiveStockMutation, { input })).receiveStock;

/** Goods received into a warehouse: levels, ledger and the products' availability change. */
export const useReceiveStock = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: receiveStock,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: stockQueryKey }), queryClient.invalidateQueries({ queryKey: productsQueryKey })]),
  });
};
