import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { productQueryKey } from './get-product';
import { productsQueryKey } from './get-products';

export const ArchiveProductMutation = graphql(`
  mutation ArchiveProduct($id: ID!) {
    archiveProduct(id: $id) {
      ...ProductFields
    }
  }
`);

export const archiveProduct = async (id: string) => (await request(ArchiveProductMutation, { id })).archiveProduct;

/** Off sale and out of the lists (updateProduct with active: true restores it). */
export const useArchiveProduct = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: archiveProduct,
    onSuccess: (product) => {
      queryClient.setQueryData(productQueryKey(product.id), product);
      return queryClient.invalidateQueries({ queryKey: productsQueryKey });
    },
  });
};
