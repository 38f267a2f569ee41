import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { UpdatePriceListInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { priceListsQueryKey } from './get-price-lists';

export const UpdatePriceListMutation = graphql(`
  mutation UpdatePriceList($id: ID!, $input: UpdatePriceListInput!) {
    updatePriceList(id: $id, input: $input) {
      ...PriceListFields
    }
  }
`);

export const updatePriceList = async ({ id, input }: { id: string; input: UpdatePriceListInput }) =>
  (await request(UpdatePriceListMutation, { id, input })).updatePriceList;

export const useUpdatePriceList = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updatePriceList, onSuccess: () => queryClient.invalidateQueries({ queryKey: priceListsQueryKey }) });
};
