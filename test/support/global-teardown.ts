import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const server = globalThis.__RONGTONG_MEILI__;
  if (!server) return;
  globalThis.__RONGTONG_MEILI__ = undefined;
  await server.stop();
  rmSync(server.dataDir, { recursive: true, force: true });
}
