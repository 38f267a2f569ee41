import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { UpdateProductInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { productQueryKey } from './get-product';
import { productsQueryKey } from './get-products';

export const UpdateProductMutation = graphql(`
  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!) {
    updateProduct(id: $id, input: $input) {
      ...ProductFields
    }
  }
`);

export const updateProduct = async ({ id, input }: { id: string; input: UpdateProductInput }) =>
  (await request(UpdateProductMutation, { id, input })).updateProduct;

export const useUpdateProduct = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProduct,
    onSuccess: (product) => {
      queryClient.setQueryData(productQueryKey(product.id), product);
      return queryClient.invalidateQueries({ queryKey: productsQueryKey });
    },
  });
};
