import type { SmeTier } from '@rongtong/identity';
import type { MatchSignal } from '../entities/match.entity';

/** The four scoring directions (a need–achievement pair is one direction, whichever side). */
export type MatchDirection =
  'needAchievement' | 'needOrganisation' | 'achievementSme' | 'challengeOrganisation';

/** Points per signal; a direction's weights sum to 100. */
export type SignalWeights = Partial<Record<MatchSignal, number>>;

type Weights<S extends MatchSignal> = Record<S, number>;

export interface MatchConfig {
  weights: {
    needAchievement: Weights<
      'text' | 'industry' | 'modes' | 'maturity' | 'price' | 'region' | 'freshness'
    >;
    needOrganisation: Weights<'text' | 'industry' | 'region'>;
    achievementSme: Weights<'text' | 'industry' | 'region'>;
    challengeOrganisation: Weights<'text' | 'industry' | 'region' | 'eligibility' | 'tier'>;
  };
  text: {
    cosineShare: number;
    cosineForFull: number;
    keywordsForFull: number;
    titleWeight: number;
    keywordWeight: number;
    bodyWeight: number;
    keywordsShown: number;
    bm25Half: number;
    structuredGate: number;
    feasibilityGate: number;
    feasibilityPower: number;
  };
  industryLevels: { class: number; group: number; division: number; section: number };
  region: { city: number; province: number };
  maturity: { oneBelow: number; unspecified: number };
  price: { withinBudget: number; overTolerance: number; slightlyOver: number; negotiable: number };
  freshness: { fullDays: number; zeroDays: number };
  tier: { byTier: Record<SmeTier, number> };
  retrieval: {
    hitsPerQuery: number;
    maxKeywordsInQuery: number;
    defaultLimit: number;
  };
  persistence: {
    minScore: number;
    minTextPoints: number;
    topPerDirection: number;
    notifyThreshold: number;
    notifyDelta: number;
    chunkSize: number;
  };
}

/**
 * Every number that decides what matches and how much: weights of the signals per direction,
 * how each signal grades, retrieval sizes and the persistence/notification thresholds. One
 * object, so tuning (against `npm run eval:matching`) touches one file.
 *
 * A direction's weights sum to 100: a signal's weight is the most points it can add to the
 * 0–100 score (匹配度), and a reason's contribution is weight × how fully the signal holds.
 *
 * Measured on the CSL corpus (data/eval/csl, 200 needs): nDCG@10 0.958, P@5 0.469 (best
 * possible 0.492), Recall@50 0.980, against 0.277 / 0.142 / 0.328 for a plain Meilisearch title
 * query. The same needs in other words (`eval:build-corpus -- --phrasing held-out`): 0.959 /
 * 0.469 / 0.980 (needs without keywords 0.951, against 0.561 for the title query), because the
 * topic query takes the title words the description repeats rather than stripping one corpus's
 * request phrasing. Ranking quality on the CSL corpus barely moves with the text parameters (±0.005 nDCG@10 for
 * cosineShare 0.4–0.8, cosineForFull 0.3–0.6, title weight 2–5), and text alone scores 0.951
 * (the structured signals add a little even on a corpus judged on topic alone); the big gains
 * came from retrieval (see candidate-queries.ts). So the values below are chosen for explanation
 * and for what a deal needs, not fitted to that corpus.
 */
export const MATCH_CONFIG: MatchConfig = {
  weights: {
    /**
     * 技术需求 ↔ 科技成果, scored the same whichever side computes it. Text carries the most
     * because it is the only signal that says the two are about the same problem; the
     * structured signals then separate equally relevant candidates by whether the deal can
     * actually happen (mode, maturity, price) and how easy it is to meet (region).
     */
    needAchievement: {
      text: 46,
      industry: 14,
      modes: 10,
      maturity: 10,
      price: 8,
      region: 7,
      freshness: 5,
    },
    /**
     * 技术需求 → universities, institutes, service organisations: what they can do is their
     * profile and their published achievements, so text dominates; industry codes of research
     * organisations (often 7520 研究和试验发展) rarely agree with an SME's, hence less weight.
     */
    needOrganisation: { text: 65, industry: 20, region: 15 },
    /** 科技成果 → SMEs that could use it: an SME's profile is short, its industry says a lot. */
    achievementSme: { text: 50, industry: 35, region: 15 },
    /**
     * 榜单 → eligible organisations. Eligibility (type, region) is a hard filter, so it adds
     * only a small, explained constant; the tier adds more the higher it is (when the challenge
     * demands none) or in full when the challenge's minimum is met on its deadline.
     */
    challengeOrganisation: { text: 45, industry: 25, region: 10, eligibility: 10, tier: 10 },
  },

  text: {
    /** Share of the text weight given by the bigram cosine; the rest by shared keywords. */
    cosineShare: 0.6,
    /** Cosine of weighted Han bigrams at which the cosine part is full (relevant pairs: 0.2–0.5). */
    cosineForFull: 0.4,
    /** Shared keywords at which the keyword part is full. */
    keywordsForFull: 3,
    /** Title and keyword bigrams count this many times a body bigram: they say what it is about. */
    titleWeight: 3,
    keywordWeight: 3,
    bodyWeight: 1,
    /** Keywords listed in a reason sentence. */
    keywordsShown: 5,
    /**
     * Need–achievement text is BM25 (libs/matching/src/text/bm25.ts): its ratio to the best
     * score the need allows, saturated as ratio / (ratio + bm25Half), takes the cosine's share.
     */
    bm25Half: 0.15,
    /**
     * The industry of a need–achievement pair counts in full only once the pair's text fraction
     * reaches this, proportionally below, so it re-ranks candidates about the same thing and does
     * not pull in ones that are not (gatedShare).
     */
    structuredGate: 0.3,
    /**
     * The deal signals (modes, maturity, price, region, freshness) count by (text fraction /
     * feasibilityGate) ^ feasibilityPower: near full for the pairs most clearly about the same
     * thing, little for the loosely related. Linear from 0.3, they let a same-province,
     * right-stage achievement that only shares a few words outrank the one that solves the
     * problem: with region, maturity and modes drawn at random (`eval:matching -- --scatter
     * structure`), the market dev split fell from 0.922 to 0.884 nDCG@10, under BM25's 0.898.
     * Once the BM25 ratio was taken over the need's core terms (text fractions rose), the square
     * over 0.8 let it fall 0.915 → 0.898 again; the cube over 1 keeps it at 0.911 (market-hard
     * dev 0.742 either way).
     */
    feasibilityGate: 1,
    feasibilityPower: 3,
  },

  /** Deepest level the two GB/T 4754 codes share → fraction of the industry weight. */
  industryLevels: { class: 1, group: 0.8, division: 0.6, section: 0.25 },

  /** Same prefecture-level city (first 4 digits) or same province (first 2 digits). */
  region: { city: 1, province: 0.6 },

  maturity: {
    /** TRL one below what the need asks: often closable with a pilot (中试). */
    oneBelow: 0.4,
    /** The need names no TRL: any achievement is acceptable, but we know less. */
    unspecified: 0.5,
  },

  price: {
    withinBudget: 1,
    /** Up to this factor above the budget's upper end is "slightly over". */
    overTolerance: 1.2,
    slightlyOver: 0.4,
    /** 面议 on either side: a deal is possible, nothing is known. */
    negotiable: 0.5,
  },

  /** Freshness of the older listing of a pair: full within `fullDays`, none after `zeroDays`. */
  freshness: { fullDays: 30, zeroDays: 365 },

  tier: {
    /** Without a minimum tier: fraction per tier (higher tiers are proven capable). */
    byTier: { innovative: 0.25, specialised: 0.5, little_giant: 0.75, single_champion: 1 },
  },

  retrieval: {
    /** Hits asked of each Meilisearch query; the union is scored. */
    hitsPerQuery: 80,
    /** Meilisearch reads at most 10 query words: longer keyword lists are cut. */
    maxKeywordsInQuery: 8,
    /** Candidates findCandidates returns when the caller sets no limit. */
    defaultLimit: 50,
  },

  persistence: {
    /**
     * Pairs below this are not stored (or stop being active). Chosen from the judged corpora's
     * dev splits (`eval:matching` prints the table): on text written as real postings are,
     * a relevant pair's 匹配度 is 20–40 (market-hard dev: median 29), so 35 kept 18 % of the
     * relevant top-10 pairs there and served 28 % of the needs; 25 keeps 54 % and serves 67 %
     * at a precision of 0.57 (market 0.36, ablated CSL 0.72), which a ranked list of at most
     * `topPerDirection` tolerates.
     */
    minScore: 25,
    /**
     * Text points a need or achievement pair needs at least (about 15% of the text weight):
     * below this, the two are about different things however well region, modes and price
     * agree. Seen on the demo data: a 贴片机 need and a GNSS anti-jamming achievement scored 41
     * with 1 text point.
     */
    minTextPoints: 8,
    /** At most this many pairs per listing and counterpart kind are kept active. */
    topPerDirection: 30,
    /**
     * A pair at or above this score is worth telling the parties about: precision first, since
     * every notified pair is a mail. No pair of the realistic corpora reached the earlier 60
     * (market-hard and market dev: highest 44 and 49), so nobody would ever have been told;
     * from 35 the dev splits' notified pairs are relevant at 0.88 (market-hard, market), 0.97
     * (ablated CSL) and 0.95 (CSL).
     */
    notifyThreshold: 35,
    /** A notified pair is notified again only when its score rose by at least this much. */
    notifyDelta: 10,
    /** Listings per nightly recompute chunk when the job does not say. */
    chunkSize: 200,
  },
};

/**
 * The share of a need–achievement signal's weight that counts at the pair's text fraction. The
 * industry says what a listing is about, so it counts in full from `structuredGate` on
 * (proportionally below); the deal signals (modes, maturity, price, region, freshness) say
 * nothing about relevance, so they count by (fraction / feasibilityGate) ^ feasibilityPower and
 * only separate candidates that are about the same thing.
 */
export function gatedShare(
  kind: MatchSignal,
  textFraction: number,
  text: Pick<MatchConfig['text'], 'structuredGate' | 'feasibilityGate' | 'feasibilityPower'>,
): number {
  if (kind === 'text') return 1;
  if (kind === 'industry') return Math.min(1, textFraction / text.structuredGate);
  return Math.min(1, textFraction / text.feasibilityGate) ** text.feasibilityPower;
}

/**
 * The text fraction from its similarity part (0–1) and the shared keywords: `cosineShare` of the
 * weight from the similarity and the rest from the keywords, or all of it from the similarity
 * when neither side named any (a real market's listings carry none; splitting the weight would
 * leave 40 % of it unreachable and let industry and deal signals outweigh what the texts say).
 */
export function combinedTextFraction(
  similarityPart: number,
  sharedKeywords: number,
  withoutKeywords: boolean,
  text: Pick<MatchConfig['text'], 'cosineShare' | 'keywordsForFull'>,
): number {
  if (withoutKeywords) return similarityPart;
  const keywordPart = Math.min(1, sharedKeywords / text.keywordsForFull);
  return text.cosineShare * similarityPart + (1 - text.cosineShare) * keywordPart;
}
