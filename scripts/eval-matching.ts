/**
 * `npm run eval:matching -- --corpus DIR`: loads an evaluation corpus (needs.jsonl,
 * achievements.jsonl, qrels.tsv; see scripts/eval/corpus-format.ts) into a scratch database and
 * scratch Meilisearch indexes, runs the matcher and a title-only Meilisearch baseline for every
 * need with a relevant achievement, and prints nDCG@10, P@5 and Recall@50 for both. A JSON report
 * with per-need figures goes to bench/reports/ (or --report FILE).
 */
import 'reflect-metadata';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CorpusFormatError, EvaluationCorpus, readCorpus } from './eval/corpus-format';
import {
  ABLATIONS,
  Ablation,
  ablateKeywords,
  COARSENINGS,
  Coarsening,
  coarsenIndustry,
  scatterStructure,
  SCATTERINGS,
  Scattering,
  inSplit,
  Split,
  SPLITS,
} from './eval/corpus-variants';
import { evaluateCorpus, formatTable } from './eval/evaluation';
import { DEFAULT_SYSTEMS, SYSTEMS, SystemName } from './eval/systems';
import { progressLog, repoRoot } from './cli-support';

const USAGE = `npm run eval:matching -- --corpus DIR [options]
  --corpus DIR       directory with needs.jsonl, achievements.jsonl, qrels.tsv (required)
  --systems a,b      ${SYSTEMS.join(',')}
                     (default all but matcher-word-vectors, a 49 MB download)
  --max-needs N      evaluate only the first N needs that have a relevant achievement
  --report FILE      JSON report path (default bench/reports/eval-matching-<time>.json)
  --ablate keywords  drop every keyword of needs and achievements (as on a real market)
  --coarsen-industry section
                     cut the needs' industries to their GB/T 4754 section (C3411 → C)
  --scatter structure
                     give every listing a region, maturity and modes drawn by a hash of its id,
                     independent of relevance (as a real market's listings carry them)
  --split dev|test   only the needs of that fixed split (40 % dev by hashed id; tune on dev only)
  --pool-out FILE    also rank needs without judgements and write every unjudged pair in some
                     system's top --pool-depth (default 10) as TSV: need_id, achievement_id,
                     need_title, need_description, achievement_title, achievement_abstract, systems
Environment: DATABASE_URL and REDIS_URL as for the product; MEILI_URL + MEILI_MASTER_KEY to use
a running Meilisearch (scratch indexes under a unique prefix), else the bundled one is spawned.`;

interface Options {
  corpus: string;
  systems: SystemName[];
  maxNeeds?: number;
  report?: string;
  ablate: Ablation[];
  coarsenIndustry?: Coarsening;
  scatter?: Scattering;
  split?: Split;
  poolOut?: string;
  poolDepth: number;
}

function oneOf<T extends string>(flag: string, allowed: readonly T[], value: string): T {
  if (!allowed.includes(value as T))
    throw new UsageError(`${flag}: one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

function parseArgs(argv: string[]): Options {
  const options: Partial<Options> = {
    systems: [...DEFAULT_SYSTEMS],
    ablate: [],
    poolDepth: 10,
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--corpus':
        options.corpus = resolve(value());
        break;
      case '--systems': {
        const list = value()
          .split(',')
          .map((s) => s.trim());
        const unknown = list.filter((s) => !SYSTEMS.includes(s as SystemName));
        if (unknown.length) throw new UsageError(`--systems: unknown ${unknown.join(', ')}`);
        options.systems = list as SystemName[];
        break;
      }
      case '--max-needs': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) throw new UsageError('--max-needs: a positive integer');
        options.maxNeeds = n;
        break;
      }
      case '--report':
        options.report = resolve(value());
        break;
      case '--ablate':
        options.ablate = value()
          .split(',')
          .map((a) => oneOf('--ablate', ABLATIONS, a.trim()));
        break;
      case '--coarsen-industry':
        options.coarsenIndustry = oneOf('--coarsen-industry', COARSENINGS, value());
        break;
      case '--scatter':
        options.scatter = oneOf('--scatter', SCATTERINGS, value());
        break;
      case '--split':
        options.split = oneOf('--split', SPLITS, value());
        break;
      case '--pool-out':
        options.poolOut = resolve(value());
        break;
      case '--pool-depth': {
        const n = Number(value());
        if (!Number.isInteger(n) || n < 1) throw new UsageError('--pool-depth: a positive integer');
        options.poolDepth = n;
        break;
      }
      case '--help':
      case '-h':
        console.log(USAGE);
        process.exit(0);
      // falls through (exit)
      default:
        throw new UsageError(`unknown option ${argv[i]}`);
    }
  }
  if (!options.corpus) throw new UsageError('--corpus DIR is required');
  if (!existsSync(options.corpus) || !statSync(options.corpus).isDirectory())
    throw new UsageError(`--corpus ${options.corpus}: not a directory`);
  return options as Options;
}

class UsageError extends Error {}

/** Text for a TSV cell: tabs and line breaks become spaces. */
const cell = (text: string) => text.replace(/[\t\r\n]+/g, ' ').trim();

function writePool(
  path: string,
  corpus: EvaluationCorpus,
  pool: { needId: string; achievementId: string; systems: string[] }[],
): void {
  const needs = new Map(corpus.needs.map((n) => [n.id, n]));
  const achievements = new Map(corpus.achievements.map((a) => [a.id, a]));
  const rows = pool.map(({ needId, achievementId, systems }) => {
    const need = needs.get(needId)!;
    const achievement = achievements.get(achievementId)!;
    return [
      needId,
      achievementId,
      cell(need.title),
      cell(need.description),
      cell(achievement.title),
      cell(achievement.abstract),
      systems.join(','),
    ].join('\t');
  });
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, rows.length ? `${rows.join('\n')}\n` : '');
}

const log = progressLog('eval', 6);

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  let corpus: EvaluationCorpus = readCorpus(options.corpus);
  const variant: string[] = [];
  if (options.ablate.includes('keywords')) {
    corpus = ablateKeywords(corpus);
    variant.push('no keywords');
  }
  if (options.coarsenIndustry === 'section') {
    corpus = coarsenIndustry(corpus);
    variant.push("needs' industry cut to the section");
  }
  if (options.scatter === 'structure') {
    corpus = scatterStructure(corpus);
    variant.push('region, maturity and modes drawn at random');
  }
  if (options.split) {
    corpus = inSplit(corpus, options.split);
    variant.push(`${options.split} split`);
  }
  // Ctrl-C stops between needs; the evaluation's finally{} drops the scratch database and indexes.
  const abort = new AbortController();
  const onSignal = (signal: string) => {
    if (abort.signal.aborted) process.exit(130);
    abort.abort(new Error(`${signal}: interrupted`));
    log(`${signal}: stopping and cleaning up (press again to quit at once)`);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const report = await evaluateCorpus(corpus, {
    systems: options.systems,
    maxNeeds: options.maxNeeds,
    log,
    signal: abort.signal,
    poolDepth: options.poolOut ? options.poolDepth : undefined,
    variant,
  });
  const stamp = report.startedAt.replace(/[:.]/g, '-');
  const path =
    options.report ?? join(repoRoot(__dirname), 'bench', 'reports', `eval-matching-${stamp}.json`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify({ options, ...report }, null, 2)}\n`);
  process.stdout.write(`${formatTable(report)}\n`);
  if (options.poolOut && report.pool) {
    writePool(options.poolOut, corpus, report.pool);
    log(`pool: ${report.pool.length} unjudged pairs → ${options.poolOut}`);
  }
  log(`report: ${path}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError) console.error(`${error.message}\n\n${USAGE}`);
    else if (error instanceof CorpusFormatError) console.error(error.message);
    else console.error('eval:matching failed:', error);
    process.exit(1);
  },
);
