import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { AppConfig, loadConfig } from '@rongtong/common';

const BASE_DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/rongtong';

export interface IsolatedEnvironment {
  config: AppConfig;
  databaseUrl: string;
  /** Drops the suite's database. */
  dispose(): Promise<void>;
}

/**
 * Each suite owns its data: a fresh database, its own BullMQ prefix and Meilisearch index
 * prefix, so suites can run in parallel against the same servers.
 */
export function isolatedEnvironment(overrides: Record<string, string> = {}): IsolatedEnvironment {
  const suffix = randomBytes(4).toString('hex');
  const databaseName = `rongtong_test_${suffix}`;
  const databaseUrl = new URL(BASE_DATABASE_URL);
  databaseUrl.pathname = `/${databaseName}`;
  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl.toString(),
    DATABASE_AUTO_CREATE: 'true',
    DATABASE_AUTO_MIGRATE: 'true',
    QUEUE_PREFIX: `rt_test_${suffix}`,
    MEILI_INDEX_PREFIX: `t${suffix}_`,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    LOG_PRETTY: 'false',
    SEED_DEMO_DATA: 'false',
    AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    // Suites write fast from one address; the limits have their own suite (rate-limits).
    RATE_LIMIT_READS_PER_IP_PER_MINUTE: '1000000',
    RATE_LIMIT_WRITES_PER_IP_PER_MINUTE: '1000000',
    RATE_LIMIT_WRITES_PER_USER_PER_MINUTE: '1000000',
    RATE_LIMIT_WRITES_PER_ORGANISATION_PER_MINUTE: '1000000',
    OUTBOX_POLL_INTERVAL_MS: '50',
    ...overrides,
  });
  const config = loadConfig();
  return {
    config,
    databaseUrl: databaseUrl.toString(),
    dispose: async () => {
      const admin = new URL(BASE_DATABASE_URL);
      admin.pathname = '/postgres';
      const client = new Client({ connectionString: admin.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
      await client.end();
    },
  };
}

/** Polls until the check passes or the time is up (then fails with the last error). */
export async function eventually<T>(
  check: () => T | Promise<T>,
  timeoutMs = 15_000,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      return await check();
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}
