import type { AppConfig } from '@rongtong/common';
import { JobName, JobPayloads } from './job-catalogue';

/** When a repeatable job runs: a cron pattern (with its time zone) or a fixed interval. */
export type ScheduleTiming = { pattern: string; tz?: string } | { every: number };

/** One repeatable job: a stable scheduler id, the catalogued job and its typed payload. */
export type JobSchedule = {
  [N in JobName]: { id: string; name: N; timing: ScheduleTiming; payload: JobPayloads[N] };
}[JobName];

/** China calendar days for the daily and weekly jobs that people see. */
const CHINA = 'Asia/Shanghai';

/**
 * Every repeatable job of the product, in one list. The worker registers them at start and the
 * ScheduleKeeper re-asserts them periodically (a Redis that lost its data loses them too).
 * To add one: catalogue the job (name, payload, queue), write its handler, add it here.
 */
export function jobSchedules(config: AppConfig): JobSchedule[] {
  const retention = config.retention;
  return [
    {
      id: 'expire-listings-hourly',
      name: 'catalog.expire-listings',
      timing: { pattern: '7 * * * *' },
      payload: { batchSize: 500 },
    },
    {
      id: 'recompute-matches-nightly',
      name: 'matching.recompute-all',
      timing: { pattern: config.matching.nightlyCron, tz: CHINA },
      payload: { chunkSize: 200 },
    },
    {
      // Just after midnight China time, when yesterday's last valid day has passed.
      id: 'certification-lapses-daily',
      name: 'identity.record-certification-lapses',
      timing: { pattern: '5 0 * * *', tz: CHINA },
      payload: { batchSize: 500 },
    },
    {
      id: 'expiry-reminders-daily',
      name: 'notify.expiry-reminders',
      timing: { pattern: '0 9 * * *', tz: CHINA },
      payload: { daysAhead: 7 },
    },
    {
      id: 'digests-daily',
      name: 'notify.send-digests',
      timing: { pattern: '30 8 * * *', tz: CHINA },
      payload: { frequency: 'daily' },
    },
    {
      id: 'digests-weekly',
      name: 'notify.send-digests',
      timing: { pattern: '30 8 * * 1', tz: CHINA },
      payload: { frequency: 'weekly' },
    },
    {
      id: 'reconcile-outbox',
      name: 'maintenance.reconcile-outbox',
      timing: { every: config.jobs.reconcileIntervalMs },
      payload: { batchSize: 1_000 },
    },
    {
      id: 'repair-search-drift',
      name: 'search.repair-drift',
      timing: { every: config.jobs.reconcileIntervalMs },
      payload: {},
    },
    {
      id: 'reconcile-deliveries',
      name: 'notify.reconcile-deliveries',
      timing: { every: config.jobs.reconcileIntervalMs },
      payload: { staleAfterMs: config.jobs.deliveryStaleAfterMs, batchSize: 1_000 },
    },
    {
      id: 'reconcile-matching',
      name: 'matching.reconcile',
      timing: { every: config.jobs.reconcileIntervalMs },
      payload: { batchSize: 1_000 },
    },
    {
      id: 'prune-outbox-daily',
      name: 'maintenance.prune-outbox',
      timing: { pattern: '17 3 * * *' },
      payload: { olderThanDays: retention.outboxDays },
    },
    {
      id: 'prune-failed-jobs-daily',
      name: 'maintenance.prune-failed-jobs',
      timing: { pattern: '27 3 * * *' },
      payload: { olderThanDays: retention.failedJobDays },
    },
    {
      id: 'prune-notify-history-daily',
      name: 'notify.prune-history',
      timing: { pattern: '37 3 * * *' },
      payload: {
        notificationDays: retention.notificationDays,
        emailDeliveryDays: retention.emailDeliveryDays,
        webhookAttemptDays: retention.webhookAttemptDays,
      },
    },
    {
      id: 'prune-refresh-tokens-daily',
      name: 'identity.prune-refresh-tokens',
      timing: { pattern: '47 3 * * *' },
      payload: { olderThanDays: retention.refreshTokenDays },
    },
  ];
}
