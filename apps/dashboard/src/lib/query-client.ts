import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@peyvand/web';

const NO_RETRY = new Set(['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT']);

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => !(isApiError(error) && NO_RETRY.has(error.code)) && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
}
