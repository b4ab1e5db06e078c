import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { Client } from 'pg';
import { AppConfig, loadConfig } from '@rongtong/common';
import { preflight } from '@rongtong/health';
import { LocalMeilisearchServer } from '@rongtong/search';
import { createApiApp } from '../apps/api/src/bootstrap';
import { startWorker } from '../apps/worker/src/bootstrap';
import { MeiliAdmin } from './meili';

const BASE_DATABASE_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/rongtong';

/** Everything the run owns: one Meilisearch, one scratch database, one queue/index prefix. */
export class BenchEnvironment {
  api?: INestApplication;
  apiUrl?: string;
  /** A second api without the rate limiter (the ratelimit section's reference). */
  unlimitedApi?: INestApplication;
  worker?: INestApplicationContext;
  /** Why the worker could not start (e.g. a job without handler), if it did not. */
  workerError?: string;
  apiError?: string;
  config!: AppConfig;

  private constructor(
    readonly meili: LocalMeilisearchServer,
    readonly meiliDir: string,
    readonly admin: MeiliAdmin,
    readonly suffix: string,
    readonly databaseName: string,
    readonly databaseUrl: string,
  ) {}

  static async start(log: (line: string) => void): Promise<BenchEnvironment> {
    const meiliDir = mkdtempSync(join(tmpdir(), 'rongtong-bench-meili-'));
    const meili = await LocalMeilisearchServer.start({ dataDir: meiliDir });
    log(`Meilisearch ${meili.url} (pid ${meili.pid}, data ${meiliDir})`);
    const suffix = randomBytes(4).toString('hex');
    const databaseName = `rongtong_bench_${suffix}`;
    const url = new URL(BASE_DATABASE_URL);
    url.pathname = `/${databaseName}`;
    const env = new BenchEnvironment(
      meili,
      meiliDir,
      new MeiliAdmin(meili.url, meili.masterKey),
      suffix,
      databaseName,
      url.toString(),
    );
    Object.assign(process.env, {
      NODE_ENV: 'development',
      DATABASE_URL: env.databaseUrl,
      DATABASE_AUTO_CREATE: 'true',
      DATABASE_AUTO_MIGRATE: 'true',
      QUEUE_PREFIX: `rt_bench_${suffix}`,
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: meili.masterKey,
      MEILI_INDEX_PREFIX: `b${suffix}_`,
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
      LOG_PRETTY: 'false',
      SEED_DEMO_DATA: 'false',
      AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
      // Suites write fast from one address; the limits have their own suite (rate-limits).
      RATE_LIMIT_READS_PER_IP_PER_MINUTE: '1000000',
      RATE_LIMIT_WRITES_PER_IP_PER_MINUTE: '1000000',
      RATE_LIMIT_WRITES_PER_USER_PER_MINUTE: '1000000',
      RATE_LIMIT_WRITES_PER_ORGANISATION_PER_MINUTE: '1000000',
      WORKER_HEALTH_PORT: '0',
      // Uploads go to the run's scratch directory, removed with it.
      STORAGE_DIR: join(meiliDir, 'storage'),
      LISTING_REVIEW_REQUIRED: 'false',
    });
    env.config = loadConfig();
    await preflight(env.config);
    return env;
  }

  get indexPrefix(): string {
    return this.config.meilisearch.indexPrefix;
  }

  /** The api (listening on 127.0.0.1, random port) — runs the migrations. */
  async startApi(): Promise<void> {
    try {
      this.api = await createApiApp(this.config);
      await this.api.listen(0, '127.0.0.1');
      const address = (this.api.getHttpServer() as Server).address() as AddressInfo;
      this.apiUrl = `http://127.0.0.1:${address.port}`;
    } catch (error) {
      this.apiError = (error as Error).stack ?? String(error);
      throw error;
    }
  }

  /** Another api on the same stores with RATE_LIMIT_ENABLED off; its URL. */
  async startUnlimitedApi(): Promise<string> {
    this.unlimitedApi = await createApiApp({
      ...this.config,
      rateLimit: { ...this.config.rateLimit, enabled: false },
    });
    await this.unlimitedApi.listen(0, '127.0.0.1');
    const address = (this.unlimitedApi.getHttpServer() as Server).address() as AddressInfo;
    return `http://127.0.0.1:${address.port}`;
  }

  async startWorker(): Promise<boolean> {
    try {
      this.worker = await startWorker(this.config);
      return true;
    } catch (error) {
      this.workerError = (error as Error).message;
      return false;
    }
  }

  async pg(): Promise<Client> {
    const client = new Client({ connectionString: this.databaseUrl });
    await client.connect();
    return client;
  }

  async dispose(log: (line: string) => void): Promise<void> {
    const step = async (name: string, action: () => Promise<unknown>) => {
      try {
        await action();
      } catch (error) {
        log(`cleanup ${name}: ${(error as Error).message}`);
      }
    };
    if (this.worker) await step('worker', () => this.worker!.close());
    if (this.api) await step('api', () => this.api!.close());
    if (this.unlimitedApi) await step('api without limiter', () => this.unlimitedApi!.close());
    await step('database', async () => {
      const admin = new URL(BASE_DATABASE_URL);
      admin.pathname = '/postgres';
      const client = new Client({ connectionString: admin.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${this.databaseName}" WITH (FORCE)`);
      await client.end();
    });
    await step('redis', async () => {
      const redis = new Redis(this.config.redis.url, {
        lazyConnect: true,
        maxRetriesPerRequest: 1,
      });
      await redis.connect();
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(
          cursor,
          'MATCH',
          `${this.config.redis.queuePrefix}:*`,
          'COUNT',
          1000,
        );
        cursor = next;
        if (keys.length > 0) await redis.del(...keys);
      } while (cursor !== '0');
      await redis.quit();
    });
    await step('meilisearch', () => this.meili.stop());
    rmSync(this.meiliDir, { recursive: true, force: true });
  }
}
