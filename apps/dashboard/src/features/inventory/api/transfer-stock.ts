import { useMutation, useQueryClient } from '@tanstack/react-query';
import { productsQueryKey } from '@/features/catalog/api/get-products';
import { graphql } from '@/gql';
import type { TransferStockInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { stockQueryKey } from './get-stock-levels';

export const TransferStockMutation = graphql(`
  mutation TransferStock($input: TransferStockInput!) {
    transferStock(input: $input) {
      from {
        ...StockLevelFields
      }
      to {
        ...StockLevelFields
      }
    }
  }
`);

export const transferStock = async (input: TransferStockInput) => (await request(TransferStockMutation, { input })).transferStock;

/** Moves available units between warehouses; OUT_OF_STOCK when the source has too few. */
export const useTransferStock = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: transferStock,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: stockQueryKey }), queryClient.invalidateQueries({ queryKey: productsQueryKey })]),
  });
};
