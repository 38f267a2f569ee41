import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { CreatePriceListInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { priceListsQueryKey } from './get-price-lists';

export const CreatePriceListMutation = graphql(`
  mutation CreatePriceList($input: CreatePriceListInput!) {
    createPriceList(input: $input) {
      ...PriceListFields
    }
  }
`);

export const createPriceList = async (input: CreatePriceListInput) => (await request(CreatePriceListMutation, { input })).createPriceList;

export const useCreatePriceList = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createPriceList, onSuccess: () => queryClient.invalidateQueries({ queryKey: priceListsQueryKey }) });
};
