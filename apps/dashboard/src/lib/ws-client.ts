import { createClient, type Client } from 'graphql-ws';
import { env } from '@/config/env';
import { refreshOnce } from './graphql-client';
import { tokenStore } from './token-store';

/** ws(s)://<host>/graphql, derived from the HTTP GraphQL endpoint. */
export function graphqlWsUrl(): string {
  const url = new URL(env.graphqlUrl, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/**
 * A graphql-ws client authenticated with the in-memory access token (sent in connectionParams at each
 * (re)connection). When the server refuses the token, the session is refreshed before the next retry.
 */
export function createWsClient(): Client {
  return createClient({
    url: graphqlWsUrl(),
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    connectionParams: async () => {
      if (!tokenStore.getAccessToken()) await refreshOnce();
      const token = tokenStore.getAccessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      closed: (event) => {
        const code = (event as CloseEvent | undefined)?.code;
        if (code === 4401 || code === 4403) void refreshOnce();
      },
    },
  });
}
