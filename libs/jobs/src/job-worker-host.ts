import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import { APP_CONFIG, AppConfig } from '@rongtong/common';
import {
  cappedExponentialBackoff,
  JobName,
  JobPayloads,
  JobResult,
  QUEUE_NAMES,
  QueueName,
} from './job-catalogue';
import { JobHandlerRegistry } from './job-handler-registry';
import { workerRedisOptions } from './redis-connection';

export interface WorkerHostOptions {
  /** Jobs processed at once per queue. */
  concurrency?: Partial<Record<QueueName, number>>;
}

/** Runs one BullMQ worker per queue, dispatching each job to its registered handler. */
@Injectable()
export class JobWorkerHost implements OnApplicationShutdown {
  private readonly logger = new Logger(JobWorkerHost.name);
  private readonly workers: Worker[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: JobHandlerRegistry,
  ) {}

  /** Validates the registry (throws if a job has no handler or two), then starts consuming. */
  async start(options: WorkerHostOptions = {}): Promise<void> {
    const handlers = this.registry.resolve();
    for (const queue of QUEUE_NAMES) {
      const worker = new Worker(
        queue,
        async (job: Job<JobPayloads[JobName]>) => {
          const handler = handlers.get(job.name as JobName);
          if (!handler) throw new UnrecoverableError(`No handler for job ${job.name}`);
          const result: JobResult = await handler(job.data, job);
          if (result.status === 'failed-permanently') throw new UnrecoverableError(result.reason);
          return result;
        },
        {
          connection: workerRedisOptions(this.config.redis.url),
          prefix: this.config.redis.queuePrefix,
          concurrency: options.concurrency?.[queue] ?? 10,
          lockDuration: this.config.jobs.lockDurationMs,
          stalledInterval: this.config.jobs.lockDurationMs,
          autorun: false,
          settings: { backoffStrategy: cappedExponentialBackoff },
        },
      );
      worker.on('failed', (job, error) =>
        this.logger.warn(
          `Job ${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${error.message}`,
        ),
      );
      worker.on('error', (error) => this.logger.error(`Worker for ${queue}: ${error.message}`));
      this.workers.push(worker);
      void worker.run();
    }
    await Promise.all(this.workers.map((worker) => worker.waitUntilReady()));
    this.logger.log(
      `Consuming queues ${QUEUE_NAMES.join(', ')} with ${handlers.size} job handlers`,
    );
  }

  isRunning(): boolean {
    return this.workers.length > 0 && this.workers.every((worker) => worker.isRunning());
  }

  /** Stops taking jobs and waits for those in flight to finish. */
  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    this.workers.length = 0;
  }
}
