import { queryOptions, useQuery } from '@tanstack/react-query';
import { provisional } from '@/features/auth/api/session-fields';
import { request } from '@/lib/graphql-client';

export const MyPointsQuery = provisional<{ myPoints: { balance: number } }, Record<string, never>>(`query MyPoints { myPoints { balance } }`);

export const myPointsQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: ['myPoints', slug] as const,
    queryFn: async ({ signal }) => (await request(MyPointsQuery, {}, signal)).myPoints,
    staleTime: 30_000,
  });

export const useMyPoints = (slug: string, enabled = true) => useQuery({ ...myPointsQueryOptions(slug), enabled });
