import { SmeTier, verifiedTierOf } from '@rongtong/identity';
import { MATCH_SIGNALS, MatchReason } from '../entities/match.entity';
import {
  MATCH_CONFIG,
  MatchConfig,
  MatchDirection,
  SignalWeights,
  gatedShare,
} from './match-weights';
import {
  ListingProfile,
  listingText,
  OrganisationProfile,
  organisationText,
  TextSource,
} from './match-profiles';
import { eligibilitySignal, tierSignal } from './challenge-signals';
import {
  freshnessOfAge,
  industrySignal,
  maturitySignal,
  modesSignal,
  oldestAgeInDays,
  priceSignal,
  regionSignal,
  SignalOutcome,
  textSignal,
} from './signals';
import {
  bm25Relevance,
  featureRelevance,
  TextFeatures,
  textFeatures,
  TextRelevance,
} from './text-similarity';
import { PairFeatures, weightsVersion } from './pair-features';
import { TermStatistics } from '../text/bm25';
import { ListingFeatureCache } from './listing-feature-cache';
import { OrganisationFeatureCache } from './organisation-feature-cache';

export interface PairScore {
  /** 匹配度, integer 0–100. */
  score: number;
  /** The unrounded sum, to order candidates whose rounded scores tie. */
  exactScore: number;
  /** 推荐理由, largest contribution first. */
  reasons: MatchReason[];
  /** What the score was computed from, before weights (scoreFeatures recomputes it). */
  features: PairFeatures;
  /** Fingerprint of the weights that turned the features into the score. */
  weightsVersion: string;
}

const textFeature = (
  relevance: TextRelevance,
  measure: PairFeatures['text']['measure'],
): PairFeatures['text'] => ({
  measure,
  similarity: relevance.cosine,
  sharedKeywords: relevance.sharedKeywords.length,
  ...(relevance.withoutKeywords ? { withoutKeywords: true } : {}),
});

const NO_FEATURES = {
  industry: null,
  modes: null,
  maturity: null,
  price: null,
  region: null,
  freshnessDays: null,
  tier: null,
  eligible: false,
} as const;

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
  /** Fingerprint of this scorer's weights, stamped on every score. */
  private readonly weightsVersion: string;

  /**
   * `listingCache`: listing features shared beyond one profile object (by id and version), for
   * a scorer that a recompute chunk reuses; `organisationCache`: organisations' by their text.
   * Without them features live as long as the objects.
   */
  constructor(
    private readonly config: MatchConfig = MATCH_CONFIG,
    private readonly listingCache?: ListingFeatureCache,
    private readonly organisationCache?: OrganisationFeatureCache,
  ) {
    this.weightsVersion = weightsVersion(config);
  }

  needAchievement(need: ListingProfile, achievement: ListingProfile, now: Date): PairScore {
    const c = this.config;
    const relevance = bm25Relevance(
      this.listingFeatures(need),
      this.listingFeatures(achievement),
      this.statistics,
      c.text,
    );
    const industry = industrySignal(need.industryCode, achievement.industryCode, c.industryLevels);
    const modes = modesSignal(need.modes, achievement.modes);
    const maturity = maturitySignal(achievement.trl, need.trl, c.maturity);
    const price = priceSignal(need, achievement, c.price);
    const region = regionSignal(need.regionCode, achievement.regionCode, c.region);
    const age = oldestAgeInDays([need.publishedAt, achievement.publishedAt], now);
    const features: PairFeatures = {
      ...NO_FEATURES,
      direction: 'needAchievement',
      text: textFeature(relevance, 'bm25'),
      industry: industry?.level ?? null,
      modes: modes?.shared ?? 0,
      maturity: maturity?.grade ?? null,
      price: price?.grade ?? null,
      region: region?.level ?? null,
      freshnessDays: age,
    };
    return this.combine(
      'needAchievement',
      [
        relevance.fraction > 0 ? textSignal(relevance, c.text) : null,
        industry,
        modes,
        maturity,
        price,
        region,
        freshnessOfAge(age, c.freshness),
      ],
      features,
      relevance.fraction,
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
    const { outcomes, features } = this.organisationSignals(
      'challengeOrganisation',
      challenge,
      organisation,
    );
    const deadline = challenge.validUntil;
    const tier = tierSignal(
      tierOnDay(organisation, deadline),
      challenge.minTier,
      deadline,
      this.config.tier,
    );
    return this.combine(
      'challengeOrganisation',
      [...outcomes, eligibilitySignal(challenge, organisation.type, organisation.regionCode), tier],
      {
        ...features,
        tier: tier ? { tier: tier.tier, againstMinimum: tier.againstMinimum } : null,
        eligible: true,
      },
    );
  }

  private organisationPair(
    direction: MatchDirection,
    listing: ListingProfile,
    organisation: OrganisationProfile,
  ): PairScore {
    const { outcomes, features } = this.organisationSignals(direction, listing, organisation);
    return this.combine(direction, outcomes, features);
  }

  private organisationSignals(
    direction: MatchDirection,
    listing: ListingProfile,
    organisation: OrganisationProfile,
  ): { outcomes: (SignalOutcome | null)[]; features: PairFeatures } {
    const c = this.config;
    const relevance = featureRelevance(
      this.listingFeatures(listing),
      this.organisationFeatures(organisation),
      c.text,
    );
    const industry = industrySignal(
      listing.industryCode,
      organisation.industryCode,
      c.industryLevels,
    );
    const region = regionSignal(listing.regionCode, organisation.regionCode, c.region);
    return {
      outcomes: [relevance.fraction > 0 ? textSignal(relevance, c.text) : null, industry, region],
      features: {
        ...NO_FEATURES,
        direction,
        text: textFeature(relevance, 'cosine'),
        industry: industry?.level ?? null,
        region: region?.level ?? null,
      },
    };
  }

  private listingFeatures(listing: ListingProfile): TextFeatures {
    return this.listingCache
      ? this.listingCache.featuresOf(listing)
      : this.objectFeatures(listing, listingText(listing));
  }

  private organisationFeatures(organisation: OrganisationProfile): TextFeatures {
    return this.organisationCache
      ? this.organisationCache.featuresOf(organisation)
      : this.objectFeatures(organisation, organisationText(organisation));
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
   * `gateByText`: the text fraction of a need–achievement pair, which gates its other signals
   * (gatedShare); other directions count every signal in full.
   */
  private combine(
    direction: MatchDirection,
    outcomes: (SignalOutcome | null)[],
    features: PairFeatures,
    gateByText?: number,
  ): PairScore {
    const weights: SignalWeights = this.config.weights[direction];
    const reasons: MatchReason[] = [];
    let exactScore = 0;
    for (const outcome of outcomes) {
      if (!outcome) continue;
      const factor =
        gateByText === undefined ? 1 : gatedShare(outcome.kind, gateByText, this.config.text);
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
    return {
      score: Math.max(0, Math.min(100, Math.round(total))),
      exactScore,
      reasons,
      features,
      weightsVersion: this.weightsVersion,
    };
  }
}

/** The highest verified tier of the organisation on a China calendar day (YYYY-MM-DD). */
export function tierOnDay(organisation: OrganisationProfile, day: string): SmeTier | null {
  return verifiedTierOf(organisation.verifiedCertificates, day);
}
