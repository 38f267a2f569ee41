import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { UpdateProductCategoryInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { productCategoriesQueryKey } from './get-product-categories';

export const UpdateProductCategoryMutation = graphql(`
  mutation UpdateProductCategory($id: ID!, $input: UpdateProductCategoryInput!) {
    updateProductCategory(id: $id, input: $input) {
      ...ProductCategoryFields
    }
  }
`);

export const updateProductCategory = async ({ id, input }: { id: string; input: UpdateProductCategoryInput }) =>
  (await request(UpdateProductCategoryMutation, { id, input })).updateProductCategory;

/** Depths change when a category moves: the whole tree is fetched again. */
export const useUpdateProductCategory = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateProductCategory, onSuccess: () => queryClient.invalidateQueries({ queryKey: productCategoriesQueryKey }) });
};
