import { SmeTier, verifiedTierOf } from '@rongtong/identity';
import { MATCH_SIGNALS, MatchReason } from '../entities/match.entity';
import { MATCH_CONFIG, MatchConfig, MatchDirection, SignalWeights } from './match-weights';
import {
  ListingProfile,
  listingText,
  OrganisationProfile,
  organisationText,
  TextSource,
} from './match-profiles';
import { eligibilitySignal, tierSignal } from './challenge-signals';
import {
  freshnessSignal,
  industrySignal,
  maturitySignal,
  modesSignal,
  priceSignal,
  regionSignal,
  SignalOutcome,
  textSignal,
} from './signals';
import { bm25Relevance, featureRelevance, textFeatures, TextFeatures } from './text-similarity';
import { TermStatistics } from '../text/bm25';
import { ListingFeatureCache } from './listing-feature-cache';

export interface PairScore {
  /** 匹配度, integer 0–100. */
  score: number;
  /** The unrounded sum, to order candidates whose rounded scores tie. */
  exactScore: number;
  /** 推荐理由, largest contribution first. */
  reasons: MatchReason[];
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Scores pairs from structured signals; pure and deterministic (the time is an argument).
 * A need–achievement pair is always scored as (need, achievement), so its score and reasons do
 * not depend on which side asked. Text features (term vector, normalised text, keywords) are
 * cached per profile object, so scoring one listing against many candidates reads its text once;
 * a scorer shared by a recompute chunk (MatchScope) also keeps them for the chunk's cached
 * organisations and, by id and version, for listings it meets again.
 */
export class MatchScorer {
  private readonly features = new WeakMap<object, TextFeatures>();
  /** Document frequencies for BM25; the finder sets the current ones before scoring. */
  statistics: TermStatistics = TermStatistics.EMPTY;

  /**
   * `listingCache`: listing features shared beyond one profile object (by id and version), for
   * a scorer that a recompute chunk reuses; without it features live as long as the objects.
   */
  constructor(
    private readonly config: MatchConfig = MATCH_CONFIG,
    private readonly listingCache?: ListingFeatureCache,
  ) {}

  needAchievement(need: ListingProfile, achievement: ListingProfile, now: Date): PairScore {
    const c = this.config;
    const relevance = bm25Relevance(
      this.listingFeatures(need),
      this.listingFeatures(achievement),
      this.statistics,
      c.text,
    );
    return this.combine(
      'needAchievement',
      [
        relevance.fraction > 0 ? textSignal(relevance, c.text) : null,
        industrySignal(need.industryCode, achievement.industryCode, c.industryLevels),
        modesSignal(need.modes, achievement.modes),
        maturitySignal(achievement.trl, need.trl, c.maturity),
        priceSignal(need, achievement, c.price),
        regionSignal(need.regionCode, achievement.regionCode, c.region),
        freshnessSignal([need.publishedAt, achievement.publishedAt], now, c.freshness),
      ],
      Math.min(1, relevance.fraction / c.text.structuredGate),
    );
  }

  /** A need and a university, institute or service organisation that could solve it. */
  needOrganisation(need: ListingProfile, organisation: OrganisationProfile): PairScore {
    return this.organisationPair('needOrganisation', need, organisation);
  }

  /** An achievement and an SME that could use it. */
  achievementSme(achievement: ListingProfile, organisation: OrganisationProfile): PairScore {
    return this.organisationPair('achievementSme', achievement, organisation);
  }

  /**
   * A challenge and an organisation that already passed its eligibility filter; the tier is the
   * one valid on the challenge's deadline.
   */
  challengeOrganisation(challenge: ListingProfile, organisation: OrganisationProfile): PairScore {
    const base = this.organisationSignals(challenge, organisation);
    const deadline = challenge.validUntil;
    return this.combine('challengeOrganisation', [
      ...base,
      eligibilitySignal(challenge, organisation.type, organisation.regionCode),
      tierSignal(tierOnDay(organisation, deadline), challenge.minTier, deadline, this.config.tier),
    ]);
  }

  private organisationPair(
    direction: MatchDirection,
    listing: ListingProfile,
    organisation: OrganisationProfile,
  ): PairScore {
    return this.combine(direction, this.organisationSignals(listing, organisation));
  }

  private organisationSignals(
    listing: ListingProfile,
    organisation: OrganisationProfile,
  ): (SignalOutcome | null)[] {
    const c = this.config;
    return [
      this.text(
        this.listingFeatures(listing),
        this.objectFeatures(organisation, organisationText(organisation)),
      ),
      industrySignal(listing.industryCode, organisation.industryCode, c.industryLevels),
      regionSignal(listing.regionCode, organisation.regionCode, c.region),
    ];
  }

  private text(a: TextFeatures, b: TextFeatures): SignalOutcome | null {
    const relevance = featureRelevance(a, b, this.config.text);
    return relevance.fraction > 0 ? textSignal(relevance, this.config.text) : null;
  }

  private listingFeatures(listing: ListingProfile): TextFeatures {
    return this.listingCache
      ? this.listingCache.featuresOf(listing)
      : this.objectFeatures(listing, listingText(listing));
  }

  private objectFeatures(key: object, source: TextSource): TextFeatures {
    let features = this.features.get(key);
    if (!features) {
      features = textFeatures(source, this.config.text);
      this.features.set(key, features);
    }
    return features;
  }

  /**
   * Weighs the signals, drops those that add nothing, sorts reasons, sums the score.
   * `structuredFactor` scales every signal but text (the text gate of need–achievement pairs).
   */
  private combine(
    direction: MatchDirection,
    outcomes: (SignalOutcome | null)[],
    structuredFactor = 1,
  ): PairScore {
    const weights: SignalWeights = this.config.weights[direction];
    const reasons: MatchReason[] = [];
    let exactScore = 0;
    for (const outcome of outcomes) {
      if (!outcome) continue;
      const factor = outcome.kind === 'text' ? 1 : structuredFactor;
      const exact = (weights[outcome.kind] ?? 0) * outcome.fraction * factor;
      exactScore += exact;
      const contribution = round1(exact);
      if (contribution <= 0) continue;
      reasons.push({ kind: outcome.kind, contribution, zh: outcome.zh, en: outcome.en });
    }
    reasons.sort(
      (x, y) =>
        y.contribution - x.contribution ||
        MATCH_SIGNALS.indexOf(x.kind) - MATCH_SIGNALS.indexOf(y.kind),
    );
    const total = reasons.reduce((sum, reason) => sum + reason.contribution, 0);
    return { score: Math.max(0, Math.min(100, Math.round(total))), exactScore, reasons };
  }
}

/** The highest verified tier of the organisation on a China calendar day (YYYY-MM-DD). */
export function tierOnDay(organisation: OrganisationProfile, day: string): SmeTier | null {
  return verifiedTierOf(organisation.verifiedCertificates, day);
}
