import { env } from '@/config/env';
import type { TypedDocumentString } from '@/gql/graphql';
import { ApiError, type GraphQLErrorShape } from '@peyvand/web';

/** Minimal GraphQL client for the public club (no auth yet; customer login comes later). */
export async function request<R, V>(document: TypedDocumentString<R, V>, variables: V, signal?: AbortSignal): Promise<R> {
  let response: Response;
  try {
    response = await fetch(env.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document.toString(), variables }),
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
    if (response.status === 429) throw new ApiError('TOO_MANY_REQUESTS', 'Too many requests');
    throw new ApiError(response.status >= 500 || response.ok ? 'INTERNAL_SERVER_ERROR' : 'NETWORK_ERROR', response.statusText);
  }
  return body.data;
}
