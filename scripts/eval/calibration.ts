import { RELEVANT_GRADE, type Judgements } from './metrics';
import type { CandidateScore } from './systems';

/**
 * Which of the matcher's pairs a 匹配度 threshold would keep, read against the judgements.
 * Only the top 10 of each need are counted: that is what the corpora judge completely for the
 * matcher (pooled to depth 10), so every kept pair has a grade and precision is not guessed.
 */
export interface ThresholdRow {
  threshold: number;
  /** Pairs kept: score ≥ threshold and at least `minTextPoints` text points. */
  kept: number;
  /** Kept pairs judged relevant (grade ≥ 1) over kept pairs. */
  precision: number;
  /** Relevant top-10 pairs kept over all relevant top-10 pairs. */
  relevantKept: number;
  /** Grade-2 top-10 pairs kept over all grade-2 top-10 pairs. */
  addressingKept: number;
  /** Needs with at least one relevant pair kept over needs with a relevant pair in the top 10. */
  needsServed: number;
}

export interface RankedNeed {
  ranking: readonly string[];
  scores: readonly CandidateScore[];
  judgements: Judgements;
}

export const CALIBRATION_DEPTH = 10;

export function thresholdTable(
  needs: readonly RankedNeed[],
  thresholds: readonly number[],
  minTextPoints: number,
): ThresholdRow[] {
  const pairs = needs.map((need, index) => ({
    index,
    top: need.ranking.slice(0, CALIBRATION_DEPTH).map((id, rank) => ({
      grade: need.judgements.get(id) ?? 0,
      score: need.scores[rank]?.score ?? 0,
      textPoints: need.scores[rank]?.textPoints ?? 0,
    })),
  }));
  const all = pairs.flatMap((need) => need.top.map((pair) => ({ ...pair, need: need.index })));
  const relevant = all.filter((pair) => pair.grade >= RELEVANT_GRADE);
  const addressing = all.filter((pair) => pair.grade >= 2);
  const needsWithRelevant = new Set(relevant.map((pair) => pair.need)).size;
  const ratio = (part: number, whole: number) => (whole === 0 ? Number.NaN : part / whole);
  return thresholds.map((threshold) => {
    const keeps = (pair: (typeof all)[number]) =>
      pair.score >= threshold && pair.textPoints >= minTextPoints;
    const kept = all.filter(keeps);
    const keptRelevant = kept.filter((pair) => pair.grade >= RELEVANT_GRADE);
    return {
      threshold,
      kept: kept.length,
      precision: ratio(keptRelevant.length, kept.length),
      relevantKept: ratio(keptRelevant.length, relevant.length),
      addressingKept: ratio(kept.filter((pair) => pair.grade >= 2).length, addressing.length),
      needsServed: ratio(new Set(keptRelevant.map((pair) => pair.need)).size, needsWithRelevant),
    };
  });
}
