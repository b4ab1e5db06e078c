import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Job, Queue, Worker } from 'bullmq';
import Redis from 'ioredis';
import { Client } from 'pg';
import { AppConfig } from '@rongtong/common';
import { TransactionRunner } from '@rongtong/database';
import { DEFAULT_JOB_OPTIONS, JobQueue } from '@rongtong/jobs';
import { NotificationIntent, NotificationRecorder } from '@rongtong/notify';
import { BenchSmtpSink } from '../smtp-sink';
import { distribution, Distribution, nowMs, ratio } from '../stats';
import { QUEUE_CONCURRENCY } from '../../apps/worker/src/bootstrap';

/** The worker's notify queue concurrency, so the no-op floor runs at the same. */
export const NOTIFY_QUEUE_CONCURRENCY = QUEUE_CONCURRENCY.notify;

export interface NoopJobsResult {
  jobs: number;
  concurrency: number;
  seconds: number;
  jobsPerSecond: number;
  /** Added → completed, per job. */
  latencyMs: Distribution;
}

export interface NotifySectionResult {
  notifications: number;
  intentsPerTransaction: number;
  parallelRecorders: number;
  /** Recording only: NotificationRecorder.record in transactions, back to back. */
  recordSeconds: number;
  recordedPerSecond: number;
  /** First record → last mail received by the SMTP sink. */
  seconds: number;
  notificationsPerSecond: number;
  delivered: number;
  deliveries: Record<string, number>;
  /** Transaction commit → mail received, per notification. */
  endToEndMs: Distribution;
  /** Recorded with the notify queue paused, then resumed: resume → last mail. */
  drain: { delivered: number; seconds: number; mailsPerSecond: number };
  noop: NoopJobsResult;
  ratioToNoop: number;
  drainRatioToNoop: number;
  timedOut: boolean;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * The BullMQ floor: `count` empty jobs added (in bulk, with the product's default job options) to
 * a scratch queue and processed by one worker at the notify queue's concurrency.
 */
export async function runNoopJobs(config: AppConfig, count: number): Promise<NoopJobsResult> {
  const prefix = config.redis.queuePrefix;
  const name = `bench-noop-${Date.now()}`;
  const producer = new Redis(config.redis.url, { maxRetriesPerRequest: null });
  const consumer = new Redis(config.redis.url, { maxRetriesPerRequest: null });
  const queue = new Queue(name, { connection: producer, prefix });
  const latencies: number[] = [];
  let completed = 0;
  let resolveDone!: () => void;
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  const worker = new Worker(name, () => Promise.resolve(undefined), {
    connection: consumer,
    prefix,
    concurrency: NOTIFY_QUEUE_CONCURRENCY,
  });
  worker.on('completed', (job: Job) => {
    latencies.push((job.finishedOn ?? Date.now()) - job.timestamp);
    if (++completed === count) resolveDone();
  });
  await worker.waitUntilReady();
  try {
    const started = nowMs();
    for (let i = 0; i < count; i += 1000) {
      await queue.addBulk(
        Array.from({ length: Math.min(1000, count - i) }, (_, k) => ({
          name: 'noop',
          data: { n: i + k },
          opts: DEFAULT_JOB_OPTIONS,
        })),
      );
    }
    await Promise.race([done, sleep(300_000)]);
    const seconds = (nowMs() - started) / 1000;
    return {
      jobs: completed,
      concurrency: NOTIFY_QUEUE_CONCURRENCY,
      seconds: Math.round(seconds * 100) / 100,
      jobsPerSecond: Math.round(completed / seconds),
      latencyMs: distribution(latencies),
    };
  } finally {
    await worker.close();
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    producer.disconnect();
    consumer.disconnect();
  }
}

function intentFor(userId: string, n: number, tag: string): NotificationIntent {
  const matchId = randomUUID();
  return {
    type: 'match.found',
    recipients: { userIds: [userId] },
    dedupKey: `bench-notify:${tag}:${n}`,
    subject: { kind: 'match', id: matchId },
    organisationId: null,
    params: {
      matchId,
      listing: { kind: 'need', id: randomUUID(), title: '寻求锂离子电池热失控预警技术' },
      counterpart: {
        kind: 'achievement',
        id: randomUUID(),
        title: '锂离子电池热失控早期预警方法',
        organisationName: '东北理工大学',
      },
      score: 82,
      previousScore: null,
      reasons: [
        { zh: '关键词重合: 锂离子电池、热失控', en: 'Shared keywords: 锂离子电池, 热失控' },
        { zh: '行业一致: C3841', en: 'Same industry: C3841' },
      ],
    },
  };
}

interface BenchUser {
  id: string;
  email: string;
}

async function createUsers(pg: Client, tag: string, count: number): Promise<BenchUser[]> {
  const { rows } = await pg.query<BenchUser>(
    `INSERT INTO app_user (email, display_name, locale, password_hash)
     SELECT 'bench-notify-' || $1::text || '-' || i || '@bench.rongtong.test', '评测用户' || i,
            CASE WHEN i % 4 = 0 THEN 'en' ELSE 'zh-CN' END, 'not-a-password-hash'
       FROM generate_series(1, $2::int) AS i
     RETURNING id, email`,
    [tag, count],
  );
  return rows;
}

/**
 * One match.found per user through NotificationRecorder.record, in transactions of
 * `perTransaction` intents on `parallel` concurrent streams (as the matching queue's jobs record
 * theirs). Returns each user's commit time.
 */
async function recordAll(
  api: INestApplication,
  users: readonly BenchUser[],
  perTransaction: number,
  parallel: number,
  tag: string,
): Promise<{ committedAt: Map<string, number>; started: number; seconds: number }> {
  const recorder = api.get(NotificationRecorder, { strict: false });
  const transactions = api.get(TransactionRunner, { strict: false });
  const committedAt = new Map<string, number>();
  const batches: BenchUser[][] = [];
  for (let i = 0; i < users.length; i += perTransaction)
    batches.push(users.slice(i, i + perTransaction));
  let next = 0;
  const started = nowMs();
  const stream = async () => {
    for (let b = next++; b < batches.length; b = next++) {
      const batch = batches[b];
      await transactions.run((manager) =>
        recorder.record(
          manager,
          batch.map((user, k) => intentFor(user.id, b * perTransaction + k, tag)),
        ),
      );
      const at = nowMs();
      for (const user of batch) committedAt.set(user.email, at);
    }
  };
  await Promise.all(Array.from({ length: parallel }, stream));
  return { committedAt, started, seconds: (nowMs() - started) / 1000 };
}

/** Waits until every user's mail reached the sink (or the deadline); returns whether all did. */
async function waitForMails(
  sink: BenchSmtpSink,
  users: readonly BenchUser[],
  deadlineMs: number,
  log: (line: string) => void,
): Promise<boolean> {
  for (let lastLogged = 0; ;) {
    const arrived = users.filter((u) => sink.arrivals.has(u.email)).length;
    if (arrived === users.length) return true;
    if (Date.now() > deadlineMs) {
      log(`  deadline reached with ${arrived}/${users.length} mails received`);
      return false;
    }
    if (arrived - lastLogged >= 500) {
      lastLogged = arrived;
      log(`  ${arrived}/${users.length} mails received`);
    }
    await sleep(20);
  }
}

function arrivalsOf(sink: BenchSmtpSink, users: readonly BenchUser[]): number[] {
  return users.flatMap((u) => {
    const at = sink.arrivals.get(u.email);
    return at === undefined ? [] : [at];
  });
}

/**
 * Notifications per second, two ways, against the no-op job rate measured first:
 * - end to end: `count` users (raw SQL), one match.found each recorded while the running worker
 *   relays the outbox, runs `notify.deliver-email` and sends over SMTP to a sink in this
 *   process; first record → last mail received, and commit → received per notification;
 * - delivery drain: `count` more recorded while the notify queue is paused, relayed, then the
 *   queue is resumed; resume → last mail received (the deliver-email jobs alone).
 */
export async function runNotifySection(options: {
  api: INestApplication;
  config: AppConfig;
  pg: Client;
  sink: BenchSmtpSink;
  count: number;
  perTransaction: number;
  parallel: number;
  deadlineMs: number;
  log: (line: string) => void;
}): Promise<NotifySectionResult> {
  const { api, pg, sink, count, perTransaction, parallel, log } = options;
  log(`  no-op BullMQ floor: ${count} empty jobs at concurrency ${NOTIFY_QUEUE_CONCURRENCY} …`);
  const noop = await runNoopJobs(options.config, count);
  log(`  no-op: ${noop.jobsPerSecond} jobs/s`);

  const tag = String(Date.now());
  const users = await createUsers(pg, `${tag}-e2e`, count);
  log(`  end to end: ${count} match.found, ${perTransaction} per transaction × ${parallel} …`);
  const recorded = await recordAll(api, users, perTransaction, parallel, `${tag}-e2e`);
  log(`  recorded in ${recorded.seconds.toFixed(1)} s; waiting for the mails …`);
  const allArrived = await waitForMails(sink, users, options.deadlineMs, log);
  const latencies = users.flatMap((u) => {
    const at = sink.arrivals.get(u.email);
    return at === undefined ? [] : [at - recorded.committedAt.get(u.email)!];
  });
  const last = Math.max(recorded.started, ...arrivalsOf(sink, users));
  const seconds = (last - recorded.started) / 1000;
  const notificationsPerSecond = Math.round((latencies.length / seconds) * 10) / 10;

  const drainUsers = await createUsers(pg, `${tag}-drain`, count);
  const notify = api.get(JobQueue, { strict: false }).queue('notify');
  log(`  drain: recording ${count} more with the notify queue paused …`);
  await notify.pause();
  try {
    await recordAll(api, drainUsers, perTransaction, parallel, `${tag}-drain`);
    while (Date.now() < options.deadlineMs) {
      const { rows } = await pg.query<{ n: string }>(
        'SELECT count(*) AS n FROM outbox_event WHERE relayed_at IS NULL',
      );
      if (Number(rows[0].n) === 0) break;
      await sleep(50);
    }
  } finally {
    await notify.resume();
  }
  const resumed = nowMs();
  const drained = await waitForMails(sink, drainUsers, options.deadlineMs, log);
  const drainArrivals = arrivalsOf(sink, drainUsers);
  const drainSeconds = (Math.max(resumed, ...drainArrivals) - resumed) / 1000;
  const drain: NotifySectionResult['drain'] = {
    delivered: drainArrivals.length,
    seconds: Math.round(drainSeconds * 100) / 100,
    mailsPerSecond: Math.round((drainArrivals.length / drainSeconds) * 10) / 10,
  };

  const { rows: statuses } = await pg.query<{ status: string; n: string }>(
    `SELECT d.status, count(*) AS n FROM email_delivery d
       JOIN app_user u ON u.id = d.user_id
      WHERE u.email LIKE $1 GROUP BY d.status`,
    [`bench-notify-${tag}-%`],
  );
  return {
    notifications: count,
    intentsPerTransaction: perTransaction,
    parallelRecorders: parallel,
    recordSeconds: Math.round(recorded.seconds * 100) / 100,
    recordedPerSecond: Math.round(count / recorded.seconds),
    seconds: Math.round(seconds * 100) / 100,
    notificationsPerSecond,
    delivered: latencies.length,
    deliveries: Object.fromEntries(statuses.map((s) => [s.status, Number(s.n)])),
    endToEndMs: distribution(latencies),
    drain,
    noop,
    ratioToNoop: ratio(notificationsPerSecond, noop.jobsPerSecond),
    drainRatioToNoop: ratio(drain.mailsPerSecond, noop.jobsPerSecond),
    timedOut: !allArrived || !drained,
  };
}
