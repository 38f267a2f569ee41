import { useMutation, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql';
import type { CreateWarehouseInput } from '@/gql/graphql';
import { request } from '@/lib/graphql-client';
import { warehousesQueryKey } from './get-warehouses';

export const CreateWarehouseMutation = graphql(`
  mutation CreateWarehouse($input: CreateWarehouseInput!) {
    createWarehouse(input: $input) {
      ...WarehouseFields
    }
  }
`);

export const createWarehouse = async (input: CreateWarehouseInput) => (await request(CreateWarehouseMutation, { input })).createWarehouse;

export const useCreateWarehouse = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createWarehouse, onSuccess: () => queryClient.invalidateQueries({ queryKey: warehousesQueryKey }) });
};
