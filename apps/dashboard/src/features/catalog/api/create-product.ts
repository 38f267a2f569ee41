import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { CreateProductInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { productsQueryKey } from './get-products';

export const CreateProductMutation = graphql(`
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      ...ProductFields
    }
  }
`);

export const createProduct = async (input: CreateProductInput) => (await request(CreateProductMutation, { input })).createProduct;

export const useCreateProduct = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createProduct, onSuccess: () => queryClient.invalidateQueries({ queryKey: productsQueryKey }) });
};
