import 'reflect-metadata';
import { execSync } from 'node:child_process';
import os from 'node:os';
import { join } from 'node:path';
import { LISTING_KINDS, ListingKind } from '@rongtong/catalog';
import { buildCorpus, Corpus, uploadCorpus } from './corpus';
import { DEFAULT_SCALE, DEFAULT_SEED, ListingGenerator } from './generator';
import { keepAliveAgent } from './http';
import { BenchEnvironment } from './product';
import { BenchReport, Figure, writeReport } from './report';
import { runLagSection } from './sections/lag';
import { productReindex, rawImport, runReindexSection, scratchSettings } from './sections/reindex';
import { runSearchSection } from './sections/search';
import { runSubwordSection } from './sections/subwords';
import { runSchedulerSection, schedulerFigures } from './sections/scheduler';
import { challengesFigures, runChallengesSection } from './sections/challenges';
import { rateLimitFigures, runRateLimitSection } from './sections/ratelimit';
import { RateCounters } from '../apps/api/src/rate-limit/rate-counters';
import {
  matchingFigures,
  matchingNotes,
  notifyFigures,
  notifyNotes,
  runMatchingSection,
  runNotifyBench,
} from './sections/matching-notify';
import { BenchSmtpSink } from './smtp-sink';
import { LISTING_INDEX, listingIndexSettings } from '@rongtong/search';
import { SUBWORD_QUERIES } from './vocabulary';
import { progressLog, repoRoot } from '../scripts/cli-support';

const SECTIONS = [
  'search',
  'reindex',
  'lag',
  'subwords',
  'matching',
  'notify',
  'scheduler',
  'challenges',
  'ratelimit',
] as const;
/** Sections that need no database, search engine or api (pure computation). */
const STANDALONE: readonly Section[] = ['scheduler'];
type Section = (typeof SECTIONS)[number];

const USAGE = `npm run bench [-- options]
  --scale N            generated listings (default ${DEFAULT_SCALE})
  --only a,b           sections: ${SECTIONS.join(',')} (default all)
  --seed N             generator seed (default ${DEFAULT_SEED})
  --rounds N           recorded rounds over the ~200 search queries (default 5)
  --lag-seconds N      duration of the write-to-searchable run (default 60)
  --lag-rate N         writes per second (default 50)
  --subword-queries N  sub-word queries (default 50)
  --match-listings N   new listings timed through the matcher (default 50)
  --recompute N        listings recomputed through matching.recompute-chunk jobs (default 2000; 0 skips)
  --notifications N    match.found notifications sent end to end (default 2000)
  --no-bound           scheduler: skip the LP-relaxation bound (HiGHS, ~20 s at the large size)`;

interface Options {
  scale: number;
  only: Section[];
  seed: number;
  rounds: number;
  lagSeconds: number;
  lagRate: number;
  subwordQueries: number;
  matchListings: number;
  recompute: number;
  notifications: number;
  bound: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    scale: DEFAULT_SCALE,
    only: [...SECTIONS],
    seed: DEFAULT_SEED,
    rounds: 5,
    lagSeconds: 60,
    lagRate: 50,
    subwordQueries: 50,
    matchListings: 50,
    recompute: 2000,
    notifications: 2000,
    bound: true,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
      return v;
    };
    const int = (min: number, max: number): number => {
      const raw = value();
      const n = Number(raw.replace(/[_,]/g, '').replace(/k$/i, '000'));
      if (!Number.isInteger(n) || n < min || n > max)
        throw new Error(`${flag}: ${raw} is not an integer in ${min}..${max}`);
      return n;
    };
    switch (flag) {
      case '--scale':
        options.scale = int(100, 5_000_000);
        break;
      case '--only': {
        const list = value()
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        const unknown = list.filter((s) => !SECTIONS.includes(s as Section));
        if (unknown.length)
          throw new Error(
            `--only: unknown section(s) ${unknown.join(', ')}; known: ${SECTIONS.join(', ')}`,
          );
        options.only = list as Section[];
        break;
      }
      case '--seed':
        options.seed = int(0, 2 ** 31);
        break;
      case '--rounds':
        options.rounds = int(1, 100);
        break;
      case '--lag-seconds':
        options.lagSeconds = int(1, 600);
        break;
      case '--lag-rate':
        options.lagRate = int(1, 1000);
        break;
      case '--subword-queries':
        options.subwordQueries = int(1, SUBWORD_QUERIES.length);
        break;
      case '--match-listings':
        options.matchListings = int(1, 10_000);
        break;
      case '--recompute':
        options.recompute = int(0, 5_000_000);
        break;
      case '--notifications':
        options.notifications = int(1, 1_000_000);
        break;
      case '--no-bound':
        options.bound = false;
        break;
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
      // falls through (exit)
      default:
        throw new Error(`unknown option ${argv[i]}\n${USAGE}`);
    }
  }
  return options;
}

const log = progressLog('bench');

// Under an import backlog a Meilisearch task of the product reindex can time out while a sibling
// promise is still pending; its later rejection must not end a run that already fell back to a
// raw import (seen at 200k on a loaded machine).
process.on('unhandledRejection', (reason) => {
  log(`unhandled rejection (run continues): ${String((reason as Error)?.message ?? reason)}`);
});

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const selected = new Set(options.only);
  const startedAt = new Date().toISOString();
  const figures: Figure[] = [];
  const sections: Record<string, unknown> = {};
  const notes: string[] = [];
  log(`scale ${options.scale}, sections ${options.only.join(',')}, seed ${options.seed}`);
  let machineRef: Record<string, string | number> = {};
  /** Writes the report so far (same file names), so a long run leaves figures section by section. */
  const checkpoint = () =>
    writeReport(
      {
        startedAt,
        finishedAt: '(running)',
        machine: machineRef,
        options: { ...options },
        figures,
        sections,
        notes,
      },
      join(repoRoot(__dirname), 'bench', 'reports'),
    );

  // ---- meeting scheduler (issue 10): pure computation, run before any service starts
  if (selected.has('scheduler')) {
    log('== meeting scheduler');
    const results = await runSchedulerSection({
      seed: options.seed,
      log,
      withBound: options.bound,
    });
    sections.scheduler = results;
    figures.push(...schedulerFigures(results));
    notes.push(
      'Scheduler: weight / bound uses the LP relaxation solved by HiGHS after the timed run; the objectives are lexicographic (weight, then participants without a meeting and the minimum, then idle slots), so fairness and compaction never cost weight. The machine is shared: the CPU time of the scheduling thread is printed beside the wall time.',
    );
  }
  if (options.only.every((section) => STANDALONE.includes(section))) {
    const report: BenchReport = {
      startedAt,
      finishedAt: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        node: process.version,
        seed: options.seed,
      },
      options: { ...options },
      figures,
      sections,
      notes,
    };
    const written = writeReport(report, join(repoRoot(__dirname), 'bench', 'reports'));
    process.stdout.write(`${written.markdown}\n`);
    log(`report: ${written.md} and ${written.json}`);
    return;
  }

  // The notify section sends real mail: the sink must be the SMTP_URL the config is loaded with.
  const smtpSink = selected.has('notify') ? await BenchSmtpSink.start() : undefined;
  if (smtpSink) process.env.SMTP_URL = smtpSink.url;
  const env = await BenchEnvironment.start(log);
  // One cleanup, awaited by whoever asks (a Ctrl-C and the end of main both wait for it, so
  // the process cannot exit while the scratch database is still being dropped).
  let disposing: Promise<void> | undefined;
  const dispose = () =>
    (disposing ??= (async () => {
      keepAliveAgent.destroy();
      await env.dispose(log);
      await smtpSink?.stop();
    })());
  const onSignal = (signal: string) => {
    log(`${signal}: cleaning up`);
    void dispose().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const machine: Record<string, string | number> = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    meilisearch: await env.admin.version(),
    postgres: '',
    scale: options.scale,
    seed: options.seed,
    commit: (() => {
      try {
        return execSync('git rev-parse --short HEAD', {
          cwd: repoRoot(__dirname),
          stdio: ['ignore', 'pipe', 'ignore'],
        })
          .toString()
          .trim();
      } catch {
        return 'unknown';
      }
    })(),
  };
  machineRef = machine;

  let corpus: Corpus | undefined;
  try {
    await env.startApi();
    log(`api on ${env.apiUrl} (migrations applied to ${env.databaseName})`);
    const pg = await env.pg();
    machine.postgres = (
      await pg.query<{ server_version: string }>('SHOW server_version')
    ).rows[0].server_version;
    const generator = new ListingGenerator({ scale: options.scale, seed: options.seed });

    // Every section but notify and challenges (and the standalone ones) works on the generated
    // listings.
    const ownData: readonly Section[] = ['notify', 'challenges', ...STANDALONE];
    if (options.only.some((section) => !ownData.includes(section))) {
      log('seeding PostgreSQL …');
      const seeded = await import('./seed').then((m) => m.seedDatabase(pg, generator, log));
      log(`seeded ${seeded.rows} listings in ${seeded.seconds.toFixed(1)} s`);
      sections.seed = seeded;
    }
    await pg.end();

    /** The NDJSON files: raw imports (reindex, sub-words) need them, matching and notify do not. */
    const makeCorpus = async (): Promise<Corpus> => {
      if (corpus) return corpus;
      log('generating documents (NDJSON) and the sub-word ground truth …');
      const built = await buildCorpus(generator, SUBWORD_QUERIES, log);
      const docCount = LISTING_KINDS.reduce((n, k) => n + built.documents[k], 0);
      log(
        `${docCount} documents, ${(built.bytes / 1e6).toFixed(0)} MB NDJSON in ${built.batches.length} batches (${built.seconds.toFixed(1)} s)`,
      );
      sections.corpus = {
        documents: built.documents,
        megabytes: Math.round(built.bytes / 1e6),
        averageDocumentBytes: Math.round(built.bytes / docCount),
        batches: built.batches.length,
        seconds: built.seconds,
      };
      corpus = built;
      return built;
    };
    if (selected.has('reindex') || selected.has('subwords')) await makeCorpus();
    const prefix = env.indexPrefix;
    const liveIndex = (kind: ListingKind) => `${prefix}${LISTING_INDEX[kind]}`;
    const rawIndex = (kind: ListingKind) => `${prefix}raw_${LISTING_INDEX[kind]}`;
    const plainIndex = (kind: ListingKind) => `${prefix}plain_${LISTING_INDEX[kind]}`;
    let rawIndexesBuilt = false;
    let liveIndexesBuilt = false;

    // ---- reindex throughput
    if (selected.has('reindex')) {
      log('== reindex throughput');
      const reindexCorpus = await makeCorpus();
      const docCount = LISTING_KINDS.reduce((n, k) => n + reindexCorpus.documents[k], 0);
      const result = await runReindexSection({
        api: env.api!,
        admin: env.admin,
        corpus: reindexCorpus,
        rawIndex,
        log,
      });
      sections.reindex = result;
      rawIndexesBuilt = true;
      liveIndexesBuilt = result.product !== undefined;
      figures.push(
        {
          section: 'reindex',
          metric: 'raw NDJSON import',
          value: result.raw.docsPerSecond,
          unit: 'docs/s',
        },
        {
          section: 'reindex',
          metric: 'raw import, Meilisearch batch time',
          value: Math.round(result.raw.engineSeconds),
          unit: 's',
        },
        {
          section: 'reindex',
          metric: 'product reindex (PostgreSQL → fresh index → swap), wall',
          value: result.product?.docsPerSecond ?? 'failed',
          unit: result.product ? 'docs/s' : undefined,
        },
        {
          section: 'reindex',
          metric: 'product reindex, import phase only (its own report)',
          value: result.product?.importDocsPerSecond ?? 'failed',
          unit: result.product ? 'docs/s' : undefined,
        },
        {
          section: 'reindex',
          metric: 'product / raw docs/s (wall)',
          value: result.ratio,
          target: '≥ 0.8',
          pass: result.ratio >= 0.8,
        },
      );
      if (result.product?.firstAttemptError) {
        notes.push(
          `Product reindex FAILED with its default sendBatchSize: ${result.product.firstAttemptError.slice(0, 200)} — the figure above is from a retry with sendBatchSize ${result.product.sendBatchSize}.`,
        );
      }
      if (result.productError) notes.push(`Product reindex failed: ${result.productError}`);
      notes.push(
        `Raw import: ${result.raw.batches} NDJSON requests of at most ${result.raw.maxBatchDocuments} docs / ${result.raw.maxBatchMegabytes} MB (Meilisearch's default 100 MB payload limit caps batches below 50k docs: documents average ${Math.round(reindexCorpus.bytes / docCount)} bytes with the subwords field).`,
      );
    }

    checkpoint();
    // The live indexes are needed by search and lag.
    if (
      (selected.has('search') ||
        selected.has('lag') ||
        selected.has('matching') ||
        selected.has('ratelimit')) &&
      !liveIndexesBuilt
    ) {
      log('filling the live indexes with the product reindex (untimed) …');
      try {
        await productReindex(env.api!, log);
      } catch (error) {
        log(
          `  product reindex failed (${(error as Error).message.slice(0, 200)}); raw import into the live indexes instead`,
        );
        notes.push(
          `Live indexes were filled by a raw import: the product reindex failed (${(error as Error).message.slice(0, 200)}).`,
        );
        for (const kind of LISTING_KINDS)
          await env.admin.createIndex(liveIndex(kind), listingIndexSettings());
        await uploadCorpus(env.admin, await makeCorpus(), liveIndex);
      }
      liveIndexesBuilt = true;
    }

    // ---- search latency
    if (selected.has('search')) {
      log('== search latency');
      const result = await runSearchSection({
        api: env.api!,
        apiUrl: env.apiUrl!,
        admin: env.admin,
        seed: options.seed,
        rounds: options.rounds,
        deadlineMs: Date.now() + 10 * 60_000,
        log,
      });
      sections.search = result;
      figures.push(
        {
          section: 'search',
          metric: `API GET /api/v1/search p50 (${result.queries} queries × ${result.rounds} rounds)`,
          value: result.apiMs.p50,
          unit: 'ms',
        },
        { section: 'search', metric: 'API p95', value: result.apiMs.p95, unit: 'ms' },
        {
          section: 'search',
          metric: 'raw Meilisearch round trip p50',
          value: result.rawMs.p50,
          unit: 'ms',
        },
        { section: 'search', metric: 'raw round trip p95', value: result.rawMs.p95, unit: 'ms' },
        {
          section: 'search',
          metric: 'Meilisearch processingTimeMs p50',
          value: result.engineMs.p50,
          unit: 'ms',
        },
        {
          section: 'search',
          metric: 'Meilisearch processingTimeMs p95',
          value: result.engineMs.p95,
          unit: 'ms',
        },
        {
          section: 'search',
          metric: 'API p50 / raw p50',
          value: result.ratios.apiP50OverRawP50,
          target: '≤ 1.5',
          pass: result.ratios.apiP50OverRawP50 <= 1.5,
        },
        { section: 'search', metric: 'API p95 / raw p95', value: result.ratios.apiP95OverRawP95 },
        {
          section: 'search',
          metric: 'raw p50 / engine p50 (engine p50 floored at 1 ms)',
          value: result.ratios.rawP50OverEngineP50,
        },
        { section: 'search', metric: 'queries with ≥ 1 hit', value: result.queriesWithHits },
        {
          section: 'search',
          metric: 'request errors',
          value: result.errors,
          target: '0',
          pass: result.errors === 0,
        },
      );
      for (const [category, c] of Object.entries(result.byCategory)) {
        figures.push({
          section: 'search',
          metric: `${category}: API / raw / engine p50 (p95)`,
          value: `${c.api.p50} (${c.api.p95}) / ${c.raw.p50} (${c.raw.p95}) / ${c.engine.p50} (${c.engine.p95})`,
          unit: 'ms',
        });
      }
      if (result.stoppedEarly)
        notes.push('Search section hit its 10-minute bound before all rounds.');
    }

    checkpoint();
    // ---- rate limiter overhead (before the worker starts, so both apis see the same quiet load)
    if (selected.has('ratelimit')) {
      log('== rate limiter overhead: a second api without the limiter');
      const unlimitedUrl = await env.startUnlimitedApi();
      const result = await runRateLimitSection({
        limitedUrl: env.apiUrl!,
        unlimitedUrl,
        seed: options.seed,
        rounds: options.rounds,
        counterHit: (key) => env.api!.get(RateCounters).hit(key, 60_000, 1_000_000),
        log,
      });
      sections.ratelimit = result;
      figures.push(...rateLimitFigures(result));
      notes.push(
        'Rate limiter: two apis in the bench process on the same PostgreSQL, Redis and Meilisearch, one with RATE_LIMIT_ENABLED (limits far above the load, so every request pays its Redis counters and none is refused) and one without; each request goes to both, order alternating.',
      );
    }

    checkpoint();
    // ---- write-to-searchable lag
    if (selected.has('lag')) {
      log('== write-to-searchable lag: starting the worker');
      const started = await env.startWorker();
      if (!started) {
        notes.push(`Lag section skipped: the worker did not start (${env.workerError}).`);
        figures.push({
          section: 'lag',
          metric: 'write → searchable p95',
          value: 'skipped (worker failed)',
          target: '< 1000 ms',
          pass: false,
        });
      } else {
        const result = await runLagSection({
          api: env.api!,
          admin: env.admin,
          generator,
          indexUid: liveIndex('need'),
          ratePerSecond: options.lagRate,
          durationSeconds: options.lagSeconds,
          firstIndex: options.scale + 20,
          log,
        });
        sections.lag = result;
        figures.push(
          {
            section: 'lag',
            metric: `writes (target ${result.targetRatePerSecond}/s for ${options.lagSeconds} s)`,
            value: `${result.writes} at ${result.achievedRatePerSecond}/s, ${result.writeErrors} errors`,
          },
          {
            section: 'lag',
            metric: 'commit duration p50 / p95',
            value: `${result.commitMs.p50} / ${result.commitMs.p95}`,
            unit: 'ms',
          },
          { section: 'lag', metric: 'write → searchable p50', value: result.lagMs.p50, unit: 'ms' },
          {
            section: 'lag',
            metric: 'write → searchable p95',
            value: result.lagMs.p95,
            unit: 'ms',
            target: '< 1000 ms',
            pass: result.lagMs.p95 < 1000,
          },
          {
            section: 'lag',
            metric: 'write → searchable p99 / max',
            value: `${result.lagMs.p99} / ${result.lagMs.max}`,
            unit: 'ms',
          },
          {
            section: 'lag',
            metric: `not searchable ${result.graceMs / 1000} s after the last write`,
            value: result.notSearchableAfterGraceMs,
            target: '0',
            pass: result.notSearchableAfterGraceMs === 0 && result.writeErrors === 0,
          },
        );
      }
    }

    checkpoint();
    // ---- sub-word recall
    if (selected.has('subwords')) {
      log('== sub-word recall');
      const subwordCorpus = await makeCorpus();
      if (!rawIndexesBuilt) {
        log('  importing the product-settings scratch indexes …');
        await rawImport(env.admin, subwordCorpus, rawIndex, scratchSettings(subwordCorpus));
      }
      log('  importing the plain indexes (subwords not searchable) …');
      const plainImport = await rawImport(
        env.admin,
        subwordCorpus,
        plainIndex,
        scratchSettings(subwordCorpus, false),
      );
      log(`  plain import: ${plainImport.docsPerSecond} docs/s`);
      const result = await runSubwordSection({
        admin: env.admin,
        generator,
        corpus: subwordCorpus,
        productIndex: rawIndex,
        plainIndex,
        maxQueries: options.subwordQueries,
        deadlineMs: Date.now() + 15 * 60_000,
        log,
      });
      sections.subwords = { ...result, plainImport };
      figures.push(
        {
          section: 'subwords',
          metric: `recall, product index (${result.queries} queries, micro)`,
          value: result.product.microRecall,
          target: '≥ 0.99',
          pass: result.product.microRecall >= 0.99,
        },
        {
          section: 'subwords',
          metric: 'recall, product index (worst query)',
          value: result.product.minRecall,
        },
        {
          section: 'subwords',
          metric: 'recall, plain index (micro / worst)',
          value: `${result.plain.microRecall} / ${result.plain.minRecall}`,
        },
        {
          section: 'subwords',
          metric: 'P@10 product',
          value: result.product.meanPrecisionAt10,
          target: '≥ plain',
          pass: result.product.meanPrecisionAt10 >= result.plain.meanPrecisionAt10,
        },
        { section: 'subwords', metric: 'P@10 plain', value: result.plain.meanPrecisionAt10 },
        {
          section: 'subwords',
          metric: 'raw NDJSON import of the plain index (subwords stored, not searchable)',
          value: plainImport.docsPerSecond,
          unit: 'docs/s',
        },
      );
      notes.push(
        'Sub-word indexes hold exactly the generated corpus with the product settings (maxTotalHits raised to the corpus size so every hit can be counted); ground truth = title, keywords or body contains the query; P@10 averaged over (query, listing type).',
      );
      if (result.stoppedEarly)
        notes.push('Sub-word section hit its 15-minute bound before all queries.');
    }

    checkpoint();
    // ---- matching latency and nightly recompute throughput
    if (selected.has('matching')) {
      log('== matching');
      const result = await runMatchingSection({
        env,
        generator,
        listings: options.matchListings,
        recompute: options.recompute,
        firstIndex: options.scale + 1_000_000,
        log,
      });
      sections.matching = result;
      figures.push(...matchingFigures(result));
      notes.push(...matchingNotes(result));
    }

    checkpoint();
    // ---- notifications end to end against the no-op job rate
    if (selected.has('notify')) {
      log('== notifications');
      const result = await runNotifyBench({
        env,
        sink: smtpSink!,
        count: options.notifications,
        log,
      });
      sections.notify = result;
      figures.push(...notifyFigures(result));
      notes.push(...notifyNotes(result));
    }

    checkpoint();
    // ---- 揭榜挂帅: the owner's review table at 500 × 5, attachment upload throughput
    if (selected.has('challenges')) {
      log('== challenges');
      const client = await env.pg();
      try {
        const result = await runChallengesSection({
          apiUrl: env.apiUrl!,
          pg: client,
          applications: 500,
          evaluators: 5,
          rounds: 100,
          log,
        });
        sections.challenges = result;
        figures.push(...challengesFigures(result));
        notes.push(
          `Challenges: load average ${os
            .loadavg()
            .map((l) => l.toFixed(1))
            .join(' / ')} (1/5/15 min) at the end of the section; setup ${result.setupSeconds} s.`,
        );
      } finally {
        await client.end();
      }
    }
  } catch (error) {
    notes.push(`Run aborted: ${(error as Error).stack ?? String(error)}`);
    log(`ERROR ${(error as Error).stack ?? String(error)}`);
    process.exitCode = 1;
  } finally {
    corpus?.dispose();
    await dispose();
  }
  const report: BenchReport = {
    startedAt,
    finishedAt: new Date().toISOString(),
    machine,
    options: { ...options },
    figures,
    sections,
    notes,
  };
  const written = writeReport(report, join(repoRoot(__dirname), 'bench', 'reports'));
  process.stdout.write(`${written.markdown}\n`);
  log(`report: ${written.md} and ${written.json}`);
  const failed = figures.filter((f) => f.pass === false).length;
  if (failed > 0) log(`${failed} target(s) missed`);
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
