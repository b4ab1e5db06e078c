import { DynamicModule, INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig, ConfigModule, loadConfig } from '@rongtong/common';
import { DatabaseModule, runMigrationsLocked } from '@rongtong/database';
import { preflight } from '@rongtong/health';
import { JobsModule } from '@rongtong/jobs';
import { MatchingModule } from '@rongtong/matching';
import { LocalMeilisearchServer, SearchClient, SearchModule } from '@rongtong/search';

/** What the harness runs: the product's matching and search services, no HTTP, no workers. */
@Module({
  imports: [DatabaseModule.forRoot(), JobsModule.forRoot(), SearchModule, MatchingModule],
})
class EvaluationModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: EvaluationModule, imports: [ConfigModule.forRoot(config)] };
  }
}

const BASE_DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/rongtong';

interface LocalMeili {
  server: LocalMeilisearchServer;
  dataDir: string;
}

/**
 * Everything one evaluation run owns: a scratch database `rongtong_eval_<hex>` (migrated), an
 * index prefix and a queue prefix of its own, and a Meilisearch spawned from the bundled binary
 * when MEILI_URL is unset. `dispose()` removes all of it, and is safe to call twice.
 */
export class ScratchEnvironment {
  private disposed = false;

  private constructor(
    readonly app: INestApplicationContext,
    readonly config: AppConfig,
    readonly databaseName: string,
    readonly meili: LocalMeili | undefined,
  ) {}

  static async start(log: (line: string) => void): Promise<ScratchEnvironment> {
    let meili: LocalMeili | undefined;
    if (!process.env.MEILI_URL) {
      const dataDir = mkdtempSync(join(tmpdir(), 'rongtong-eval-meili-'));
      meili = { server: await LocalMeilisearchServer.start({ dataDir }), dataDir };
      process.env.MEILI_URL = meili.server.url;
      process.env.MEILI_MASTER_KEY = meili.server.masterKey;
      log(`Meilisearch ${meili.server.url} (bundled binary, data in ${dataDir})`);
    }
    const suffix = randomBytes(4).toString('hex');
    const databaseName = `rongtong_eval_${suffix}`;
    const url = new URL(BASE_DATABASE_URL);
    url.pathname = `/${databaseName}`;
    Object.assign(process.env, {
      NODE_ENV: 'development',
      DATABASE_URL: url.toString(),
      DATABASE_AUTO_CREATE: 'true',
      DATABASE_AUTO_MIGRATE: 'true',
      QUEUE_PREFIX: `rt_eval_${suffix}`,
      MEILI_INDEX_PREFIX: `eval${suffix}_`,
      SEED_DEMO_DATA: 'false',
    });
    process.env.LOG_LEVEL ??= 'warn';
    const config = loadConfig();
    let app: INestApplicationContext | undefined;
    try {
      await preflight(config);
      app = await NestFactory.createApplicationContext(EvaluationModule.forRoot(config), {
        logger: ['error', 'warn'],
      });
      await runMigrationsLocked(app.get(DataSource));
    } catch (error) {
      await cleanUp({ app, config, databaseName, meili }, log);
      throw error;
    }
    log(`scratch database ${databaseName}, index prefix ${config.meilisearch.indexPrefix}`);
    return new ScratchEnvironment(app, config, databaseName, meili);
  }

  async dispose(log: (line: string) => void): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    await cleanUp(this, log);
  }
}

interface Owned {
  app: INestApplicationContext | undefined;
  config: AppConfig;
  databaseName: string;
  meili: LocalMeili | undefined;
}

/** Each step is attempted even when an earlier one failed; failures are logged, not thrown. */
async function cleanUp(owned: Owned, log: (line: string) => void): Promise<void> {
  const step = async (name: string, action: () => Promise<unknown>) => {
    try {
      await action();
    } catch (error) {
      log(`cleanup ${name}: ${(error as Error).message}`);
    }
  };
  const { app, config, meili } = owned;
  if (app) {
    if (!meili) await step('indexes', () => dropIndexes(app, config.meilisearch.indexPrefix));
    await step('nest', () => app.close());
  }
  await step('database', () => dropDatabase(owned.databaseName));
  await step('redis', () => dropQueueKeys(config));
  if (meili) {
    await step('meilisearch', () => meili.server.stop());
    rmSync(meili.dataDir, { recursive: true, force: true });
  }
}

/** On a shared Meilisearch: every index under this run's prefix. */
async function dropIndexes(app: INestApplicationContext, prefix: string): Promise<void> {
  const search = app.get(SearchClient);
  const { results } = await search.client.getIndexes({ limit: 1000 });
  for (const index of results.filter((i) => i.uid.startsWith(prefix))) {
    await search.client.deleteIndex(index.uid).waitTask({ timeout: 60_000 });
  }
}

async function dropDatabase(databaseName: string): Promise<void> {
  const admin = new URL(BASE_DATABASE_URL);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

async function dropQueueKeys(config: AppConfig): Promise<void> {
  const redis = new Redis(config.redis.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(
        cursor,
        'MATCH',
        `${config.redis.queuePrefix}:*`,
        'COUNT',
        1000,
      );
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
}
