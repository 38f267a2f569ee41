/** A fresh idempotency key for one send (crypto.randomUUID where the page is a secure context). */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (c && typeof c.randomUUID === 'function') return `dashboard:${c.randomUUID()}`;
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return `dashboard:${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The key for a payload: the same key while the payload is unchanged (a double click, a retry after a network
 * error: the server returns the first message), a new one as soon as the content changes.
 */
export function keyFor(previous: { payload: string; key: string } | null, payload: string): { payload: string; key: string } {
  return previous && previous.payload === payload ? previous : { payload, key: newIdempotencyKey() };
}
