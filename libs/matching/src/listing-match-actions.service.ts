import { ListingKind } from '@rongtong/common';
import { Injectable } from '@nestjs/common';
import { Clock, ConflictError, ValidationFailedError } from '@rongtong/common';
import { listingNotFound, ListingRepositories } from '@rongtong/catalog';
import { TransactionRunner } from '@rongtong/database';
import { AuthenticatedUser, organisationNotFound } from '@rongtong/identity';
import { MatchAccess } from './lifecycle/match-access';
import { MatchLifecycle } from './lifecycle/match-lifecycle.service';
import { MatchSideName } from './lifecycle/match-state-machine';
import { MatchFinder } from './match-finder';
import { MatchingService, MatchListingResult } from './matching.service';
import { MatchStore } from './persistence/match-store';
import { orientPair } from './persistence/pair-orientation';
import { ACHIEVEMENT_ADOPTER_TYPES } from './retrieval/candidate-queries';
import { ProfileLoader } from './retrieval/profile-loader';
import { ListingProfile } from './scoring/match-profiles';
import { MatchView } from './views/match-view';
import { MatchQueries } from './views/match-queries.service';

export interface RematchResult extends MatchListingResult {
  /** Matches the listing now has (visible ones), and the best of them. */
  total: number;
  top: MatchView[];
}

export interface DirectInterestInput {
  /** One of the caller's published listings of the opposite kind. */
  fromListingId?: string;
  /** The caller's organisation, acting as itself (a capable organisation, or an SME). */
  organisationId?: string;
}

const REMATCH_TOP = 10;

/** What owners do with their listing's matches: recompute now, or show interest while browsing. */
@Injectable()
export class ListingMatchActions {
  constructor(
    private readonly repositories: ListingRepositories,
    private readonly access: MatchAccess,
    private readonly matching: MatchingService,
    private readonly queries: MatchQueries,
    private readonly finder: MatchFinder,
    private readonly profiles: ProfileLoader,
    private readonly store: MatchStore,
    private readonly lifecycle: MatchLifecycle,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** Owners only (others 404); published listings only (409). */
  async rematch(caller: AuthenticatedUser, kind: ListingKind, id: string): Promise<RematchResult> {
    const listing = await this.repositories.load(kind, id);
    const organisations = await this.access.organisationsOf(caller);
    if (!organisations.includes(listing.organisationId)) throw listingNotFound(kind);
    if (listing.status !== 'published' || listing.validUntil < this.clock.today()) {
      throw new ConflictError(
        'LISTING_NOT_PUBLISHED',
        `Only published listings are matched; this one is ${listing.status}`,
      );
    }
    const result = await this.matching.matchListing(kind, id);
    const page = await this.queries.forListing(caller, kind, id, { page: 1, limit: REMATCH_TOP });
    return { ...result, total: page.total, top: page.items };
  }

  /**
   * The caller shows interest in someone else's published listing, from one of their own
   * published listings of the other kind or as their organisation; the pair is created (scored
   * on the spot) when the matcher had not found it.
   */
  async expressInterest(
    caller: AuthenticatedUser,
    targetKind: 'need' | 'achievement',
    targetId: string,
    input: DirectInterestInput,
  ): Promise<MatchView> {
    const target = await this.profiles.listing(targetKind, targetId);
    if (!target || target.status !== 'published') throw listingNotFound(targetKind);
    const organisations = await this.access.organisationsOf(caller);
    if (organisations.includes(target.organisationId)) {
      throw new ConflictError('SELF_INTEREST', 'You cannot show interest in your own listing');
    }
    const { source, counterpartKind, counterpartId, side } = await this.pairFor(
      target,
      organisations,
      input,
    );
    const candidate = await this.finder.scorePair(source, counterpartKind, counterpartId);
    if (!candidate) throw listingNotFound(targetKind);
    const { row } = orientPair(source, candidate);
    const match = await this.transactions.run(async (manager) => {
      const id = await this.store.insertIfMissing(manager, row, this.clock.now());
      return this.lifecycle.apply(manager, id, side, 'interest', caller.id);
    });
    return this.queries.view(match, side, true);
  }

  /** The pair the interest creates, as (source, counterpart) for the scorer, and the caller's side. */
  private async pairFor(
    target: ListingProfile,
    organisations: string[],
    input: DirectInterestInput,
  ): Promise<{
    source: ListingProfile;
    counterpartKind: 'achievement' | 'organisation';
    counterpartId: string;
    side: MatchSideName;
  }> {
    if (input.fromListingId) {
      const fromKind = target.kind === 'need' ? 'achievement' : 'need';
      const from = await this.profiles.listing(fromKind, input.fromListingId);
      if (!from || !organisations.includes(from.organisationId)) throw listingNotFound(fromKind);
      if (from.status !== 'published') {
        throw new ConflictError(
          'LISTING_NOT_PUBLISHED',
          `Interest is shown from a published listing; ${fromKind} ${from.id} is ${from.status}`,
        );
      }
      const [need, achievement] = target.kind === 'need' ? [target, from] : [from, target];
      const side: MatchSideName = from.kind === 'need' ? 'subject' : 'counterpart';
      return { source: need, counterpartKind: 'achievement', counterpartId: achievement.id, side };
    }
    const organisationId = input.organisationId ?? this.onlyOrganisation(organisations);
    if (!organisations.includes(organisationId)) throw organisationNotFound();
    if (target.kind === 'achievement') {
      const [organisation] = await this.profiles.organisations([organisationId]);
      if (!organisation || !ACHIEVEMENT_ADOPTER_TYPES.includes(organisation.type)) {
        throw ValidationFailedError.field(
          'fromListingId',
          'is required: an achievement is matched with needs, or with SMEs acting as themselves',
        );
      }
    }
    return {
      source: target,
      counterpartKind: 'organisation',
      counterpartId: organisationId,
      side: 'counterpart',
    };
  }

  private onlyOrganisation(organisations: string[]): string {
    if (organisations.length !== 1) {
      throw ValidationFailedError.field(
        'organisationId',
        'is required when you belong to several organisations (or give fromListingId)',
      );
    }
    return organisations[0];
  }
}
