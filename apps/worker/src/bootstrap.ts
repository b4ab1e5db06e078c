import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppConfig } from '@rongtong/common';
import { OutboxRelayLoop, runMigrationsLocked } from '@rongtong/database';
import { JobQueue, JobWorkerHost } from '@rongtong/jobs';
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
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  if (config.database.autoMigrate) await runMigrationsLocked(app.get(DataSource));
  await app.get(JobWorkerHost).start({ concurrency: QUEUE_CONCURRENCY });
  await app.get(OutboxRelayLoop).start();
  await app
    .get(JobQueue)
    .queue('maintenance')
    .upsertJobScheduler(
      'prune-outbox-daily',
      { pattern: '17 3 * * *' },
      { name: 'maintenance.prune-outbox', data: { olderThanDays: 14 } },
    );
  await app
    .get(JobQueue)
    .queue('catalog')
    .upsertJobScheduler(
      'expire-listings-hourly',
      { pattern: '7 * * * *' },
      { name: 'catalog.expire-listings', data: { batchSize: 500 } },
    );
  await scheduleMatchingAndNotifications(app.get(JobQueue), config);
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

/** Repeatable jobs of matching and notifications; days are China calendar days. */
async function scheduleMatchingAndNotifications(jobs: JobQueue, config: AppConfig): Promise<void> {
  const tz = 'Asia/Shanghai';
  await jobs
    .queue('matching')
    .upsertJobScheduler(
      'recompute-matches-nightly',
      { pattern: config.matching.nightlyCron, tz },
      { name: 'matching.recompute-all', data: { chunkSize: 200 } },
    );
  await jobs
    .queue('notify')
    .upsertJobScheduler(
      'expiry-reminders-daily',
      { pattern: '0 9 * * *', tz },
      { name: 'notify.expiry-reminders', data: { daysAhead: 7 } },
    );
  await jobs
    .queue('notify')
    .upsertJobScheduler(
      'digests-daily',
      { pattern: '30 8 * * *', tz },
      { name: 'notify.send-digests', data: { frequency: 'daily' } },
    );
  await jobs
    .queue('notify')
    .upsertJobScheduler(
      'digests-weekly',
      { pattern: '30 8 * * 1', tz },
      { name: 'notify.send-digests', data: { frequency: 'weekly' } },
    );
}
