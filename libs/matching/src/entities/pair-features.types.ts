import type { SmeTier } from '@rongtong/identity';

/**
 * The vocabulary of a pair's features, beside the entities that store them (match.features and
 * match_judgement.features); scoring/pair-features.ts turns them into scores.
 */

/** The four scoring directions (MatchDirection in match-weights.ts). */
export type FeatureDirection =
  'needAchievement' | 'needOrganisation' | 'achievementSme' | 'challengeOrganisation';
/** The deepest GB/T 4754 level two industry codes share. */
export type IndustryLevel = 'class' | 'group' | 'division' | 'section';
export type RegionLevel = 'city' | 'province';
/** How the achievement's TRL meets the need's: at least, one below, or the need names none. */
export type MaturityGrade = 'met' | 'oneBelow' | 'unspecified';
/** The achievement's price against the need's budget (see MatchConfig['price']). */
export type PriceGrade = 'withinBudget' | 'slightlyOver' | 'negotiable';

/**
 * What a pair's score was computed from, before any weight or grading number of MatchConfig:
 * re-scoring these with other weights gives exactly the score the scorer would have given
 * (`scoreFeatures`), so past decisions can be re-ranked offline (`npm run eval:feedback`).
 * Nothing in it names a person; it is stored on the match and copied into the judgement log.
 */
export interface PairFeatures {
  direction: FeatureDirection;
  text: {
    /** bm25: ratio of the pair's BM25 to the best the need allows (need–achievement pairs); cosine: weighted bigram cosine. */
    measure: 'bm25' | 'cosine';
    similarity: number;
    /** Keywords of either side found in the other's text. */
    sharedKeywords: number;
    /**
     * Neither side named keywords (as on a real market), so the whole text weight comes from
     * the similarity; absent on features logged before this existed (read as false).
     */
    withoutKeywords?: boolean;
  };
  /** Deepest GB/T 4754 level the two industries share (null: not even the section). */
  industry: IndustryLevel | null;
  /** Cooperation modes the need wants that the achievement offers (need–achievement only). */
  modes: number | null;
  maturity: MaturityGrade | null;
  price: PriceGrade | null;
  region: RegionLevel | null;
  /** Age in China calendar days of the older listing (need–achievement only). */
  freshnessDays: number | null;
  /** The organisation's tier on the challenge's deadline and whether the challenge set a minimum. */
  tier: { tier: SmeTier; againstMinimum: boolean } | null;
  /** A challenge candidate passed the eligibility filter. */
  eligible: boolean;
}
