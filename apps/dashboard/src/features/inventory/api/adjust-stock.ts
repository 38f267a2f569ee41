import { useMutation, useQueryClient } from '@tanstack/react-query';
import { productsQueryKey } from '@/features/catalog/api/get-products';
import { graphql } from '@/gql';
import type { AdjustStockInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { stockQueryKey } from './get-stock-levels';

export const AdjustStockMutation = graphql(`
  mutation AdjustStock($input: AdjustStockInput!) {
    adjustStock(input: $input) {
      ...StockLevelFields
    }
  }
`);

export const adjustStock = async (input: AdjustStockInput) => (await request(AdjustStockMutation, { input })).adjustStock;

/** A stock count (countedQuantity) or a correction (delta), always with a reason. */
export const useAdjustStock = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: adjustStock,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: stockQueryKey }), queryClient.invalidateQueries({ queryKey: productsQueryKey })]),
  });
};
