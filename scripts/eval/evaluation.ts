import { MATCH_CONFIG, TermStatisticsService } from '@rongtong/matching';
import { thresholdTable, ThresholdRow } from './calibration';
import type { EvaluationCorpus } from './corpus-format';
import { loadCorpus } from './corpus-loader';
import { WarningLog } from './corpus-mapping';
import { hasRelevant, MetricSummary, NeedScores, scoreNeed, summarise } from './metrics';
import { splitOf } from './corpus-variants';
import { ScratchEnvironment } from './scratch-environment';
import { runSystem, SYSTEM_LABELS, SystemName, SystemRun } from './systems';

export interface EvaluationOptions {
  systems: readonly SystemName[];
  /** Evaluate only the first N needs with relevant achievements (quick runs). */
  maxNeeds?: number;
  log: (line: string) => void;
  /** Stops between needs (Ctrl-C); the scratch environment is still removed. */
  signal?: AbortSignal;
  /**
   * Also rank the needs without judgements and return every unjudged pair that any system put in
   * its top `poolDepth` (for pooled relevance judgements).
   */
  poolDepth?: number;
  /** Names of the variants applied to the corpus (ablations, split), shown in the report. */
  variant?: string[];
}

export interface SystemRow extends MetricSummary {
  system: SystemName;
  label: string;
  latencyMs: { p50: number; p95: number; mean: number };
  errors: number;
  seconds: number;
}

export interface EvaluationReport {
  startedAt: string;
  finishedAt: string;
  corpus: {
    dir: string;
    needs: number;
    achievements: number;
    judgements: number;
    needsWithRelevant: number;
  };
  rows: SystemRow[];
  /**
   * The same metrics over needs with and without keywords: a need's keywords name its topic
   * outright, so the needs without them show what a system gets from the title and text alone.
   */
  slices: { slice: string; system: SystemName; summary: MetricSummary }[];
  /** The best P@5 possible on these needs (a need with 2 relevant achievements caps at 0.4). */
  idealP5: number;
  timings: { setupSeconds: number; loadSeconds: number; indexSeconds: number };
  warnings: string[];
  /** Per need and system: the scores and the top 10 returned (corpus ids), for tuning. */
  perNeed: {
    needId: string;
    title: string;
    relevant: number;
    systems: Record<string, NeedScores & { top10: string[] }>;
  }[];
  errors: Record<string, { needId: string; message: string }[]>;
  /**
   * The matcher's top-10 pairs against 匹配度 thresholds: what storing (minScore) and notifying
   * (notifyThreshold) would keep, and how precise it is. Absent when the matcher did not run.
   */
  calibration?: ThresholdRow[];
  /** Unjudged pairs in some system's top `poolDepth`, need by need (with --pool-out). */
  pool?: { needId: string; achievementId: string; systems: SystemName[] }[];
  variant: string[];
}

function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** 匹配度 thresholds the calibration table reads (the configured ones are among them). */
const CALIBRATION_THRESHOLDS = [20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70];

const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Loads the corpus into a scratch database and indexes, runs every system for each need that
 * has a judged-relevant achievement, and scores the rankings. The scratch environment is removed
 * whatever happens.
 */
export async function evaluateCorpus(
  corpus: EvaluationCorpus,
  options: EvaluationOptions,
): Promise<EvaluationReport> {
  const startedAt = new Date().toISOString();
  const { log } = options;
  const setupStarted = performance.now();
  const env = await ScratchEnvironment.start(log);
  try {
    const setupSeconds = (performance.now() - setupStarted) / 1000;
    const warnings = new WarningLog();
    log(`loading ${corpus.needs.length} needs and ${corpus.achievements.length} achievements …`);
    const loaded = await loadCorpus(env.app, corpus, warnings);
    options.signal?.throwIfAborted();
    // What the nightly recompute does first: the matcher's BM25 statistics from the achievements.
    const statistics = await env.app.get(TermStatisticsService).refresh();
    log(`term statistics: ${statistics.documents} achievements, ${statistics.terms} terms`);
    log(
      `loaded in ${loaded.loadSeconds.toFixed(1)} s, indexed in ${loaded.indexSeconds.toFixed(1)} s`,
    );
    for (const line of warnings.lines()) log(`warning: ${line}`);

    const evaluated = corpus.needs
      .filter((need) => hasRelevant(corpus.qrels.get(need.id)))
      .slice(0, options.maxNeeds);
    const ranked =
      options.poolDepth === undefined ? evaluated : corpus.needs.slice(0, options.maxNeeds);
    const runs: SystemRun[] = [];
    for (const system of options.systems) {
      log(`running ${SYSTEM_LABELS[system]} on ${ranked.length} needs …`);
      const started = performance.now();
      const run = await runSystem(system, env.app, ranked, corpus, loaded, (done) => {
        options.signal?.throwIfAborted();
        if (done % 50 === 0) log(`  ${done}/${ranked.length}`);
      });
      runs.push(run);
      log(
        `  done in ${((performance.now() - started) / 1000).toFixed(1)} s, ${run.errors.length} errors`,
      );
      if (run.errors.length > 0)
        log(`  first error: ${run.errors[0].needId}: ${run.errors[0].message}`);
    }

    const perNeed: EvaluationReport['perNeed'] = evaluated.map((need) => {
      const judgements = corpus.qrels.get(need.id)!;
      const systems: EvaluationReport['perNeed'][number]['systems'] = {};
      for (const run of runs) {
        const ranking = run.rankings.get(need.id) ?? [];
        systems[run.system] = {
          ...scoreNeed(need.id, ranking, judgements),
          top10: ranking.slice(0, 10),
        };
      }
      const relevant = [...judgements.values()].filter((g) => g >= 1).length;
      return { needId: need.id, title: need.title, relevant, systems };
    });
    const rows: SystemRow[] = runs.map((run) => ({
      system: run.system,
      label: SYSTEM_LABELS[run.system],
      ...summarise(perNeed.map((n) => n.systems[run.system])),
      latencyMs: {
        p50: round(percentile(run.latenciesMs, 50)),
        p95: round(percentile(run.latenciesMs, 95)),
        mean: round(
          run.latenciesMs.reduce((a, b) => a + b, 0) / Math.max(1, run.latenciesMs.length),
        ),
      },
      errors: run.errors.length,
      seconds: round(run.latenciesMs.reduce((a, b) => a + b, 0) / 1000, 2),
    }));
    const withKeywords = new Set(evaluated.filter((n) => n.keywords.length > 0).map((n) => n.id));
    const slices: EvaluationReport['slices'] = [];
    for (const [slice, keep] of [
      ['needs with keywords', (id: string) => withKeywords.has(id)],
      ['needs without keywords', (id: string) => !withKeywords.has(id)],
      ['dev split', (id: string) => splitOf(id) === 'dev'],
      ['test split', (id: string) => splitOf(id) === 'test'],
    ] as const) {
      const needs = perNeed.filter((n) => keep(n.needId));
      if (needs.length === 0 || needs.length === perNeed.length) continue;
      for (const run of runs)
        slices.push({
          slice,
          system: run.system,
          summary: summarise(needs.map((n) => n.systems[run.system])),
        });
    }
    let pool: EvaluationReport['pool'];
    if (options.poolDepth !== undefined) {
      pool = [];
      for (const need of ranked) {
        const judged = corpus.qrels.get(need.id);
        const pairs = new Map<string, SystemName[]>();
        for (const run of runs)
          for (const id of (run.rankings.get(need.id) ?? []).slice(0, options.poolDepth)) {
            if (judged?.has(id) || id.startsWith('(not in corpus)')) continue;
            pairs.set(id, [...(pairs.get(id) ?? []), run.system]);
          }
        for (const [achievementId, systems] of pairs)
          pool.push({ needId: need.id, achievementId, systems });
      }
    }
    const matcherRun = runs.find((run) => run.scores);
    const calibration = matcherRun?.scores
      ? thresholdTable(
          evaluated.map((need) => ({
            ranking: matcherRun.rankings.get(need.id) ?? [],
            scores: matcherRun.scores?.get(need.id) ?? [],
            judgements: corpus.qrels.get(need.id)!,
          })),
          CALIBRATION_THRESHOLDS,
          MATCH_CONFIG.persistence.minTextPoints,
        )
      : undefined;
    const idealP5 =
      perNeed.reduce((sum, n) => sum + Math.min(5, n.relevant) / 5, 0) /
      Math.max(1, perNeed.length);
    return {
      startedAt,
      finishedAt: new Date().toISOString(),
      corpus: {
        dir: corpus.dir,
        needs: corpus.needs.length,
        achievements: corpus.achievements.length,
        judgements: [...corpus.qrels.values()].reduce((n, j) => n + j.size, 0),
        needsWithRelevant: corpus.needs.filter((n) => hasRelevant(corpus.qrels.get(n.id))).length,
      },
      rows,
      slices,
      idealP5: round(idealP5, 3),
      timings: {
        setupSeconds: round(setupSeconds, 2),
        loadSeconds: round(loaded.loadSeconds, 2),
        indexSeconds: round(loaded.indexSeconds, 2),
      },
      warnings: warnings.lines(),
      perNeed,
      errors: Object.fromEntries(runs.map((run) => [run.system, run.errors])),
      calibration,
      pool,
      variant: options.variant ?? [],
    };
  } finally {
    await env.dispose(log);
  }
}

/** The table printed to stdout. */
export function formatTable(report: EvaluationReport): string {
  const f = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : 'n/a');
  const header =
    '| system | nDCG@10 | P@5 | Recall@50 | needs evaluated | latency p50 / p95 (ms) | errors |';
  const lines = [header, '|---|---:|---:|---:|---:|---:|---:|'];
  for (const row of report.rows) {
    lines.push(
      `| ${row.label} | ${f(row.ndcg10)} | ${f(row.p5)} | ${f(row.recall50)} | ${row.needs} | ${row.latencyMs.p50} / ${row.latencyMs.p95} | ${row.errors} |`,
    );
  }
  for (const { slice, system, summary } of report.slices) {
    lines.push(
      `| ${SYSTEM_LABELS[system]}, ${slice} | ${f(summary.ndcg10)} | ${f(summary.p5)} | ${f(summary.recall50)} | ${summary.needs} | | |`,
    );
  }
  const c = report.corpus;
  lines.push(
    '',
    `P@5 is capped by the relevant achievements per need: the best possible here is ${f(report.idealP5)}.`,
    `Corpus ${c.dir}${report.variant.length ? ` (${report.variant.join(', ')})` : ''}: ${c.needs} needs (${c.needsWithRelevant} with a relevant achievement), ${c.achievements} achievements, ${c.judgements} judgements.`,
    `Setup ${report.timings.setupSeconds} s, load ${report.timings.loadSeconds} s, index ${report.timings.indexSeconds} s.`,
  );
  if (report.calibration) {
    const { minScore, notifyThreshold, minTextPoints } = MATCH_CONFIG.persistence;
    lines.push(
      '',
      `Matcher's top 10 against 匹配度 thresholds (a pair also needs ${minTextPoints} text points; stored from ${minScore}, notified from ${notifyThreshold}):`,
      '| 匹配度 ≥ | pairs kept | precision (grade ≥ 1) | relevant kept | grade 2 kept | needs served |',
      '|---:|---:|---:|---:|---:|---:|',
    );
    for (const row of report.calibration) {
      const mark =
        row.threshold === minScore
          ? ' (stored)'
          : row.threshold === notifyThreshold
            ? ' (notified)'
            : '';
      lines.push(
        `| ${row.threshold}${mark} | ${row.kept} | ${f(row.precision)} | ${f(row.relevantKept)} | ${f(row.addressingKept)} | ${f(row.needsServed)} |`,
      );
    }
  }
  return lines.join('\n');
}
