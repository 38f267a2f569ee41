import { infiniteQueryOptions } from '@tanstack/react-query';

export interface Connection<T> {
  totalCount: number;
  edges: Array<{ node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** Cursor pages of a Relay connection for useInfiniteQuery: `fetchPage(after)` returns one page. */
export function connectionQueryOptions<T, K extends readonly unknown[]>(
  queryKey: K,
  fetchPage: (after: string | null, signal: AbortSignal) => Promise<Connection<T>>,
) {
  return infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam, signal }) => fetchPage(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last: Connection<T>) => (last.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? undefined) : undefined),
  });
}

export function nodesOf<T>(pages: Array<Connection<T>> | undefined): T[] {
  return pages?.flatMap((p) => p.edges.map((e) => e.node)) ?? [];
}
