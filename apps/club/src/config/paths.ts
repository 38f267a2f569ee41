// Relative to the router basename `/club`.
export const paths = {
  landing: (slug: string) => `/${encodeURIComponent(slug)}`,
  join: (slug: string) => `/${encodeURIComponent(slug)}/join`,
  login: (slug: string) => `/${encodeURIComponent(slug)}/login`,
} as const;
