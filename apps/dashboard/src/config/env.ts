// Environment, parsed once. Vite exposes only VITE_* variables to the client.
function parseEnv(raw: ImportMetaEnv) {
  const graphqlUrl = (raw.VITE_GRAPHQL_URL as string | undefined)?.trim() || '/graphql';
  if (!graphqlUrl.startsWith('/') && !/^https?:\/\//.test(graphqlUrl)) {
    throw new Error(`VITE_GRAPHQL_URL must be an absolute URL or a path, got "${graphqlUrl}"`);
  }
  return {
    graphqlUrl,
    isDev: raw.DEV,
  } as const;
}

export const env = parseEnv(import.meta.env);
