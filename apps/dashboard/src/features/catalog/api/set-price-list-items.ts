import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { PriceListItemInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { priceListsQueryKey } from './get-price-lists';

export const SetPriceListItemsMutation = graphql(`
  mutation SetPriceListItems($priceListId: ID!, $items: [PriceListItemInput!]!) {
    setPriceListItems(priceListId: $priceListId, items: $items) {
      ...PriceListFields
    }
  }
`);

export const setPriceListItems = async ({ priceListId, items }: { priceListId: string; items: PriceListItemInput[] }) =>
  (await request(SetPriceListItemsMutation, { priceListId, items })).setPriceListItems;

/** Replaces every item of the list. */
export const useSetPriceListItems = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setPriceListItems, onSuccess: () => queryClient.invalidateQueries({ queryKey: priceListsQueryKey }) });
};
