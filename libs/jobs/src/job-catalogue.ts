import type { JobsOptions } from 'bullmq';
import type { ListingKind } from '@rongtong/common';

/**
 * The one place BullMQ names live: queues, job names, payload types and default options.
 * Payloads carry ids (and the version that triggered them), never records: handlers reload
 * current state from PostgreSQL.
 */
export const QUEUE_NAMES = ['search', 'catalog', 'matching', 'notify', 'maintenance'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobPayloads {
  /** Upsert (or remove) an organisation's capability profile in the search index. */
  'search.index-organisation': { organisationId: string; version: number };
  /** Upsert a published listing's document, or remove it when it is not (or no longer) public. */
  'search.index-listing': { kind: ListingKind; listingId: string; version: number };
  /** Move published listings past their validity to `expired` (repeatable). */
  'catalog.expire-listings': { batchSize: number };
  /** Delete relayed outbox rows older than the retention window. */
  'maintenance.prune-outbox': { olderThanDays: number };
  /** Recompute the matches of one listing (published: upsert; otherwise: retire its matches). */
  'matching.match-listing': { kind: ListingKind; listingId: string; version: number };
  /** Nightly: split every published listing into recompute chunks (repeatable). */
  'matching.recompute-all': { chunkSize: number };
  /** One chunk of the nightly recompute: the listings of one kind, by id. */
  'matching.recompute-chunk': { kind: ListingKind; listingIds: string[] };
  /** Send one recorded email delivery (a single notification or a digest). */
  'notify.deliver-email': { deliveryId: string };
  /** POST one recorded webhook delivery to its endpoint, signed. */
  'notify.deliver-webhook': { deliveryId: string };
  /** Tell a listing's owners the outcome of its review. */
  'notify.review-result': { kind: ListingKind; listingId: string; transitionId: string };
  /** Daily: remind owners of listings whose last day is `daysAhead` days away (repeatable). */
  'notify.expiry-reminders': { daysAhead: number };
  /** Match a newly published or changed listing against the saved searches of all users. */
  'notify.saved-search-alerts': { kind: ListingKind; listingId: string; version: number };
  /** Gather undelivered notifications into one mail per user (repeatable, daily and weekly). */
  'notify.send-digests': { frequency: 'daily' | 'weekly' };
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
  'matching.match-listing': { queue: 'matching' },
  'matching.recompute-all': { queue: 'matching', options: { attempts: 3 } },
  'matching.recompute-chunk': { queue: 'matching' },
  'notify.deliver-email': { queue: 'notify' },
  // ~2, 4, 8 … 256 s between attempts: an endpoint down for a few minutes still gets the event.
  'notify.deliver-webhook': {
    queue: 'notify',
    options: { attempts: 9, backoff: { type: 'exponential', delay: 2_000 } },
  },
  'notify.review-result': { queue: 'notify' },
  'notify.expiry-reminders': { queue: 'notify', options: { attempts: 3 } },
  'notify.saved-search-alerts': { queue: 'notify' },
  'notify.send-digests': { queue: 'notify', options: { attempts: 3 } },
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
