import { loadConfig } from '@rongtong/common';
import {
  cappedExponentialBackoff,
  JOB_NAMES,
  JobName,
  optionsOf,
  RETRY_BACKOFF_TYPE,
  RETRY_CAP_MS,
  retryDelayMs,
} from './job-catalogue';
import { jobSchedules } from './job-schedules';

/** Sum of the retry delays (without jitter) a job of this name waits through. */
function retrySpanMs(name: JobName): number {
  const options = optionsOf(name);
  const backoff = options.backoff;
  if (typeof backoff !== 'object' || backoff.type !== RETRY_BACKOFF_TYPE) return 0;
  let span = 0;
  for (let retry = 1; retry < (options.attempts ?? 1); retry++) {
    span += retryDelayMs(retry, backoff.delay ?? 0);
  }
  return span;
}

describe('retries sized for outages', () => {
  it.each([
    'search.index-listing',
    'search.index-organisation',
    'matching.match-listing',
    'notify.saved-search-alerts',
    'notify.deliver-email',
    'notify.deliver-webhook',
  ] as const)('%s retries for at least an hour, at most 10 min apart', (name) => {
    const options = optionsOf(name);

    expect(options.backoff).toMatchObject({ type: RETRY_BACKOFF_TYPE });
    expect(retrySpanMs(name)).toBeGreaterThanOrEqual(3_600_000);
    // Not wildly more than an hour either: a job that cannot succeed should fail visibly.
    expect(retrySpanMs(name)).toBeLessThan(2 * 3_600_000);
  });

  it('doubles from the base up to the cap', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, 1_000))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(retryDelayMs(30, 1_000)).toBe(RETRY_CAP_MS);
  });

  it('the strategy adds at most 10 % jitter, never less than the delay', () => {
    const job = { opts: { backoff: { type: RETRY_BACKOFF_TYPE, delay: 2_000 } } };
    for (let i = 0; i < 50; i++) {
      const delay = cappedExponentialBackoff(3, RETRY_BACKOFF_TYPE, undefined, job);
      expect(delay).toBeGreaterThanOrEqual(8_000);
      expect(delay).toBeLessThanOrEqual(8_800);
      const capped = cappedExponentialBackoff(40, RETRY_BACKOFF_TYPE, undefined, job);
      expect(capped).toBeGreaterThanOrEqual(RETRY_CAP_MS);
      expect(capped).toBeLessThanOrEqual(RETRY_CAP_MS * 1.1);
    }
  });

  it('every job keeps its failures for inspection and completions for deduplication', () => {
    for (const name of JOB_NAMES) {
      expect(optionsOf(name)).toMatchObject({ removeOnFail: false });
      expect(optionsOf(name).removeOnComplete).toMatchObject({ age: 7 * 24 * 3600 });
    }
  });
});

describe('jobSchedules', () => {
  const config = loadConfig({
    NODE_ENV: 'development',
    RECONCILE_INTERVAL_MS: '120000',
    RETENTION_OUTBOX_DAYS: '21',
    RETENTION_NOTIFICATION_DAYS: '90',
    MATCH_NIGHTLY_CRON: '30 1 * * *',
  });

  it('has unique ids and catalogued job names', () => {
    const schedules = jobSchedules(config);
    expect(new Set(schedules.map((s) => s.id)).size).toBe(schedules.length);
    for (const schedule of schedules) expect(JOB_NAMES).toContain(schedule.name);
  });

  it('takes intervals, crons and retention days from the configuration', () => {
    const byId = new Map(jobSchedules(config).map((s) => [s.id, s]));

    expect(byId.get('reconcile-outbox')?.timing).toEqual({ every: 120_000 });
    expect(byId.get('repair-search-drift')?.timing).toEqual({ every: 120_000 });
    expect(byId.get('reconcile-matching')?.timing).toEqual({ every: 120_000 });
    expect(byId.get('recompute-matches-nightly')?.timing).toEqual({
      pattern: '30 1 * * *',
      tz: 'Asia/Shanghai',
    });
    expect(byId.get('prune-outbox-daily')?.payload).toEqual({ olderThanDays: 21 });
    expect(byId.get('prune-notify-history-daily')?.payload).toEqual({
      notificationDays: 90,
      emailDeliveryDays: 90,
      webhookAttemptDays: 30,
    });
  });
});
