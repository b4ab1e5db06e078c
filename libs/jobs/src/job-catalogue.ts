import type { JobsOptions } from 'bullmq';
import type { ListingKind } from '@rongtong/common';

/**
 * The one place BullMQ names live: queues, job names, payload types and default options.
 * Payloads carry ids (and the version that triggered them), never records: handlers reload
 * current state from PostgreSQL.
 */
export const QUEUE_NAMES = ['search', 'catalog', 'matching', 'notify', 'maintenance'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

/**
 * Mails about a user's own account (no inbox row, no unsubscribe): the link to verify the
 * address, the link to reset the password, "someone tried to register with your address",
 * "your password was changed".
 */
export const ACCOUNT_MAIL_PURPOSES = [
  'verify-email',
  'reset-password',
  'registration-attempt',
  'password-changed',
] as const;
export type AccountMailPurpose = (typeof ACCOUNT_MAIL_PURPOSES)[number];

/** Records whose review decides what an organisation may claim about itself. */
export const TRUST_SUBJECTS = ['certification', 'uscc_claim', 'name_change'] as const;
export type TrustSubject = (typeof TRUST_SUBJECTS)[number];

export interface JobPayloads {
  /** Upsert (or remove) an organisation's capability profile in the search index. */
  'search.index-organisation': { organisationId: string; version: number };
  /** Reconciliation (repeatable): compare every index with PostgreSQL and rewrite what drifted. */
  'search.repair-drift': Record<string, never>;
  /** Upsert a published listing's document, or remove it when it is not (or no longer) public. */
  'search.index-listing': { kind: ListingKind; listingId: string; version: number };
  /** Move published listings past their validity to `expired` (repeatable). */
  'catalog.expire-listings': { batchSize: number };
  /** Delete completed outbox rows older than the retention window. */
  'maintenance.prune-outbox': { olderThanDays: number };
  /** Delete failed jobs older than the retention window from every queue. */
  'maintenance.prune-failed-jobs': { olderThanDays: number };
  /**
   * Reconciliation (repeatable): outbox rows relayed but not completed whose jobs are no longer
   * in Redis (a flush, a restore) are relayed again; rows whose jobs all finished are completed.
   */
  'maintenance.reconcile-outbox': { batchSize: number };
  /** Recompute the matches of one listing (published: upsert; otherwise: retire its matches). */
  'matching.match-listing': { kind: ListingKind; listingId: string; version: number };
  /** Reconciliation (repeatable): re-queue open listings whose current version was never matched. */
  'matching.reconcile': { batchSize: number };
  /** Nightly: split every published listing into recompute chunks (repeatable). */
  'matching.recompute-all': { chunkSize: number };
  /** One chunk of the nightly recompute: the listings of one kind, by id. */
  'matching.recompute-chunk': { kind: ListingKind; listingIds: string[] };
  /** Send one account mail; links are signed when sent. `requestId` becomes the Message-ID. */
  'notify.account-mail': { userId: string; purpose: AccountMailPurpose; requestId: string };
  /** Send one recorded email delivery (a single notification or a digest). */
  'notify.deliver-email': { deliveryId: string };
  /** POST one recorded webhook delivery to its endpoint, signed. */
  'notify.deliver-webhook': { deliveryId: string };
  /** Tell a listing's owners the outcome of its review. */
  'notify.review-result': { kind: ListingKind; listingId: string; transitionId: string };
  /**
   * Tell the people who asked the outcome of a certificate, USCC claim or name change review
   * (`decisionId`: the history row of that decision).
   */
  'notify.trust-decision': { subject: TrustSubject; subjectId: string; decisionId: string };
  /** Daily: remind owners of listings whose last day is `daysAhead` days away (repeatable). */
  'notify.expiry-reminders': { daysAhead: number };
  /** Match a newly published or changed listing against the saved searches of all users. */
  'notify.saved-search-alerts': { kind: ListingKind; listingId: string; version: number };
  /**
   * At a challenge's application deadline (a delayed job, one per deadline set): closes
   * applications and tells the owner; stale when the deadline was extended meanwhile.
   */
  'challenges.close-applications': { challengeId: string; deadlineAt: string };
  /**
   * After a challenge listing changed (a reviewed edit took effect): its open application round
   * follows the listing's last day (see RoundDeadlines in libs/challenges).
   */
  'challenges.sync-deadline': { challengeId: string };
  /** Mail an external expert the invitation to evaluate a challenge (the link is minted then). */
  'challenges.mail-evaluator-invitation': { evaluatorId: string };
  /**
   * Before a 对接会 meeting (a delayed job per published sequence): both sides are reminded;
   * stale when the meeting moved or was cancelled since.
   */
  'events.meeting-reminder': { meetingId: string; sequence: number };
  /**
   * Run the 对接会 scheduler for one requested run (its row holds the event and the options);
   * progress and figures go to the row, which the organiser's page polls.
   */
  'events.run-schedule': { runId: string };
  /**
   * At a published meeting's start plus the event's grace period (a delayed job per sequence):
   * a side with nobody checked in makes it a no-show, which frees its slot and table; stale
   * when the meeting moved or changed status since.
   */
  'events.no-show-check': { meetingId: string; sequence: number };
  /** Gather undelivered notifications into one mail per user (repeatable, daily and weekly). */
  'notify.send-digests': { frequency: 'daily' | 'weekly' };
  /**
   * Reconciliation (repeatable): email and webhook deliveries pending and untouched for
   * `staleAfterMs` are queued again (their job was lost or failed without a send attempt).
   */
  'notify.reconcile-deliveries': { staleAfterMs: number; batchSize: number };
  /** Delete old notifications, settled email deliveries and webhook attempts (repeatable). */
  'notify.prune-history': {
    notificationDays: number;
    emailDeliveryDays: number;
    webhookAttemptDays: number;
  };
  /** Daily: record certificates whose validity ended and re-index their organisations. */
  'identity.record-certification-lapses': { batchSize: number };
  /** Delete refresh tokens expired or revoked longer ago than the retention (repeatable). */
  'identity.prune-refresh-tokens': { olderThanDays: number };
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

/**
 * Retries sized for real outages: the delay doubles from `baseMs` up to a cap (10 min), plus up
 * to 10 % jitter upwards so a backlog does not retry in lockstep, and the attempts are counted
 * so that the retries span at least an hour. A Meilisearch, SMTP or receiver outage shorter than
 * that delays the work; a longer one leaves the job failed (kept, retried from the dashboard),
 * and the reconciliation job re-enqueues what PostgreSQL still says is pending.
 */
export const RETRY_BACKOFF_TYPE = 'capped-exponential';
export const RETRY_CAP_MS = 10 * 60_000;
export const RETRY_MIN_SPAN_MS = 60 * 60_000;
const RETRY_JITTER = 0.1;

/** The delay before retry number `attemptsMade` (1 = the first retry), without jitter. */
export function retryDelayMs(attemptsMade: number, baseMs: number): number {
  return Math.min(RETRY_CAP_MS, baseMs * 2 ** Math.max(0, attemptsMade - 1));
}

/** The worker's backoff strategy for `RETRY_BACKOFF_TYPE` (BullMQ calls it per failed attempt). */
export function cappedExponentialBackoff(
  attemptsMade: number,
  type?: string,
  _error?: Error,
  job?: { opts?: JobsOptions },
): number {
  const backoff = job?.opts?.backoff;
  const baseMs = typeof backoff === 'object' && backoff.delay ? backoff.delay : 1_000;
  const delay = retryDelayMs(attemptsMade, baseMs);
  return Math.round(delay * (1 + Math.random() * RETRY_JITTER));
}

/** Attempts (first try included) whose retry delays add up to at least `RETRY_MIN_SPAN_MS`. */
export function attemptsSpanningAnHour(baseMs: number): number {
  let span = 0;
  let attempts = 1;
  while (span < RETRY_MIN_SPAN_MS) {
    span += retryDelayMs(attempts, baseMs);
    attempts += 1;
  }
  return attempts;
}

/** Options of a job retried through outages of an hour or more. */
export function outageRetries(baseMs: number): JobsOptions {
  return {
    attempts: attemptsSpanningAnHour(baseMs),
    backoff: { type: RETRY_BACKOFF_TYPE, delay: baseMs },
  };
}

/** Every job: outage-sized retries; failures kept for inspection and replay. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  ...outageRetries(1_000),
  // Completed jobs stay long enough that a relay replaying an outbox row finds the job id
  // taken and BullMQ ignores the duplicate (and that reconciliation can tell them done).
  removeOnComplete: { age: 7 * 24 * 3600, count: 100_000 },
  // Failed jobs are kept (dashboard, retry) until the failed-jobs retention removes them.
  removeOnFail: false,
};

/** Repeatable jobs re-run at their next slot: a few quick retries, then the next run. */
const REPEATABLE: JobsOptions = { attempts: 3, backoff: { type: 'exponential', delay: 5_000 } };

export const JOB_DEFINITIONS: { [N in JobName]: JobDefinition } = {
  'search.index-organisation': { queue: 'search' },
  'search.index-listing': { queue: 'search' },
  'search.repair-drift': { queue: 'maintenance', options: REPEATABLE },
  'catalog.expire-listings': { queue: 'catalog', options: REPEATABLE },
  'maintenance.prune-outbox': { queue: 'maintenance', options: REPEATABLE },
  'maintenance.prune-failed-jobs': { queue: 'maintenance', options: REPEATABLE },
  'maintenance.reconcile-outbox': { queue: 'maintenance', options: REPEATABLE },
  'challenges.close-applications': { queue: 'catalog' },
  'challenges.sync-deadline': { queue: 'catalog' },
  'challenges.mail-evaluator-invitation': { queue: 'notify' },
  'events.meeting-reminder': { queue: 'notify' },
  'events.no-show-check': { queue: 'catalog' },
  // A run is an organiser waiting at the page: a few quick retries, then the run is failed.
  'events.run-schedule': {
    queue: 'catalog',
    options: { attempts: 3, backoff: { type: 'exponential', delay: 2_000 } },
  },
  'matching.match-listing': { queue: 'matching' },
  'matching.recompute-all': { queue: 'matching', options: REPEATABLE },
  'matching.recompute-chunk': { queue: 'matching' },
  'matching.reconcile': { queue: 'matching', options: REPEATABLE },
  'notify.deliver-email': { queue: 'notify' },
  'notify.account-mail': { queue: 'notify' },
  // 2, 4, 8 … 512 s, then every 10 min: a receiver down for an hour still gets the event.
  'notify.deliver-webhook': { queue: 'notify', options: outageRetries(2_000) },
  'notify.review-result': { queue: 'notify' },
  'notify.trust-decision': { queue: 'notify' },
  'notify.expiry-reminders': { queue: 'notify', options: REPEATABLE },
  'notify.saved-search-alerts': { queue: 'notify' },
  'notify.send-digests': { queue: 'notify', options: REPEATABLE },
  'notify.prune-history': { queue: 'maintenance', options: REPEATABLE },
  'notify.reconcile-deliveries': { queue: 'maintenance', options: REPEATABLE },
  'identity.prune-refresh-tokens': { queue: 'maintenance', options: REPEATABLE },
  'identity.record-certification-lapses': { queue: 'maintenance', options: REPEATABLE },
};

export const JOB_NAMES = Object.keys(JOB_DEFINITIONS) as JobName[];

export function queueOf(name: JobName): QueueName {
  return JOB_DEFINITIONS[name].queue;
}

export function optionsOf(name: JobName): JobsOptions {
  return { ...DEFAULT_JOB_OPTIONS, ...JOB_DEFINITIONS[name].options };
}

/**
 * A job to enqueue: its name, typed payload, (for idempotent producers) a deterministic id and,
 * for a job that waits, the instant it should run (ISO 8601; past instants run at once).
 */
export type JobRequest = {
  [N in JobName]: { name: N; payload: JobPayloads[N]; jobId?: string; runAt?: string };
}[JobName];

/** BullMQ's delay for a request's runAt, from `now` (ms since the epoch). */
export function delayOf(request: { runAt?: string }, now: number): number | undefined {
  if (!request.runAt) return undefined;
  return Math.max(0, new Date(request.runAt).getTime() - now);
}
