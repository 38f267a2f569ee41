import { env } from '@/config/env';
import type { TypedDocumentString } from '@/gql/graphql';
import { ApiError, type GraphQLErrorShape } from '@peyvand/web';
import { tokenStore } from './token-store';

interface RequestOptions {
  /** Operations that must not trigger a refresh-and-retry (sign-in, refreshClubSession itself…). */
  skipAuthRetry?: boolean;
  signal?: AbortSignal;
}

/** Registered by the session layer: obtains a new access token; resolves true on success. */
let refreshHandler: (() => Promise<boolean>) | null = null;
/** Registered by the session layer: called when the session cannot be recovered. */
let authFailureHandler: (() => void) | null = null;
let refreshInFlight: Promise<boolean> | null = null;

export function configureAuth(handlers: { refresh: () => Promise<boolean>; onAuthFailure: () => void }) {
  refreshHandler = handlers.refresh;
  authFailureHandler = handlers.onAuthFailure;
}

/** One refresh at a time: concurrent UNAUTHENTICATED answers share the same rotation. */
export function refreshOnce(): Promise<boolean> {
  if (!refreshHandler) return Promise.resolve(false);
  refreshInFlight ??= refreshHandler()
    .catch(() => false)
    .finally(() => {
      refreshInFlight = null;
    });
  return refreshInFlight;
}

async function send<R, V>(document: TypedDocumentString<R, V>, variables: V, signal?: AbortSignal): Promise<R> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json, application/json',
  };
  const token = tokenStore.getAccessToken();
  if (token) headers.authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(env.graphqlUrl, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal,
    });
  } catch (cause) {
    if ((cause as Error)?.name === 'AbortError') throw cause;
    throw new ApiError('NETWORK_ERROR', 'Network error');
  }
  let body: { data?: R | null; errors?: GraphQLErrorShape[] } | undefined;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  if (body?.errors?.length) throw ApiError.fromGraphQLErrors(body.errors);
  if (!response.ok || !body?.data) {
    if (response.status === 401) throw new ApiError('UNAUTHENTICATED', 'Unauthenticated');
    if (response.status === 429) throw new ApiError('TOO_MANY_REQUESTS', 'Too many requests');
    throw new ApiError(response.status >= 500 || response.ok ? 'INTERNAL_SERVER_ERROR' : 'NETWORK_ERROR', response.statusText);
  }
  return body.data;
}

/**
 * Executes a typed operation with the member's token when signed in. On UNAUTHENTICATED it refreshes the session
 * once and retries; when that fails the session layer signs the member out.
 */
export async function request<R, V>(document: TypedDocumentString<R, V>, variables: V, options?: RequestOptions | AbortSignal): Promise<R> {
  const opts: RequestOptions = options instanceof AbortSignal ? { signal: options } : (options ?? {});
  try {
    return await send(document, variables, opts.signal);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'UNAUTHENTICATED' || opts.skipAuthRetry) throw error;
    if (!tokenStore.getRefreshToken()) {
      if (tokenStore.getAccessToken()) authFailureHandler?.();
      throw error;
    }
    if (!(await refreshOnce())) {
      authFailureHandler?.();
      throw error;
    }
    try {
      return await send(document, variables, opts.signal);
    } catch (retryError) {
      if (retryError instanceof ApiError && retryError.code === 'UNAUTHENTICATED') authFailureHandler?.();
      throw retryError;
    }
  }
}
