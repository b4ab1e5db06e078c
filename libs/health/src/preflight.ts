import { AppConfig, START_HINTS } from '@rongtong/common';
import {
  assertPostgresReachable,
  DatabaseUnavailableError,
  ensureDatabaseExists,
} from '@rongtong/database';
import { assertRedisReachable, RedisUnavailableError } from '@rongtong/jobs';

export class PreflightError extends Error {}

/**
 * Before Nest boots: PostgreSQL and Redis must answer (else a message naming the service, the
 * URL and how to start it), the database is created when missing, and Meilisearch is configured.
 */
export async function preflight(config: AppConfig): Promise<void> {
  try {
    if (config.database.autoCreate) await ensureDatabaseExists(config.database.url);
    else await assertPostgresReachable(config.database.url);
    await assertRedisReachable(config.redis.url);
  } catch (error) {
    if (error instanceof DatabaseUnavailableError || error instanceof RedisUnavailableError) {
      throw new PreflightError(error.message);
    }
    throw error;
  }
  if (!config.meilisearch.url) {
    throw new PreflightError(`MEILI_URL is not set. ${START_HINTS.meilisearch}`);
  }
}
