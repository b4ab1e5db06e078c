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
