import type { GqlResponse } from '../../../test/utils/graphql';

/** The data of a GraphQL answer, or a failure naming its errors. */
export function ok<T = Record<string, any>>(res: GqlResponse<T>): T {
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!;
}

/** Polls until `probe` returns a value (deliveries go through the outbox and a worker). */
export async function eventually<T>(probe: () => Promise<T | undefined | null | false> | T | undefined | null | false, what: string): Promise<T> {
  const end = Date.now() + 20_000;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
