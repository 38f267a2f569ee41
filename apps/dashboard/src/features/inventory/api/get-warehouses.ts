import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';

export const WarehouseFieldsFragment = graphql(`
  fragment WarehouseFields on Warehouse {
    id
    code
    name
    address
    isDefault
    active
    updatedAt
  }
`);

export const WarehousesQuery = graphql(`
  query Warehouses {
    warehouses {
      ...WarehouseFields
    }
  }
`);

export const warehousesQueryKey = ['warehouses'] as const;

export const warehousesQueryOptions = () =>
  queryOptions({
    queryKey: warehousesQueryKey,
    queryFn: async () => (await request(WarehousesQuery, {})).warehouses,
    staleTime: 60_000,
  });

/** Every warehouse, the default first. */
export const useWarehouses = () => useQuery(warehousesQueryOptions());
