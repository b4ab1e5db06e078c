import type { JobsOptions } from 'bullmq';

/**
 * The one place BullMQ names live: queues, job names, payload types and default options.
 * Payloads carry ids (and the version that triggered them), never records: handlers reload
 * current state from PostgreSQL.
 */
export const QUEUE_NAMES = ['search', 'catalog', 'maintenance'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/** The listing types, as job payloads name them. */
export type ListingKindName = 'need' | 'achievement' | 'challenge';

export interface JobPayloads {
  /** Upsert (or remove) an organisation's capability profile in the search index. */
  'search.index-organisation': { organisationId: string; version: number };
  /** Upsert a published listing's document, or remove it when it is not (or no longer) public. */
  'search.index-listing': { kind: ListingKindName; listingId: string; version: number };
  /** Move published listings past their validity to `expired` (repeatable). */
  'catalog.expire-listings': { batchSize: number };
  /** Delete relayed outbox rows older than the retention window. */
  'maintenance.prune-outbox': { olderThanDays: number };
}

export type JobName = keyof JobPayloads;
export type JobPayload<N extends JobName> = JobPayloads[N];

/** What a handler reports; a permanent failure is recorded and not retried. */
export type JobResult =
  | { status: 'done'; detail?: string }
  | { status: 'skipped'; reason: string }
  | { status: 'failed-permanently'; reason: string };

interface JobDefinition {
  queue: QueueName;
  options?: JobsOptions;
}

/** Retries with exponential backoff; failures kept for inspection and replay. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1_000 },
  // Completed jobs stay long enough that a relay replaying an outbox row finds the job id
  // taken and BullMQ ignores the duplicate.
  removeOnComplete: { age: 7 * 24 * 3600, count: 100_000 },
  removeOnFail: false,
};

export const JOB_DEFINITIONS: { [N in JobName]: JobDefinition } = {
  'search.index-organisation': { queue: 'search' },
  'search.index-listing': { queue: 'search' },
  'catalog.expire-listings': { queue: 'catalog', options: { attempts: 3 } },
  'maintenance.prune-outbox': { queue: 'maintenance', options: { attempts: 3 } },
};

export const JOB_NAMES = Object.keys(JOB_DEFINITIONS) as JobName[];

export function queueOf(name: JobName): QueueName {
  return JOB_DEFINITIONS[name].queue;
}

export function optionsOf(name: JobName): JobsOptions {
  return { ...DEFAULT_JOB_OPTIONS, ...JOB_DEFINITIONS[name].options };
}

/** A job to enqueue: its name, typed payload and (for idempotent producers) a deterministic id. */
export type JobRequest = {
  [N in JobName]: { name: N; payload: JobPayloads[N]; jobId?: string };
}[JobName];
