import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { CreateProductCategoryInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { productCategoriesQueryKey } from './get-product-categories';

export const CreateProductCategoryMutation = graphql(`
  mutation CreateProductCategory($input: CreateProductCategoryInput!) {
    createProductCategory(input: $input) {
      ...ProductCategoryFields
    }
  }
`);

export const createProductCategory = async (input: CreateProductCategoryInput) =>
  (await request(CreateProductCategoryMutation, { input })).createProductCategory;

export const useCreateProductCategory = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createProductCategory, onSuccess: () => queryClient.invalidateQueries({ queryKey: productCategoriesQueryKey }) });
};
