import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppConfig } from '@rongtong/common';
import { OutboxRelayLoop, runMigrationsLocked } from '@rongtong/database';
import { JobQueue, JobWorkerHost } from '@rongtong/jobs';
import { OrganisationIndexer } from '@rongtong/search';
import { WorkerModule } from './worker.module';

/**
 * Builds and starts the worker: migrations, the job handlers (boot fails if a catalogued job has
 * no handler or two), the outbox relay and the repeatable maintenance jobs.
 */
export async function startWorker(config: AppConfig): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  if (config.database.autoMigrate) await runMigrationsLocked(app.get(DataSource));
  await app.get(JobWorkerHost).start();
  await app.get(OutboxRelayLoop).start();
  await app
    .get(JobQueue)
    .queue('maintenance')
    .upsertJobScheduler(
      'prune-outbox-daily',
      { pattern: '17 3 * * *' },
      { name: 'maintenance.prune-outbox', data: { olderThanDays: 14 } },
    );
  // Index settings are applied at start; a Meilisearch outage only delays them.
  app
    .get(OrganisationIndexer)
    .ensureIndex()
    .catch((error: unknown) =>
      app.get(Logger).warn(`Search index settings deferred: ${(error as Error).message}`),
    );
  return app;
}
