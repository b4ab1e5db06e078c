/**
 * Ranking metrics of the matching evaluation, with graded judgements (0–2). Unjudged items count
 * as grade 0. A ranking is deduplicated first (an id counts at its first position only).
 */

export type Judgements = ReadonlyMap<string, number>;

/** Grade ≥ 1 is relevant for P@k and Recall@k. */
export const RELEVANT_GRADE = 1;

function firstOccurrences(ranking: readonly string[]): string[] {
  return [...new Set(ranking)];
}

/** Σ (2^g − 1) / log2(rank + 1), rank from 1. */
export function dcg(grades: readonly number[]): number {
  return grades.reduce((sum, grade, index) => sum + (2 ** grade - 1) / Math.log2(index + 2), 0);
}

/**
 * nDCG@k: DCG of the top k over the DCG of the ideal top k, the ideal being every judged grade
 * of the need sorted descending. NaN when the need has no grade above 0 (nothing to find).
 */
export function ndcgAt(ranking: readonly string[], judgements: Judgements, k: number): number {
  const ideal = dcg(
    [...judgements.values()]
      .filter((g) => g > 0)
      .sort((a, b) => b - a)
      .slice(0, k),
  );
  if (ideal === 0) return Number.NaN;
  const gains = firstOccurrences(ranking)
    .slice(0, k)
    .map((id) => judgements.get(id) ?? 0);
  return dcg(gains) / ideal;
}

/** P@k: relevant items among the top k, over k (a shorter ranking is not rewarded). */
export function precisionAt(ranking: readonly string[], judgements: Judgements, k: number): number {
  const hits = firstOccurrences(ranking)
    .slice(0, k)
    .filter((id) => (judgements.get(id) ?? 0) >= RELEVANT_GRADE).length;
  return hits / k;
}

/** Recall@k: relevant items in the top k over all relevant items; NaN when none is relevant. */
export function recallAt(ranking: readonly string[], judgements: Judgements, k: number): number {
  const relevant = [...judgements.values()].filter((g) => g >= RELEVANT_GRADE).length;
  if (relevant === 0) return Number.NaN;
  const found = firstOccurrences(ranking)
    .slice(0, k)
    .filter((id) => (judgements.get(id) ?? 0) >= RELEVANT_GRADE).length;
  return found / relevant;
}

export interface NeedScores {
  needId: string;
  ndcg10: number;
  p5: number;
  recall50: number;
}

export interface MetricSummary {
  /** Means over the needs evaluated. */
  ndcg10: number;
  p5: number;
  recall50: number;
  needs: number;
}

export function scoreNeed(
  needId: string,
  ranking: readonly string[],
  judgements: Judgements,
): NeedScores {
  return {
    needId,
    ndcg10: ndcgAt(ranking, judgements, 10),
    p5: precisionAt(ranking, judgements, 5),
    recall50: recallAt(ranking, judgements, 50),
  };
}

/** Does the need have something to find (a judgement of grade ≥ 1)? Only those are evaluated. */
export function hasRelevant(judgements: Judgements | undefined): boolean {
  return judgements !== undefined && [...judgements.values()].some((g) => g >= RELEVANT_GRADE);
}

export function summarise(scores: readonly NeedScores[]): MetricSummary {
  const mean = (pick: (s: NeedScores) => number) =>
    scores.length === 0 ? Number.NaN : scores.reduce((sum, s) => sum + pick(s), 0) / scores.length;
  return {
    ndcg10: mean((s) => s.ndcg10),
    p5: mean((s) => s.p5),
    recall50: mean((s) => s.recall50),
    needs: scores.length,
  };
}
