/** Scorecards: weighted totals, the spread between evaluators, and the owner's ranking. */

export interface Criterion {
  name: string;
  /** Percent; a challenge's weights sum to 100. */
  weight: number;
}

/** Σ score × weight / 10, so ten on every criterion is 100; two decimals. */
export function weightedTotal(
  criteria: readonly Criterion[],
  scores: Record<string, number>,
): number {
  const total = criteria.reduce((sum, c) => sum + (scores[c.name] ?? 0) * c.weight, 0) / 10;
  return Math.round(total * 100) / 100;
}

/** Problems of a scorecard: a score for each criterion, each 0–10 (halves allowed), nothing else. */
export function scorecardProblems(
  criteria: readonly Criterion[],
  scores: Record<string, unknown>,
): { field: string; messages: string[] }[] {
  const problems: { field: string; messages: string[] }[] = [];
  const names = new Set(criteria.map((c) => c.name));
  for (const criterion of criteria) {
    const value = scores[criterion.name];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      problems.push({ field: `scores.${criterion.name}`, messages: ['请为该评分项打分（0–10）'] });
    } else if (value < 0 || value > 10 || Math.round(value * 2) !== value * 2) {
      problems.push({
        field: `scores.${criterion.name}`,
        messages: ['分值须在 0–10 之间（可为 0.5 的倍数）'],
      });
    }
  }
  for (const key of Object.keys(scores)) {
    if (!names.has(key))
      problems.push({ field: `scores.${key}`, messages: ['不是本榜单的评分项'] });
  }
  return problems;
}

export interface ScoreSummary {
  /** Mean of the evaluators' weighted totals; null before any score. */
  mean: number | null;
  /** Highest minus lowest total; null before two scores. */
  spread: number | null;
  count: number;
}

export function summariseTotals(totals: readonly number[]): ScoreSummary {
  if (totals.length === 0) return { mean: null, spread: null, count: 0 };
  const mean = totals.reduce((a, b) => a + b, 0) / totals.length;
  return {
    mean: Math.round(mean * 100) / 100,
    spread:
      totals.length > 1
        ? Math.round((Math.max(...totals) - Math.min(...totals)) * 100) / 100
        : null,
    count: totals.length,
  };
}

/** Ranks by mean total, highest first; unscored last; ties share a rank. */
export function rank<T extends { summary: ScoreSummary }>(
  rows: readonly T[],
): (T & { rank: number | null })[] {
  const sorted = [...rows].sort((a, b) => (b.summary.mean ?? -1) - (a.summary.mean ?? -1));
  let previous: number | null = null;
  let previousRank = 0;
  return sorted.map((row, index) => {
    if (row.summary.mean === null) return { ...row, rank: null };
    const r = row.summary.mean === previous ? previousRank : index + 1;
    previous = row.summary.mean;
    previousRank = r;
    return { ...row, rank: r };
  });
}
