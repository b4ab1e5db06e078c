import { currentTier, SmeTier } from '@rongtong/identity';
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
import { featureRelevance, textFeatures, TextFeatures } from './text-similarity';
import { ListingFeatureCache } from './listing-feature-cache';

export interface PairScore {
  /** 匹配度, integer 0–100. */
  score: number;
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
    return this.combine('needAchievement', [
      this.text(this.listingFeatures(need), this.listingFeatures(achievement)),
      industrySignal(need.industryCode, achievement.industryCode, c.industryLevels),
      modesSignal(need.modes, achievement.modes),
      maturitySignal(achievement.trl, need.trl, c.maturity),
      priceSignal(need, achievement, c.price),
      regionSignal(need.regionCode, achievement.regionCode, c.region),
      freshnessSignal([need.publishedAt, achievement.publishedAt], now, c.freshness),
    ]);
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

  /** Weighs the signals, drops those that add nothing, sorts reasons, sums the score. */
  private combine(direction: MatchDirection, outcomes: (SignalOutcome | null)[]): PairScore {
    const weights: SignalWeights = this.config.weights[direction];
    const reasons: MatchReason[] = [];
    for (const outcome of outcomes) {
      if (!outcome) continue;
      const contribution = round1((weights[outcome.kind] ?? 0) * outcome.fraction);
      if (contribution <= 0) continue;
      reasons.push({ kind: outcome.kind, contribution, zh: outcome.zh, en: outcome.en });
    }
    reasons.sort(
      (x, y) =>
        y.contribution - x.contribution ||
        MATCH_SIGNALS.indexOf(x.kind) - MATCH_SIGNALS.indexOf(y.kind),
    );
    const total = reasons.reduce((sum, reason) => sum + reason.contribution, 0);
    return { score: Math.max(0, Math.min(100, Math.round(total))), reasons };
  }
}

/** The highest tier among the organisation's certificates valid on a China calendar day. */
export function tierOnDay(organisation: OrganisationProfile, day: string): SmeTier | null {
  // Noon China time is safely inside the calendar day whatever the server's time zone.
  return currentTier(organisation.certifications, new Date(`${day}T12:00:00+08:00`));
}
