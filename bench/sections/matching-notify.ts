import { ReindexService } from '@rongtong/search';
import { ListingGenerator } from '../generator';
import { BenchEnvironment } from '../product';
import { Figure } from '../report';
import { BenchSmtpSink } from '../smtp-sink';
import { MatchingLatencyResult, runMatchingLatency } from './matching';
import { RecomputeResult, runRecompute } from './matching-recompute';
import { NotifySectionResult, runNotifySection } from './notify';

export interface MatchingSectionResult {
  latency: MatchingLatencyResult;
  recompute?: RecomputeResult;
  recomputeSkipped?: string;
}

/** The worker runs the recompute chunks and the notification jobs; started once. */
async function ensureWorker(env: BenchEnvironment): Promise<boolean> {
  return env.worker !== undefined || (await env.startWorker());
}

/**
 * Matching over the seeded corpus (PostgreSQL + the live indexes, which the run fills before):
 * latency of one new listing, then recompute throughput through the worker.
 */
export async function runMatchingSection(options: {
  env: BenchEnvironment;
  generator: ListingGenerator;
  listings: number;
  recompute: number;
  firstIndex: number;
  log: (line: string) => void;
}): Promise<MatchingSectionResult> {
  const { env, log } = options;
  // Needs are matched with capable organisations too: their profiles must be indexed.
  await env.api!.get(ReindexService, { strict: false }).reindex('organisation');
  const pg = await env.pg();
  try {
    log(`  latency: ${options.listings} new listings, findCandidates then matchListing …`);
    const latency = await runMatchingLatency({
      api: env.api!,
      admin: env.admin,
      pg,
      generator: options.generator,
      count: options.listings,
      firstIndex: options.firstIndex,
      log,
    });
    log(
      `  findCandidates p50 ${latency.findCandidatesMs.p50} ms, p95 ${latency.findCandidatesMs.p95} ms; raw multi-search p50 ${latency.rawMultiSearchMs.p50} ms`,
    );
    log(
      `  findCandidates CPU p50 ${latency.findCandidatesCpuMs.p50} ms, p95 ${latency.findCandidatesCpuMs.p95} ms`,
    );
    log(
      `  phases p50: ${Object.entries(latency.phasesMs)
        .map(([phase, spent]) => `${phase} ${spent.p50} ms`)
        .join(', ')}`,
    );
    if (options.recompute === 0) return { latency, recomputeSkipped: '--recompute 0' };
    if (!(await ensureWorker(env))) {
      return { latency, recomputeSkipped: `the worker did not start (${env.workerError})` };
    }
    log(`  recompute: ${options.recompute} listings through matching.recompute-chunk jobs …`);
    const recompute = await runRecompute({
      api: env.api!,
      pg,
      listings: options.recompute,
      deadlineMs: Date.now() + 20 * 60_000,
      log,
    });
    log(`  recompute: ${recompute.listingsPerSecond} listings/s`);
    return { latency, recompute };
  } finally {
    await pg.end();
  }
}

export function matchingFigures(result: MatchingSectionResult): Figure[] {
  const { latency: l, recompute: r } = result;
  const figures: Figure[] = [
    {
      section: 'matching',
      metric: `findCandidates, one new listing vs the corpus, p50 / p95 (${l.listings} listings)`,
      value: `${l.findCandidatesMs.p50} / ${l.findCandidatesMs.p95}`,
      unit: 'ms',
    },
    {
      section: 'matching',
      metric: 'findCandidates CPU time of the bench process (user + system), p50 / p95',
      value: `${l.findCandidatesCpuMs.p50} / ${l.findCandidatesCpuMs.p95}`,
      unit: 'ms',
    },
    {
      section: 'matching',
      metric: 'findCandidates, listings of the other kind only / organisations only, p50',
      value: `${l.listingCounterpartsMs.p50} / ${l.organisationCounterpartsMs.p50}`,
      unit: 'ms',
    },
    {
      section: 'matching',
      metric:
        'findCandidates phases p50 / p95: source profile + statistics, Meilisearch ‖ PostgreSQL postings, candidate profiles, scoring',
      value: (['source', 'search', 'postings', 'profiles', 'scoring'] as const)
        .map((phase) => `${l.phasesMs[phase].p50} / ${l.phasesMs[phase].p95}`)
        .join('; '),
      unit: 'ms',
    },
    {
      section: 'matching',
      metric: 'matchListing (find + store pairs + notify), p50 / p95',
      value: `${l.matchListingMs.p50} / ${l.matchListingMs.p95}`,
      unit: 'ms',
    },
    {
      section: 'matching',
      metric: `retrieval multi-search (${l.queriesPerMatch} queries): raw round trip p50 / p95`,
      value: `${l.rawMultiSearchMs.p50} / ${l.rawMultiSearchMs.p95}`,
      unit: 'ms',
    },
    {
      section: 'matching',
      metric: 'retrieval: Meilisearch processingTimeMs (Σ queries) p50 / p95',
      value: `${l.engineMs.p50} / ${l.engineMs.p95}`,
      unit: 'ms',
    },
    {
      section: 'matching',
      metric: `BM25 postings (match_term_posting) for ${l.termStatistics.achievements} achievements and the needs: rows / MB / full build s`,
      value: `${l.termStatistics.postings} / ${l.termStatistics.postingsMegabytes} / ${l.termStatistics.seconds}`,
    },
    {
      section: 'matching',
      metric: 'nightly term-statistics refresh (statistics recounted, closed listings pruned)',
      value: l.termStatistics.nightlyRefreshSeconds,
      unit: 's',
    },
    {
      section: 'matching',
      metric: 'findCandidates p50 / raw multi-search p50',
      value: l.ratios.findCandidatesP50OverRawP50,
    },
    {
      section: 'matching',
      metric: 'candidates returned / pairs stored per listing',
      value: `${l.candidatesPerMatch} / ${l.pairsStoredPerMatch}`,
    },
    {
      section: 'matching',
      metric: 'errors (findCandidates / matchListing)',
      value: `${l.errors.findCandidates} / ${l.errors.matchListing}`,
      target: '0',
      pass: l.errors.findCandidates + l.errors.matchListing === 0,
    },
  ];
  if (r) {
    figures.push(
      {
        section: 'matching',
        metric: `nightly recompute via matching.recompute-chunk (${r.listings} listings, ${r.chunks} chunks of ${r.chunkSize})`,
        value: r.listingsPerSecond,
        unit: 'listings/s',
      },
      {
        section: 'matching',
        metric: `full recompute of ${r.openListings} open listings, extrapolated`,
        value: r.extrapolatedFullSetMinutes,
        unit: 'min',
      },
      {
        section: 'matching',
        metric: 'chunks running side by side (Σ chunk time / wall)',
        value: r.parallelism,
      },
      {
        section: 'matching',
        metric: 'failed recompute chunks',
        value: r.failedChunks,
        target: '0',
        pass: r.failedChunks === 0,
      },
    );
  } else {
    figures.push({
      section: 'matching',
      metric: 'nightly recompute',
      value: `skipped: ${result.recomputeSkipped}`,
      pass: false,
    });
  }
  return figures;
}

export function matchingNotes(result: MatchingSectionResult): string[] {
  const notes = [
    'Matching latency: each new listing (needs and achievements alternating, generated like the corpus) is inserted published without an outbox row, then timed through MatchFinder.findCandidates (every counterpart kind, default limit) and MatchingService.matchListing; the multi-search each findCandidates sent is captured and replayed raw over keep-alive HTTP for the reference.',
  ];
  if (result.latency.errors.first) notes.push(`Matching error: ${result.latency.errors.first}`);
  if (result.recompute?.backlogAtStart)
    notes.push(
      `Recompute waited for ${result.recompute.backlogAtStart} matching jobs (from earlier sections) to drain before starting.`,
    );
  if (result.recompute?.firstFailure)
    notes.push(`Recompute chunk failure: ${result.recompute.firstFailure.slice(0, 300)}`);
  return notes;
}

export async function runNotifyBench(options: {
  env: BenchEnvironment;
  sink: BenchSmtpSink;
  count: number;
  log: (line: string) => void;
}): Promise<NotifySectionResult | { skipped: string }> {
  const { env, log } = options;
  if (!(await ensureWorker(env)))
    return { skipped: `the worker did not start (${env.workerError})` };
  const pg = await env.pg();
  try {
    return await runNotifySection({
      api: env.api!,
      config: env.config,
      pg,
      sink: options.sink,
      count: options.count,
      perTransaction: 20,
      parallel: 4,
      deadlineMs: Date.now() + 15 * 60_000,
      log,
    });
  } finally {
    await pg.end();
  }
}

export function notifyFigures(result: NotifySectionResult | { skipped: string }): Figure[] {
  if ('skipped' in result) {
    return [
      {
        section: 'notify',
        metric: 'notifications',
        value: `skipped: ${result.skipped}`,
        pass: false,
      },
    ];
  }
  return [
    {
      section: 'notify',
      metric: `match.found notifications end to end (record → outbox → deliver-email → SMTP), ${result.delivered}/${result.notifications} delivered`,
      value: result.notificationsPerSecond,
      unit: 'notifications/s',
    },
    {
      section: 'notify',
      metric: `no-op BullMQ jobs (${result.noop.jobs}, concurrency ${result.noop.concurrency}), same run`,
      value: result.noop.jobsPerSecond,
      unit: 'jobs/s',
    },
    { section: 'notify', metric: 'notifications/s ÷ no-op jobs/s', value: result.ratioToNoop },
    {
      section: 'notify',
      metric: 'commit → mail received, p50 / p95',
      value: `${result.endToEndMs.p50} / ${result.endToEndMs.p95}`,
      unit: 'ms',
    },
    {
      section: 'notify',
      metric: `delivery drain: ${result.drain.delivered} queued mails, notify queue resumed → last mail`,
      value: result.drain.mailsPerSecond,
      unit: 'mails/s',
    },
    { section: 'notify', metric: 'drain mails/s ÷ no-op jobs/s', value: result.drainRatioToNoop },
    {
      section: 'notify',
      metric: `recording alone (NotificationRecorder.record, ${result.intentsPerTransaction} per transaction × ${result.parallelRecorders} in parallel)`,
      value: result.recordedPerSecond,
      unit: 'notifications/s',
    },
    {
      section: 'notify',
      metric: 'no-op job add → completed, p50 / p95',
      value: `${result.noop.latencyMs.p50} / ${result.noop.latencyMs.p95}`,
      unit: 'ms',
    },
    {
      section: 'notify',
      metric: 'every notification delivered',
      value: `${result.delivered}/${result.notifications} (${Object.entries(result.deliveries)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')})`,
      target: 'all',
      pass: result.delivered === result.notifications && !result.timedOut,
    },
  ];
}

export function notifyNotes(result: NotifySectionResult | { skipped: string }): string[] {
  if ('skipped' in result) return [`Notify section skipped: ${result.skipped}`];
  return [
    `Notifications: ${result.notifications} users created with raw SQL, one match.found each (email on by default, immediate), recorded through NotificationRecorder.record in transactions of ${result.intentsPerTransaction} on ${result.parallelRecorders} concurrent streams; the worker in this process relays the outbox and runs notify.deliver-email against an SMTP server in this process (smtp-server). The drain figure records as many again with the notify queue paused, waits until the outbox is relayed, resumes the queue and times the deliver-email jobs alone. The no-op floor adds the same number of empty jobs (product default job options) to a scratch queue with one worker at the notify queue's concurrency.`,
  ];
}
