import { createHash } from 'node:crypto';
import type { MatchSignal } from '../entities/match.entity';
import type { PairFeatures } from '../entities/pair-features.types';
import { combinedTextFraction, gatedShare, MatchConfig } from './match-weights';

export type { PairFeatures } from '../entities/pair-features.types';

/** The parts of MatchConfig a score depends on (retrieval sizes and thresholds do not). */
export type ScoringConfig = Pick<
  MatchConfig,
  'weights' | 'text' | 'industryLevels' | 'region' | 'maturity' | 'price' | 'freshness' | 'tier'
>;

/** A score re-computed from features: what MatchScorer would say for them. */
export interface FeatureScore {
  /** 匹配度, integer 0–100, rounded as the scorer rounds (per reason to 0.1, then the sum). */
  score: number;
  /** The unrounded sum. */
  exactScore: number;
  /** Points per signal (unrounded), for explaining what changed. */
  points: Partial<Record<MatchSignal, number>>;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** How much of the text weight applies (the scorer's bm25Relevance / featureRelevance). */
export function textFraction(text: PairFeatures['text'], config: MatchConfig['text']): number {
  const part =
    text.measure === 'bm25'
      ? text.similarity / (text.similarity + config.bm25Half)
      : Math.min(1, text.similarity / config.cosineForFull);
  return combinedTextFraction(part, text.sharedKeywords, text.withoutKeywords === true, config);
}

function freshnessFraction(days: number | null, config: MatchConfig['freshness']): number {
  if (days === null) return 0;
  if (days <= config.fullDays) return 1;
  return Math.max(0, (config.zeroDays - days) / (config.zeroDays - config.fullDays));
}

/** Each signal's 0–1 fraction, in the order the scorer adds them for the direction. */
export function signalFractions(
  features: PairFeatures,
  config: ScoringConfig,
): [MatchSignal, number][] {
  const text = textFraction(features.text, config.text);
  const industry = features.industry === null ? 0 : config.industryLevels[features.industry];
  const region = features.region === null ? 0 : config.region[features.region];
  switch (features.direction) {
    case 'needAchievement': {
      const maturity =
        features.maturity === null
          ? 0
          : features.maturity === 'met'
            ? 1
            : config.maturity[features.maturity];
      const price = features.price === null ? 0 : config.price[features.price];
      return [
        ['text', text],
        ['industry', industry],
        ['modes', (features.modes ?? 0) > 0 ? 1 : 0],
        ['maturity', maturity],
        ['price', price],
        ['region', region],
        ['freshness', freshnessFraction(features.freshnessDays, config.freshness)],
      ];
    }
    case 'challengeOrganisation': {
      const tier = features.tier;
      const tierFraction = !tier ? 0 : tier.againstMinimum ? 1 : config.tier.byTier[tier.tier];
      return [
        ['text', text],
        ['industry', industry],
        ['region', region],
        ['eligibility', features.eligible ? 1 : 0],
        ['tier', tierFraction],
      ];
    }
    default:
      return [
        ['text', text],
        ['industry', industry],
        ['region', region],
      ];
  }
}

/**
 * The score MatchScorer gives a pair with these features under `config`: each signal's weight ×
 * fraction, the structured signals of a need–achievement pair scaled by the text gate, summed
 * the way the scorer sums (so with MATCH_CONFIG it reproduces the stored score exactly).
 */
export function scoreFeatures(features: PairFeatures, config: ScoringConfig): FeatureScore {
  const weights: Partial<Record<MatchSignal, number>> = config.weights[features.direction];
  const fractions = signalFractions(features, config);
  const text = fractions[0][1];
  const gated = features.direction === 'needAchievement';
  let exactScore = 0;
  let total = 0;
  const points: Partial<Record<MatchSignal, number>> = {};
  for (const [kind, fraction] of fractions) {
    if (fraction <= 0 && kind === 'text') continue;
    const share = gated ? gatedShare(kind, text, config.text) : 1;
    const exact = (weights[kind] ?? 0) * fraction * share;
    exactScore += exact;
    points[kind] = exact;
    const contribution = round1(exact);
    if (contribution > 0) total += contribution;
  }
  return { score: Math.max(0, Math.min(100, Math.round(total))), exactScore, points };
}

const versions = new WeakMap<object, string>();

/**
 * A short fingerprint of everything that decides a score (weights and grading numbers, not
 * retrieval sizes or thresholds): logged decisions say which weights produced the score shown.
 */
export function weightsVersion(config: ScoringConfig): string {
  let version = versions.get(config);
  if (!version) {
    const scoring: ScoringConfig = {
      weights: config.weights,
      text: config.text,
      industryLevels: config.industryLevels,
      region: config.region,
      maturity: config.maturity,
      price: config.price,
      freshness: config.freshness,
      tier: config.tier,
    };
    version = createHash('sha256').update(stableJson(scoring)).digest('hex').slice(0, 12);
    versions.set(config, version);
  }
  return version;
}

/** JSON with object keys sorted, so the fingerprint does not depend on key order. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
