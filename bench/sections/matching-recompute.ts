import { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { LISTING_KINDS } from '@rongtong/catalog';
import { JobQueue, JobRequest } from '@rongtong/jobs';
import { MATCH_CONFIG } from '@rongtong/matching';
import { TABLE } from '../seed';

export interface RecomputeResult {
  listings: number;
  chunks: number;
  chunkSize: number;
  /** First enqueue → last chunk finished. */
  seconds: number;
  listingsPerSecond: number;
  /** Σ per-chunk processing time over the wall time: how many chunks ran side by side. */
  parallelism: number;
  failedChunks: number;
  firstFailure?: string;
  /** Open listings of every kind: what the nightly `matching.recompute-all` would cover. */
  openListings: number;
  extrapolatedFullSetMinutes: number;
  /** Jobs still in the matching queue (e.g. from the lag section) when the run began. */
  backlogAtStart: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Nightly recompute throughput through the product path: `matching.recompute-chunk` jobs of
 * `chunkSize` listings (as `matching.recompute-all` makes them) are enqueued on the matching
 * queue and processed by the running worker at its own concurrency; timed until the last chunk
 * is finished. Needs and achievements in equal parts, the first by id.
 */
export async function runRecompute(options: {
  api: INestApplication;
  pg: Client;
  listings: number;
  log: (line: string) => void;
  deadlineMs: number;
}): Promise<RecomputeResult> {
  const { api, pg, log } = options;
  const jobs = api.get(JobQueue, { strict: false });
  const queue = jobs.queue('matching');
  const chunkSize = MATCH_CONFIG.persistence.chunkSize;

  // A backlog (the lag section publishes thousands of listings) would share the worker. Delayed
  // jobs are left out: the nightly scheduler keeps its next run there.
  const pending = async () => {
    const counts = await queue.getJobCounts('waiting', 'active', 'prioritized');
    return Object.values(counts).reduce((a, b) => a + b, 0);
  };
  const backlogAtStart = await pending();
  if (backlogAtStart > 0) log(`  waiting for ${backlogAtStart} matching jobs to drain first …`);
  while ((await pending()) > 0 && Date.now() < options.deadlineMs) await sleep(500);

  const today = new Date().toISOString().slice(0, 10);
  const requests: JobRequest[] = [];
  const stamp = Date.now();
  for (const kind of ['need', 'achievement'] as const) {
    const { rows } = await pg.query<{ id: string }>(
      `SELECT id FROM ${TABLE[kind]} WHERE status = 'published' AND valid_until >= $1
        ORDER BY id LIMIT $2`,
      [today, Math.ceil(options.listings / 2)],
    );
    for (let start = 0, n = 0; start < rows.length; start += chunkSize, n++) {
      requests.push({
        name: 'matching.recompute-chunk',
        payload: { kind, listingIds: rows.slice(start, start + chunkSize).map((r) => r.id) },
        jobId: `bench-recompute-${stamp}-${kind}-${n}`,
      });
    }
  }
  const listings = requests.reduce(
    (n, r) => n + (r.payload as { listingIds: string[] }).listingIds.length,
    0,
  );
  const started = Date.now();
  await jobs.enqueueMany(requests);
  log(`  ${requests.length} chunks of ≤ ${chunkSize} listings enqueued (${listings} listings)`);

  const ids = requests.map((r) => r.jobId!);
  let finished: { finishedOn: number; processedOn: number; failed?: string }[] = [];
  for (let lastLogged = 0; ;) {
    const jobsNow = await Promise.all(ids.map((id) => queue.getJob(id)));
    finished = [];
    for (const job of jobsNow) {
      if (!job) continue;
      const state = await job.getState();
      if (state !== 'completed' && state !== 'failed') continue;
      finished.push({
        finishedOn: job.finishedOn ?? Date.now(),
        processedOn: job.processedOn ?? started,
        failed: state === 'failed' ? (job.failedReason ?? 'failed') : undefined,
      });
    }
    if (finished.length === ids.length) break;
    if (Date.now() > options.deadlineMs) {
      log(`  recompute deadline reached with ${finished.length}/${ids.length} chunks finished`);
      break;
    }
    if (finished.length !== lastLogged) {
      lastLogged = finished.length;
      log(`  ${finished.length}/${ids.length} chunks finished`);
    }
    await sleep(250);
  }
  const end = Math.max(started + 1, ...finished.map((f) => f.finishedOn));
  const seconds = (end - started) / 1000;
  const doneListings = Math.round((listings * finished.length) / Math.max(1, ids.length));
  const busy = finished.reduce((sum, f) => sum + (f.finishedOn - f.processedOn), 0) / 1000;
  let openListings = 0;
  for (const kind of LISTING_KINDS) {
    const { rows } = await pg.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${TABLE[kind]} WHERE status = 'published' AND valid_until >= $1`,
      [today],
    );
    openListings += Number(rows[0].n);
  }
  const listingsPerSecond = Math.round((doneListings / seconds) * 10) / 10;
  const failures = finished.filter((f) => f.failed);
  return {
    listings: doneListings,
    chunks: ids.length,
    chunkSize,
    seconds: Math.round(seconds * 10) / 10,
    listingsPerSecond,
    parallelism: Math.round((busy / seconds) * 100) / 100,
    failedChunks: failures.length,
    firstFailure: failures[0]?.failed,
    openListings,
    extrapolatedFullSetMinutes: Math.round((openListings / listingsPerSecond / 60) * 10) / 10,
    backlogAtStart,
  };
}
