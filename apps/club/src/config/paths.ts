// Relative to the router basename `/club`.
const base = (slug: string) => `/${encodeURIComponent(slug)}`;

export const paths = {
  landing: (slug: string) => base(slug),
  join: (slug: string) => `${base(slug)}/join`,
  login: (slug: string) => `${base(slug)}/login`,
  store: (slug: string) => `${base(slug)}/store`,
  product: (slug: string, id: string) => `${base(slug)}/store/products/${encodeURIComponent(id)}`,
  cart: (slug: string) => `${base(slug)}/cart`,
  checkout: (slug: string) => `${base(slug)}/checkout`,
  order: (slug: string, id: string) => `${base(slug)}/orders/${encodeURIComponent(id)}`,
  panel: (slug: string) => `${base(slug)}/me`,
  panelSection: (slug: string, section: string) => `${base(slug)}/me/${section}`,
} as const;
