import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalMeilisearchServer } from '../../libs/search/src/meilisearch/meilisearch-server';

declare global {
  // Shared between Jest's global setup and teardown (same process).
  var __RONGTONG_MEILI__: LocalMeilisearchServer | undefined;
}

/**
 * Starts one Meilisearch for the whole run (in a temporary directory) unless MEILI_URL points
 * at a server already. Jest runs this once per project; the second call finds it running.
 */
export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = 'test';
  process.env.LOG_LEVEL ??= 'warn';
  if (process.env.MEILI_URL) return;
  const dataDir = mkdtempSync(join(tmpdir(), 'rongtong-meili-test-'));
  const server = await LocalMeilisearchServer.start({ dataDir });
  globalThis.__RONGTONG_MEILI__ = server;
  process.env.MEILI_URL = server.url;
  process.env.MEILI_MASTER_KEY = server.masterKey;
  process.env.RONGTONG_TEST_MEILI_DATA_DIR = dataDir;
  process.env.RONGTONG_TEST_MEILI_PID = String(server.pid);
}
