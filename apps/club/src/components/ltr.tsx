import type { ReactNode } from 'react';

/** Inline left-to-right island (phone numbers, codes, links) that keeps the surrounding alignment. */
export function Ltr({ children }: { children: ReactNode }) {
  return <bdi dir="ltr">{children}</bdi>;
}
