/**
 * The offline report over the judgement log (`npm run eval:feedback`): re-scores every logged
 * decision from its stored features with the weights in force and with candidate weights, and
 * says how each would have ranked what people decided. Pure: no database, no files; it never
 * writes weights anywhere.
 */
import {
  MATCH_CONFIG,
  scoreFeatures,
  weightsVersion,
  type JudgementRecord,
  type ScoringConfig,
} from '@rongtong/matching';

/** interest and mutual say "relevant"; a decline `not_relevant` says "not"; the rest say neither. */
export type Label = 'positive' | 'negative';

export function labelOf(record: JudgementRecord): Label | null {
  if (record.decision === 'interest' || record.decision === 'mutual') return 'positive';
  if (record.decision === 'decline' && record.declineReason === 'not_relevant') return 'negative';
  return null;
}

/** The listing (or organisation) on whose behalf the decision was made: whose candidates these are. */
export function deciderOf(record: JudgementRecord): string {
  return record.side === 'subject'
    ? `${record.subjectKind}:${record.subjectId}`
    : `${record.counterpartKind}:${record.counterpartId}`;
}

/** The other side of the match: the candidate the decider judged. */
export function candidateOf(record: JudgementRecord): string {
  return record.side === 'subject'
    ? `${record.counterpartKind}:${record.counterpartId}`
    : `${record.subjectKind}:${record.subjectId}`;
}

/** One decider's latest judgement of one candidate, scored. */
export interface ScoredJudgement {
  matchId: string;
  candidate: string;
  label: Label | null;
  score: number;
}

export interface GroupMetrics {
  decider: string;
  candidates: number;
  positives: number;
  negatives: number;
  /** Positive–negative pairs ordered right (positive strictly above). */
  correct: number;
  ties: number;
  pairs: number;
  /** correct / pairs: ties count as wrong. */
  accuracy: number;
  /** (correct + ties / 2) / pairs: the probability a random positive outscores a random negative. */
  auc: number;
  /** Ranks (1 = best, ties share the mean rank) of the positives among all logged candidates. */
  positiveRanks: number[];
}

/**
 * Ranks and pairwise order of one decider's judged candidates. Every logged candidate counts
 * for the ranks; only positives and negatives form pairs.
 */
export function groupMetrics(decider: string, judged: ScoredJudgement[]): GroupMetrics {
  const positives = judged.filter((j) => j.label === 'positive');
  const negatives = judged.filter((j) => j.label === 'negative');
  let correct = 0;
  let ties = 0;
  for (const p of positives) {
    for (const n of negatives) {
      if (p.score > n.score) correct++;
      else if (p.score === n.score) ties++;
    }
  }
  const pairs = positives.length * negatives.length;
  const rankOf = (score: number) => {
    const above = judged.filter((j) => j.score > score).length;
    const level = judged.filter((j) => j.score === score).length;
    return above + (level + 1) / 2;
  };
  return {
    decider,
    candidates: judged.length,
    positives: positives.length,
    negatives: negatives.length,
    correct,
    ties,
    pairs,
    accuracy: pairs ? correct / pairs : NaN,
    auc: pairs ? (correct + ties / 2) / pairs : NaN,
    positiveRanks: positives.map((p) => rankOf(p.score)),
  };
}

/** A way to score a logged decision: the score people saw, or features under some weights. */
export type Scoring = { kind: 'logged' } | { kind: 'weights'; config: ScoringConfig };

export function scoreOf(record: JudgementRecord, scoring: Scoring): number | null {
  if (scoring.kind === 'logged') return record.score;
  return record.features ? scoreFeatures(record.features, scoring.config).exactScore : null;
}

/** Each decider's latest decision per match (a later decline replaces an earlier interest). */
export function latestJudgements(records: JudgementRecord[]): Map<string, JudgementRecord[]> {
  const latest = new Map<string, Map<string, JudgementRecord>>();
  const order = [...records].sort(
    (a, b) => a.decidedAt.localeCompare(b.decidedAt) || Number(a.id) - Number(b.id),
  );
  for (const record of order) {
    const decider = deciderOf(record);
    const byMatch = latest.get(decider) ?? new Map<string, JudgementRecord>();
    byMatch.set(record.matchId, record);
    latest.set(decider, byMatch);
  }
  return new Map([...latest].map(([decider, byMatch]) => [decider, [...byMatch.values()]]));
}

export interface Summary {
  /** Deciders with at least one positive and one negative. */
  groups: number;
  pairs: number;
  /** Pooled over all pairs. */
  accuracy: number;
  auc: number;
  /** Mean of the groups' AUC. */
  macroAuc: number;
  /** Mean rank of the positives among their decider's logged candidates. */
  meanPositiveRank: number;
  /** Mean logged candidates per judged group (the rank's scale). */
  meanCandidates: number;
}

const mean = (values: number[]) =>
  values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : NaN;

export function summarise(groups: GroupMetrics[]): Summary {
  const judged = groups.filter((g) => g.pairs > 0);
  const pairs = judged.reduce((sum, g) => sum + g.pairs, 0);
  const correct = judged.reduce((sum, g) => sum + g.correct, 0);
  const ties = judged.reduce((sum, g) => sum + g.ties, 0);
  return {
    groups: judged.length,
    pairs,
    accuracy: pairs ? correct / pairs : NaN,
    auc: pairs ? (correct + ties / 2) / pairs : NaN,
    macroAuc: mean(judged.map((g) => g.auc)),
    meanPositiveRank: mean(judged.flatMap((g) => g.positiveRanks)),
    meanCandidates: mean(judged.map((g) => g.candidates)),
  };
}

/** Scores every decider's latest judgements that have features and computes their metrics. */
export function evaluate(
  latest: Map<string, JudgementRecord[]>,
  scoring: Scoring,
): { groups: GroupMetrics[]; scores: Map<string, number> } {
  const groups: GroupMetrics[] = [];
  const scores = new Map<string, number>();
  for (const [decider, records] of latest) {
    const judged: ScoredJudgement[] = [];
    for (const record of records) {
      if (!record.features) continue;
      const score = scoreOf(record, scoring);
      if (score === null) continue;
      scores.set(`${decider}|${record.matchId}`, score);
      judged.push({
        matchId: record.matchId,
        candidate: candidateOf(record),
        label: labelOf(record),
        score,
      });
    }
    if (judged.length > 0) groups.push(groupMetrics(decider, judged));
  }
  return { groups, scores };
}

// ---------------------------------------------------------------------------------------------
// Candidate weights: partial overrides of the scoring part of MatchConfig.

export class WeightsFileError extends Error {}

/** One changed number: its path in MatchConfig, the value in force and the candidate's. */
export interface WeightChange {
  path: string;
  from: number;
  to: number;
}

const SCORING_KEYS: readonly (keyof ScoringConfig)[] = [
  'weights',
  'text',
  'industryLevels',
  'region',
  'maturity',
  'price',
  'freshness',
  'tier',
];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The changes an override file asks for, checked against MatchConfig: every key must exist,
 * every value be a finite number ≥ 0 where the config has a number. Thresholds and retrieval
 * sizes are refused: they do not change a score.
 */
export function weightChanges(
  override: unknown,
  base: ScoringConfig = MATCH_CONFIG,
): WeightChange[] {
  if (!isRecord(override)) throw new WeightsFileError('the weights file must hold a JSON object');
  const changes: WeightChange[] = [];
  const walk = (value: unknown, current: unknown, path: string) => {
    if (typeof current === 'number') {
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        throw new WeightsFileError(`${path}: a number ≥ 0, got ${JSON.stringify(value)}`);
      }
      if (value !== current) changes.push({ path, from: current, to: value });
      return;
    }
    if (!isRecord(value) || !isRecord(current)) {
      throw new WeightsFileError(`${path}: an object, got ${JSON.stringify(value)}`);
    }
    for (const [key, item] of Object.entries(value)) {
      if (!(key in current)) {
        throw new WeightsFileError(
          `${path}.${key}: no such setting (one of ${Object.keys(current).join(', ')})`,
        );
      }
      walk(item, current[key], `${path}.${key}`);
    }
  };
  for (const [key, value] of Object.entries(override)) {
    if (!SCORING_KEYS.includes(key as keyof ScoringConfig)) {
      throw new WeightsFileError(
        `${key}: not a scoring setting (one of ${SCORING_KEYS.join(', ')}; thresholds and retrieval sizes do not change a score)`,
      );
    }
    walk(value, base[key as keyof ScoringConfig], key);
  }
  return changes;
}

/** The base config with these changes applied (a copy; the base is never modified). */
export function applyChanges(base: ScoringConfig, changes: WeightChange[]): ScoringConfig {
  const copy = structuredClone<ScoringConfig>(base);
  for (const change of changes) {
    const keys = change.path.split('.');
    let target: Record<string, unknown> = copy;
    for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
    target[keys[keys.length - 1]] = change.to;
  }
  return copy;
}

/** Directions whose weights no longer sum to 100 (scores then leave the 0–100 scale's meaning). */
export function weightSums(config: ScoringConfig): Record<string, number> {
  return Object.fromEntries(
    Object.entries(config.weights).map(([direction, weights]) => [
      direction,
      Object.values(weights as Record<string, number>).reduce((sum, w) => sum + w, 0),
    ]),
  );
}

// ---------------------------------------------------------------------------------------------
// Flips: positive–negative pairs that the candidate weights order differently.

export interface Flip {
  decider: string;
  positive: { matchId: string; candidate: string; current: number; proposed: number };
  negative: { matchId: string; candidate: string; current: number; proposed: number };
  /** better: now the positive is above; worse: it no longer is. */
  direction: 'better' | 'worse';
  /** How far the margin (positive − negative) moved. */
  swing: number;
  /** Single changes that flip this pair on their own. */
  flippedBy: string[];
}

interface PairOrder {
  decider: string;
  positive: JudgementRecord;
  negative: JudgementRecord;
}

function judgedPairs(latest: Map<string, JudgementRecord[]>): PairOrder[] {
  const pairs: PairOrder[] = [];
  for (const [decider, records] of latest) {
    const withFeatures = records.filter((r) => r.features);
    const positives = withFeatures.filter((r) => labelOf(r) === 'positive');
    const negatives = withFeatures.filter((r) => labelOf(r) === 'negative');
    for (const positive of positives)
      for (const negative of negatives) pairs.push({ decider, positive, negative });
  }
  return pairs;
}

const rightOrder = (margin: number) => margin > 0;

export interface ChangeEffect extends WeightChange {
  better: number;
  worse: number;
  auc: number;
}

export interface FlipAnalysis {
  better: number;
  worse: number;
  examples: Flip[];
  /** What each change does on its own. */
  perChange: ChangeEffect[];
}

export function flips(
  latest: Map<string, JudgementRecord[]>,
  base: ScoringConfig,
  changes: WeightChange[],
  examples = 10,
): FlipAnalysis {
  const pairs = judgedPairs(latest);
  const exact = (record: JudgementRecord, config: ScoringConfig) =>
    record.features ? scoreFeatures(record.features, config).exactScore : 0;
  const margin = (pair: PairOrder, config: ScoringConfig) =>
    exact(pair.positive, config) - exact(pair.negative, config);
  const candidate = applyChanges(base, changes);
  const singles = changes.map((change) => ({ change, config: applyChanges(base, [change]) }));
  const baseMargins = pairs.map((pair) => margin(pair, base));
  const perChange: ChangeEffect[] = singles.map(({ change, config }) => {
    let better = 0;
    let worse = 0;
    pairs.forEach((pair, i) => {
      const before = rightOrder(baseMargins[i]);
      const after = rightOrder(margin(pair, config));
      if (!before && after) better++;
      if (before && !after) worse++;
    });
    return {
      ...change,
      better,
      worse,
      auc: summarise(evaluate(latest, { kind: 'weights', config }).groups).auc,
    };
  });
  const found: Flip[] = [];
  pairs.forEach((pair, i) => {
    const before = baseMargins[i];
    const after = margin(pair, candidate);
    if (rightOrder(before) === rightOrder(after)) return;
    const side = (record: JudgementRecord) => ({
      matchId: record.matchId,
      candidate: candidateOf(record),
      current: exact(record, base),
      proposed: exact(record, candidate),
    });
    found.push({
      decider: pair.decider,
      positive: side(pair.positive),
      negative: side(pair.negative),
      direction: rightOrder(after) ? 'better' : 'worse',
      swing: after - before,
      flippedBy: singles
        .filter(({ config }) => rightOrder(margin(pair, config)) !== rightOrder(before))
        .map(({ change }) => change.path),
    });
  });
  found.sort(
    (a, b) =>
      Math.abs(b.swing) - Math.abs(a.swing) ||
      a.decider.localeCompare(b.decider) ||
      a.positive.matchId.localeCompare(b.positive.matchId) ||
      a.negative.matchId.localeCompare(b.negative.matchId),
  );
  return {
    better: found.filter((f) => f.direction === 'better').length,
    worse: found.filter((f) => f.direction === 'worse').length,
    examples: found.slice(0, examples),
    perChange,
  };
}

// ---------------------------------------------------------------------------------------------
// The report.

export interface DecisionCounts {
  total: number;
  byDecision: Record<string, number>;
  positives: number;
  negatives: number;
  /** Declines for another reason than not_relevant: kept, not counted as relevance. */
  unlabelled: number;
  withoutFeatures: number;
  byWeightsVersion: Record<string, number>;
}

export function countDecisions(records: JudgementRecord[]): DecisionCounts {
  const byDecision: Record<string, number> = {};
  const byWeightsVersion: Record<string, number> = {};
  let positives = 0;
  let negatives = 0;
  for (const record of records) {
    const key =
      record.decision === 'decline'
        ? `decline:${record.declineReason ?? 'other'}`
        : record.decision;
    byDecision[key] = (byDecision[key] ?? 0) + 1;
    const version = record.weightsVersion ?? '(none)';
    byWeightsVersion[version] = (byWeightsVersion[version] ?? 0) + 1;
    const label = labelOf(record);
    if (label === 'positive') positives++;
    if (label === 'negative') negatives++;
  }
  return {
    total: records.length,
    byDecision,
    positives,
    negatives,
    unlabelled: records.length - positives - negatives,
    withoutFeatures: records.filter((r) => !r.features).length,
    byWeightsVersion,
  };
}

export interface FeedbackReport {
  counts: DecisionCounts;
  currentWeightsVersion: string;
  candidateWeightsVersion: string | null;
  changes: WeightChange[];
  weightSums: { current: Record<string, number>; candidate: Record<string, number> | null };
  rows: { system: 'logged' | 'current' | 'candidate'; summary: Summary }[];
  perGroup: { decider: string; current: GroupMetrics; candidate: GroupMetrics | null }[];
  flips: FlipAnalysis | null;
}

export function feedbackReport(
  records: JudgementRecord[],
  options: { changes?: WeightChange[]; base?: ScoringConfig; examples?: number } = {},
): FeedbackReport {
  const base = options.base ?? MATCH_CONFIG;
  const latest = latestJudgements(records);
  const logged = evaluate(latest, { kind: 'logged' });
  const current = evaluate(latest, { kind: 'weights', config: base });
  const changes = options.changes ?? [];
  const candidateConfig = options.changes ? applyChanges(base, changes) : null;
  const candidate = candidateConfig
    ? evaluate(latest, { kind: 'weights', config: candidateConfig })
    : null;
  const rows: FeedbackReport['rows'] = [
    { system: 'logged', summary: summarise(logged.groups) },
    { system: 'current', summary: summarise(current.groups) },
  ];
  if (candidate) rows.push({ system: 'candidate', summary: summarise(candidate.groups) });
  const candidateGroups = new Map(candidate?.groups.map((g) => [g.decider, g]) ?? []);
  return {
    counts: countDecisions(records),
    currentWeightsVersion: weightsVersion(base),
    candidateWeightsVersion: candidateConfig ? weightsVersion(candidateConfig) : null,
    changes,
    weightSums: {
      current: weightSums(base),
      candidate: candidateConfig ? weightSums(candidateConfig) : null,
    },
    rows,
    perGroup: current.groups
      .filter((g) => g.pairs > 0)
      .map((g) => ({
        decider: g.decider,
        current: g,
        candidate: candidateGroups.get(g.decider) ?? null,
      })),
    flips: candidateConfig ? flips(latest, base, changes, options.examples ?? 10) : null,
  };
}

const f3 = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : 'n/a');
const f1 = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : 'n/a');
const short = (id: string) => {
  const [kind, uuid] = id.split(':');
  return uuid ? `${kind}:${uuid.slice(0, 8)}` : id;
};

const SYSTEM_LABELS = {
  logged: 'score shown (as logged)',
  current: 'weights in force',
  candidate: 'candidate weights',
} as const;

/** The report as Markdown-style tables, for a terminal or an issue. */
export function formatFeedbackReport(report: FeedbackReport): string {
  const c = report.counts;
  const lines: string[] = [
    '# 匹配反馈评估 Matching feedback report',
    '',
    `Decisions logged: ${c.total} (${Object.entries(c.byDecision)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}).`,
    `Relevance judgements: ${c.positives} positive (interest, mutual), ${c.negatives} negative (decline not_relevant); ${c.unlabelled} other declines kept but not counted; ${c.withoutFeatures} without features (scored before features were logged) left out.`,
    `Weights versions in the log: ${Object.entries(c.byWeightsVersion)
      .map(([v, n]) => `${v} ×${n}`)
      .join(
        ', ',
      )}; in force now: ${report.currentWeightsVersion}${report.candidateWeightsVersion ? `; candidate: ${report.candidateWeightsVersion}` : ''}.`,
    '',
    '| ranking | listings judged | pos–neg pairs | pairwise accuracy | AUC | macro AUC | mean rank of positives | candidates per listing |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const { system, summary: s } of report.rows) {
    lines.push(
      `| ${SYSTEM_LABELS[system]} | ${s.groups} | ${s.pairs} | ${f3(s.accuracy)} | ${f3(s.auc)} | ${f3(s.macroAuc)} | ${f1(s.meanPositiveRank)} | ${f1(s.meanCandidates)} |`,
    );
  }
  lines.push(
    '',
    'Pairwise accuracy: share of (positive, negative) pairs of one listing with the positive strictly above; AUC counts ties as half. A listing counts when it has both.',
  );
  if (report.changes.length > 0 && report.flips) {
    lines.push(
      '',
      '## Weight changes',
      '',
      '| setting | in force | candidate | pairs put right alone | pairs put wrong alone | AUC alone |',
      '|---|---:|---:|---:|---:|---:|',
    );
    for (const e of report.flips.perChange) {
      lines.push(`| ${e.path} | ${e.from} | ${e.to} | ${e.better} | ${e.worse} | ${f3(e.auc)} |`);
    }
    const sums = report.weightSums.candidate ?? {};
    const off = Object.entries(sums).filter(([, sum]) => sum !== 100);
    if (off.length > 0) {
      lines.push(
        '',
        `Note: candidate weights no longer sum to 100 for ${off.map(([d, s]) => `${d} (${s})`).join(', ')}; the order is still comparable, the 0–100 scale and thresholds are not.`,
      );
    }
    lines.push(
      '',
      `All changes together: ${report.flips.better} pairs put right, ${report.flips.worse} put wrong.`,
    );
    if (report.flips.examples.length > 0) {
      lines.push(
        '',
        '| # | listing | positive (match, candidate) | negative (match, candidate) | in force pos / neg | candidate pos / neg | now | flipped alone by |',
        '|---:|---|---|---|---:|---:|---|---|',
      );
      report.flips.examples.forEach((flip, i) => {
        lines.push(
          `| ${i + 1} | ${short(flip.decider)} | ${flip.positive.matchId}, ${short(flip.positive.candidate)} | ${flip.negative.matchId}, ${short(flip.negative.candidate)} | ${f1(flip.positive.current)} / ${f1(flip.negative.current)} | ${f1(flip.positive.proposed)} / ${f1(flip.negative.proposed)} | ${flip.direction === 'better' ? 'right' : 'wrong'} | ${flip.flippedBy.join(', ') || '(only together)'} |`,
        );
      });
    }
  } else if (report.candidateWeightsVersion) {
    lines.push('', 'The candidate weights equal the weights in force: nothing to compare.');
  }
  lines.push(
    '',
    'This report reads the log only; it never changes MatchConfig. Adopt a change by editing libs/matching/src/scoring/match-weights.ts after checking `npm run eval:matching`.',
  );
  return lines.join('\n');
}
