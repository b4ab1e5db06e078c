import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppConfig } from '@rongtong/common';
import { OutboxRelayLoop, runMigrationsLocked } from '@rongtong/database';
import { JobWorkerHost, ScheduleKeeper } from '@rongtong/jobs';
import { ListingIndexer, OrganisationIndexer } from '@rongtong/search';
import { WorkerModule } from './worker.module';

/**
 * Jobs per queue at once. The listing indexer coalesces concurrent jobs into one Meilisearch task
 * per index, so the search queue needs many jobs in flight for batches to form under load.
 */
/**
 * A search job only hands its id to the index batcher and waits for the flush that carries it, so
 * a job in flight costs a promise, not a thread. The slots bound how many ids one flush can carry
 * (up to the batcher's 1,000): with too few, batches stay small and each pays Meilisearch's fixed
 * per-batch cost (~0.6 s at 90k documents), and throughput falls below the write rate.
 */
export const QUEUE_CONCURRENCY = { search: 2_000, matching: 4, notify: 20 };

/**
 * Builds and starts the worker: migrations, the job handlers (boot fails if a catalogued job has
 * no handler or two), the outbox relay and the repeatable maintenance jobs.
 */
export async function startWorker(config: AppConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  if (config.database.autoMigrate) await runMigrationsLocked(app.get(DataSource));
  await app.get(JobWorkerHost).start({ concurrency: QUEUE_CONCURRENCY });
  await app.get(OutboxRelayLoop).start();
  // Repeatable jobs from the catalogue's schedule list, re-asserted periodically.
  await app.get(ScheduleKeeper).start();
  // Index settings are applied at start; a Meilisearch outage only delays them.
  // The indexers also ensure them before their first write, so nothing is written unsettled.
  void Promise.all([
    app.get(OrganisationIndexer).ensureIndex(),
    app.get(ListingIndexer).ensureIndexes(),
  ]).catch((error: unknown) =>
    app.get(Logger).warn(`Search index settings deferred: ${(error as Error).message}`),
  );
  return app;
}
