import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const handle = (globalThis as { __PEYVAND_PG__?: { stop(): Promise<void>; dir: string } }).__PEYVAND_PG__;
  if (!handle) return;
  (globalThis as { __PEYVAND_PG__?: unknown }).__PEYVAND_PG__ = undefined;
  await handle.stop();
  rmSync(handle.dir, { recursive: true, force: true });
}
