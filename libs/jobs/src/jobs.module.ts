import { DynamicModule, Module } from '@nestjs/common';
import { BullModule } from '@nestjs/bullmq';
import { APP_CONFIG, AppConfig } from '@rongtong/common';
import { DEFAULT_JOB_OPTIONS, QUEUE_NAMES } from './job-catalogue';
import { JobQueue } from './job-queue';
import { producerRedisOptions } from './redis-connection';
import { RedisProbe } from './redis-probe';

/** Registers the catalogue's queues on Redis and provides the typed producer. */
@Module({})
export class JobsModule {
  static forRoot(): DynamicModule {
    return {
      module: JobsModule,
      global: true,
      imports: [
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            connection: producerRedisOptions(config.redis.url),
            prefix: config.redis.queuePrefix,
          }),
        }),
        // A job added without the catalogue's options (a raw `add`) still gets outage-sized retries.
        BullModule.registerQueue(
          ...QUEUE_NAMES.map((name) => ({ name, defaultJobOptions: DEFAULT_JOB_OPTIONS })),
        ),
      ],
      providers: [JobQueue, RedisProbe],
      exports: [JobQueue, RedisProbe, BullModule],
    };
  }
}
