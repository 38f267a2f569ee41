import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { UpdateWarehouseInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { warehousesQueryKey } from './get-warehouses';

export const UpdateWarehouseMutation = graphql(`
  mutation UpdateWarehouse($id: ID!, $input: UpdateWarehouseInput!) {
    updateWarehouse(id: $id, input: $input) {
      ...WarehouseFields
    }
  }
`);

export const updateWarehouse = async ({ id, input }: { id: string; input: UpdateWarehouseInput }) =>
  (await request(UpdateWarehouseMutation, { id, input })).updateWarehouse;

/** Making one warehouse the default unsets the other: the whole list is fetched again. */
export const useUpdateWarehouse = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateWarehouse, onSuccess: () => queryClient.invalidateQueries({ queryKey: warehousesQueryKey }) });
};
