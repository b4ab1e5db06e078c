import type { MatchReason } from '../entities/match.entity';
import { MATCH_CONFIG } from './match-weights';

type Thresholds = Pick<typeof MATCH_CONFIG.persistence, 'minScore' | 'minTextPoints'>;

/**
 * Whether a scored pair is worth keeping. Structured signals alone (same region, a mode in
 * common, a price within budget) can add up to the minimum score for two listings about
 * different things, so a need or achievement pair also needs some text relevance. A
 * challenge's candidates qualify by eligibility, so no text is required there.
 */
export function qualifiesAsMatch(
  sourceKind: 'need' | 'achievement' | 'challenge',
  candidate: { score: number; reasons: MatchReason[] },
  thresholds: Thresholds = MATCH_CONFIG.persistence,
): boolean {
  if (candidate.score < thresholds.minScore) return false;
  if (sourceKind === 'challenge') return true;
  const text = candidate.reasons.find((reason) => reason.kind === 'text');
  return (text?.contribution ?? 0) >= thresholds.minTextPoints;
}

export const MATCH_STRENGTHS = ['strong', 'fair', 'weak'] as const;
/**
 * How a 匹配度 reads against the calibrated thresholds: `strong` from the score at which the
 * parties are told (高度匹配), `fair` from the score at which a pair is kept (可以参考), `weak`
 * below it (a stored pair whose score fell). The number alone misleads: on text written as real
 * postings are, a relevant pair scores 25–40, which looks poor on a 0–100 bar.
 */
export type MatchStrength = (typeof MATCH_STRENGTHS)[number];

export function matchStrength(
  score: number,
  thresholds: Pick<
    typeof MATCH_CONFIG.persistence,
    'minScore' | 'notifyThreshold'
  > = MATCH_CONFIG.persistence,
): MatchStrength {
  if (score >= thresholds.notifyThreshold) return 'strong';
  if (score >= thresholds.minScore) return 'fair';
  return 'weak';
}
