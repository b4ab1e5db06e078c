import { ListingKind } from '@rongtong/common';
import { Injectable } from '@nestjs/common';
import { Clock } from '@rongtong/common';
import { listingNotFound } from '@rongtong/catalog';
import { RegionCatalog, tierAtLeast } from '@rongtong/identity';
import type { MatchCounterpartKind, MatchReason } from './entities/match.entity';
import {
  ACHIEVEMENT_ADOPTER_TYPES,
  CandidateQuery,
  CAPABLE_ORGANISATION_TYPES,
  challengeQueries,
  listingQueries,
  organisationQueries,
} from './retrieval/candidate-queries';
import { MatchScope } from './match-scope';
import { ListingFeatureCache } from './scoring/listing-feature-cache';
import { OrganisationFeatureCache } from './scoring/organisation-feature-cache';
import { CandidateRetriever } from './retrieval/candidate-retriever';
import { ProfileLoader } from './retrieval/profile-loader';
import { MatchScorer, PairScore, tierOnDay } from './scoring/match-scorer';
import { MATCH_CONFIG } from './scoring/match-weights';
import type { PairFeatures } from './scoring/pair-features';
import { ListingProfile, OrganisationProfile } from './scoring/match-profiles';
import { TermStatisticsService } from './text/term-statistics.service';

/** One ranked counterpart of a listing. */
export interface ScoredCandidate {
  counterpartKind: MatchCounterpartKind;
  counterpartId: string;
  /** The counterpart listing's owner, or the counterpart organisation itself. */
  counterpartOrganisationId: string;
  score: number;
  reasons: MatchReason[];
}

export interface FindCandidatesOptions {
  /** At most this many, best first (default MATCH_CONFIG.retrieval.defaultLimit). */
  limit?: number;
  /** Only these kinds of counterpart (default: every kind the listing's kind matches). */
  counterpartKinds?: MatchCounterpartKind[];
  /** Profiles and text features to reuse across calls (a recompute chunk); default: none. */
  scope?: MatchScope;
  /** Adds where the call spent its time to these (the benchmark's breakdown); default: none. */
  phases?: CandidatePhaseTimes;
}

/**
 * Milliseconds one findCandidates call spent per phase. The search engine and the postings
 * lookup run side by side, and so do the counterpart kinds' profile reads, so the phases add up
 * to more than the call's wall time.
 */
export interface CandidatePhaseTimes {
  /** Reading the source listing's profile and the term statistics. */
  source: number;
  /** Meilisearch's multi-search (one request, every query). */
  search: number;
  /** The BM25 postings lookup in PostgreSQL, with the query's term weights. */
  postings: number;
  /** Reading the candidates' profiles (listings and organisations). */
  profiles: number;
  /** Scoring the candidates (CPU). */
  scoring: number;
}

export function noPhaseTimes(): CandidatePhaseTimes {
  return { source: 0, search: 0, postings: 0, profiles: 0, scoring: 0 };
}

/** Runs `work`, adding its milliseconds to `phases[phase]` when phases are asked for. */
async function timed<T>(
  phases: CandidatePhaseTimes | undefined,
  phase: keyof CandidatePhaseTimes,
  work: () => Promise<T>,
): Promise<T> {
  if (!phases) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    phases[phase] += performance.now() - started;
  }
}

/** A scored candidate with the profiles it was scored from (for notifications and views). */
export interface FoundCandidate extends ScoredCandidate {
  /** The unrounded score: orders candidates whose 匹配度 ties. */
  exactScore: number;
  /** What the score was computed from, before weights, and the weights' fingerprint. */
  features: PairFeatures;
  weightsVersion: string;
  listing?: ListingProfile;
  organisation?: OrganisationProfile;
}

/** The counterpart kinds each listing kind is matched with. */
export const COUNTERPART_KINDS: Record<ListingKind, MatchCounterpartKind[]> = {
  need: ['achievement', 'organisation'],
  achievement: ['need', 'organisation'],
  challenge: ['organisation'],
};

const bestFirst = (a: FoundCandidate, b: FoundCandidate) =>
  b.score - a.score ||
  b.exactScore - a.exactScore ||
  a.counterpartKind.localeCompare(b.counterpartKind) ||
  a.counterpartId.localeCompare(b.counterpartId);

/**
 * Finds and ranks a listing's counterparts: Meilisearch recalls candidates (several queries),
 * PostgreSQL confirms they are open and eligible, the scorer ranks them. Writes nothing, so the
 * evaluation harness and the benchmark call it directly.
 */
@Injectable()
export class MatchFinder {
  private readonly config = MATCH_CONFIG;
  /**
   * Text features of the listings this process scored lately, by id and version (about 10 KiB
   * each): as many as the four recompute chunks a worker runs at once kept each.
   */
  private readonly listingFeatures = new ListingFeatureCache(MATCH_CONFIG.text, 8_000);
  /**
   * Text features of the organisations this process scored lately, by their capability text
   * (tens of KiB each with twenty achievements' titles and keywords).
   */
  private readonly organisationFeatures = new OrganisationFeatureCache(MATCH_CONFIG.text, 1_000);

  constructor(
    private readonly retriever: CandidateRetriever,
    private readonly profiles: ProfileLoader,
    private readonly clock: Clock,
    private readonly termStatistics: TermStatisticsService,
  ) {}

  /** Ranked counterparts of a listing (any state: callers decide whether it should match). */
  async findCandidates(
    kind: ListingKind,
    listingId: string,
    options: FindCandidatesOptions = {},
  ): Promise<ScoredCandidate[]> {
    const source = await timed(options.phases, 'source', () =>
      this.profiles.listing(kind, listingId),
    );
    if (!source) throw listingNotFound(kind);
    const found = await this.candidatesOf(source, options);
    return found.map(
      ({ counterpartKind, counterpartId, counterpartOrganisationId, score, reasons }) => ({
        counterpartKind,
        counterpartId,
        counterpartOrganisationId,
        score,
        reasons,
      }),
    );
  }

  /** Like findCandidates, from a loaded profile and keeping the candidates' profiles. */
  async candidatesOf(
    source: ListingProfile,
    options: FindCandidatesOptions = {},
  ): Promise<FoundCandidate[]> {
    const kinds = COUNTERPART_KINDS[source.kind].filter(
      (k) => !options.counterpartKinds || options.counterpartKinds.includes(k),
    );
    const { hitsPerQuery, maxKeywordsInQuery, defaultLimit } = this.config.retrieval;
    const { phases } = options;
    const statistics = await timed(phases, 'source', () => this.termStatistics.current());
    const queries = kinds.flatMap((target) => this.queriesFor(source, target, maxKeywordsInQuery));
    const scope = options.scope ?? this.newScope();
    const scorer = scope.scorer;
    scorer.statistics = statistics;
    const now = this.clock.now();
    const searched = timed(phases, 'search', () => this.retriever.retrieve(queries, hitsPerQuery));
    // Needs' achievements and achievements' needs are ranked by BM25 over every listing of the
    // other kind in PostgreSQL, beside the search engine's title query. The lookup usually
    // answers first: its candidates are read and scored while the search engine still works.
    // The search engine's other hits are read as soon as both lists are known, while the
    // lookup's are still being read or scored, not after.
    const counterpart = source.kind === 'need' ? 'achievement' : 'need';
    const indexedKind = source.kind === 'challenge' ? undefined : source.kind;
    const lookedUp =
      indexedKind && kinds.includes(counterpart)
        ? timed(phases, 'postings', () => this.termStatistics.retrieve(indexedKind, source))
        : Promise.resolve([]);
    const ranked = lookedUp.then((ids) =>
      this.scoreOpenListings(scorer, source, counterpart, ids, now, phases),
    );
    // Each counterpart kind's profiles are read at once (separate round trips, not one after
    // the other), then scored.
    const scored = await Promise.all(
      kinds.map(async (target): Promise<FoundCandidate[]> => {
        if (target !== 'organisation') {
          // `ranked` joins the same Promise.all, so its failure is handled even if the search
          // engine fails first.
          const [bm25Found, found] = await Promise.all([
            ranked,
            Promise.all([lookedUp, searched]).then(([bm25Ids, searchIds]) => {
              const bm25 = new Set(bm25Ids);
              const others = (searchIds.get(target) ?? []).filter((id) => !bm25.has(id));
              return this.scoreOpenListings(scorer, source, target, others, now, phases);
            }),
          ]);
          return [...bm25Found, ...found];
        }
        const targetIds = (await searched).get(target) ?? [];
        const organisations = await timed(phases, 'profiles', () => scope.organisations(targetIds));
        const started = performance.now();
        const candidates = organisations
          .filter((organisation) => this.organisationQualifies(source, organisation))
          .map((organisation) => ({
            ...this.candidate(
              'organisation',
              organisation.id,
              organisation.id,
              this.scoreOrganisation(scorer, source, organisation),
            ),
            organisation,
          }));
        if (phases) phases.scoring += performance.now() - started;
        return candidates;
      }),
    );
    const found = scored.flat();
    return found.sort(bestFirst).slice(0, options.limit ?? defaultLimit);
  }

  /**
   * Scores the given listings against `source` (a need against achievements or the reverse),
   * keeping only those open today and not owned by the source's organisation: how stored pairs
   * that retrieval did not return this time are refreshed.
   */
  async rescore(
    source: ListingProfile,
    target: 'need' | 'achievement',
    ids: string[],
    scope: MatchScope = this.newScope(),
  ): Promise<FoundCandidate[]> {
    scope.scorer.statistics = await this.termStatistics.current();
    return this.scoreOpenListings(scope.scorer, source, target, ids, this.clock.now());
  }

  /**
   * A fresh scope for one run over several listings (see MatchScope for its lifetime). Its
   * text features are this process's: a listing met again by a later run (a popular
   * achievement, every new need's candidate) or an organisation whose capability text has not
   * changed is not tokenised again.
   */
  newScope(): MatchScope {
    return new MatchScope(this.profiles, this.listingFeatures, this.organisationFeatures);
  }

  private async scoreOpenListings(
    scorer: MatchScorer,
    source: ListingProfile,
    target: 'need' | 'achievement',
    ids: string[],
    now: Date,
    phases?: CandidatePhaseTimes,
  ): Promise<FoundCandidate[]> {
    const today = this.clock.today();
    const found: FoundCandidate[] = [];
    const listings = await timed(phases, 'profiles', () => this.profiles.listings(target, ids));
    const started = performance.now();
    for (const listing of listings) {
      const open = listing.status === 'published' && listing.validUntil >= today;
      if (!open || listing.organisationId === source.organisationId) continue;
      const scored = this.scoreListings(scorer, source, listing, now);
      found.push({
        ...this.candidate(target, listing.id, listing.organisationId, scored),
        listing,
      });
    }
    if (phases) phases.scoring += performance.now() - started;
    return found;
  }

  /**
   * Scores one given pair without retrieval (a party expressing interest from browsing), or
   * undefined when either side is missing.
   */
  async scorePair(
    source: ListingProfile,
    counterpartKind: MatchCounterpartKind,
    counterpartId: string,
  ): Promise<FoundCandidate | undefined> {
    const scorer = new MatchScorer(this.config);
    scorer.statistics = await this.termStatistics.current();
    if (counterpartKind === 'organisation') {
      const [organisation] = await this.profiles.organisations([counterpartId]);
      if (!organisation) return undefined;
      const scored = this.scoreOrganisation(scorer, source, organisation);
      return {
        ...this.candidate('organisation', organisation.id, organisation.id, scored),
        organisation,
      };
    }
    const listing = await this.profiles.listing(counterpartKind, counterpartId);
    if (!listing) return undefined;
    const scored = this.scoreListings(scorer, source, listing, this.clock.now());
    return {
      ...this.candidate(counterpartKind, listing.id, listing.organisationId, scored),
      listing,
    };
  }

  private queriesFor(
    source: ListingProfile,
    target: MatchCounterpartKind,
    maxKeywords: number,
  ): CandidateQuery[] {
    if (source.kind === 'challenge') return challengeQueries(source, maxKeywords);
    if (target === 'organisation') {
      const types = source.kind === 'need' ? CAPABLE_ORGANISATION_TYPES : ACHIEVEMENT_ADOPTER_TYPES;
      return organisationQueries(source, types, maxKeywords);
    }
    return listingQueries(source, target, this.clock.today(), maxKeywords);
  }

  /** PostgreSQL has the last word on type, region and tier (the index may lag). */
  private organisationQualifies(
    source: ListingProfile,
    organisation: OrganisationProfile,
  ): boolean {
    if (organisation.id === source.organisationId) return false;
    if (source.kind === 'need') return CAPABLE_ORGANISATION_TYPES.includes(organisation.type);
    if (source.kind === 'achievement') return ACHIEVEMENT_ADOPTER_TYPES.includes(organisation.type);
    return challengeEligible(source, organisation);
  }

  private scoreOrganisation(
    scorer: MatchScorer,
    source: ListingProfile,
    organisation: OrganisationProfile,
  ): PairScore {
    if (source.kind === 'need') return scorer.needOrganisation(source, organisation);
    if (source.kind === 'achievement') return scorer.achievementSme(source, organisation);
    return scorer.challengeOrganisation(source, organisation);
  }

  /** A need–achievement pair is scored as (need, achievement) whichever side asks. */
  private scoreListings(
    scorer: MatchScorer,
    source: ListingProfile,
    listing: ListingProfile,
    now: Date,
  ): PairScore {
    return source.kind === 'need'
      ? scorer.needAchievement(source, listing, now)
      : scorer.needAchievement(listing, source, now);
  }

  private candidate(
    counterpartKind: MatchCounterpartKind,
    counterpartId: string,
    counterpartOrganisationId: string,
    scored: PairScore,
  ): FoundCandidate {
    return { counterpartKind, counterpartId, counterpartOrganisationId, ...scored };
  }
}

/**
 * A challenge's eligibility: organisation type among the allowed (if any), region under one of
 * the allowed codes (if any), and, with a minimum tier, a tier valid on the deadline at least
 * that high.
 */
export function challengeEligible(
  challenge: ListingProfile,
  organisation: OrganisationProfile,
): boolean {
  if (organisation.id === challenge.organisationId) return false;
  const types = challenge.eligibleOrganisationTypes;
  if (types.length > 0 && !types.includes(organisation.type)) return false;
  const regions = challenge.eligibleRegionCodes;
  const catalog = RegionCatalog.shared();
  if (
    regions.length > 0 &&
    !regions.some((code) => catalog.isWithin(organisation.regionCode, code))
  ) {
    return false;
  }
  if (challenge.minTier) {
    return tierAtLeast(tierOnDay(organisation, challenge.validUntil), challenge.minTier);
  }
  return true;
}
