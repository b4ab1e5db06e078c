// Modules
export { JobsModule } from './jobs.module';
export { JobsWorkerModule } from './jobs-worker.module';

// The job catalogue: names, payloads, options, schedules
export {
  type AccountMailPurpose,
  DEFAULT_JOB_OPTIONS,
  JOB_NAMES,
  type JobName,
  type JobPayload,
  type JobRequest,
  type JobResult,
  optionsOf,
  QUEUE_NAMES,
  type QueueName,
  type TrustSubject,
} from './job-catalogue';
export { jobSchedules } from './job-schedules';

// Services: enqueue, handle, schedule
export { JobQueue } from './job-queue';
export { JobHandler } from './job-handler.decorator';
export { JobHandlerRegistry, JobHandlerRegistryError } from './job-handler-registry';
export { JobWorkerHost } from './job-worker-host';
export { ScheduleKeeper } from './schedule-keeper';

// Outbox events and the jobs each one starts
export {
  isOutboxEventType,
  jobsForOutboxEvent,
  type OutboxEventEnvelope,
  type OutboxEventPayloads,
  type OutboxEventType,
} from './outbox-routes';

// Redis connection
export { redisOptionsFromUrl } from './redis-connection';
export {
  assertRedisReachable,
  RedisProbe,
  RedisUnavailableError,
  withTimeout,
} from './redis-probe';
