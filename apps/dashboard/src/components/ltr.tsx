import type { ReactNode } from 'react';

/** Inline left-to-right island (emails, slugs, keys) that keeps the surrounding alignment. */
export function Ltr({ children }: { children: ReactNode }) {
  return <bdi dir="ltr">{children}</bdi>;
}
