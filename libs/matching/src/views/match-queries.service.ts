import { ListingKind } from '@rongtong/common';
import { Injectable } from '@nestjs/common';
import { Page } from '@rongtong/common';
import { ListingPolicy, listingNotFound, ListingRepositories } from '@rongtong/catalog';
import { AuthenticatedUser } from '@rongtong/identity';
import { Match, MatchCounterpartKind, MatchState } from '../entities/match.entity';
import { MatchAccess } from '../lifecycle/match-access';
import { MatchSideName } from '../lifecycle/match-state-machine';
import { partyContact } from '../notifications/match-intents';
import { MatchPageStore } from './match-page.store';
import { contactsVisible, MatchView, toMatchView } from './match-view';
import { PartyLoader } from './party-loader';

export interface MatchPageQuery {
  page: number;
  limit: number;
  state?: MatchState;
  counterpartKind?: MatchCounterpartKind;
}

/**
 * Reading matches: a listing's matches for its owners and reviewers, the caller's own matches,
 * one match for its parties (which matches are visible: MatchPageStore).
 */
@Injectable()
export class MatchQueries {
  constructor(
    private readonly pages: MatchPageStore,
    private readonly repositories: ListingRepositories,
    private readonly policy: ListingPolicy,
    private readonly access: MatchAccess,
    private readonly parties: PartyLoader,
  ) {}

  /** A listing's matches, best first: owners' members and reviewers only, others get 404. */
  async forListing(
    caller: AuthenticatedUser,
    kind: ListingKind,
    id: string,
    query: MatchPageQuery,
  ): Promise<Page<MatchView>> {
    const listing = await this.repositories.load(kind, id);
    // Members are parties (they see contacts once mutual); reviewers only read.
    const member = (await this.access.organisationsOf(caller)).includes(listing.organisationId);
    if (!member && !this.policy.isReviewer(caller)) throw listingNotFound(kind);
    const page = await this.pages.visible(
      { listing: { kind, id }, state: query.state, counterpartKind: query.counterpartKind },
      query,
    );
    return this.withViews(page, (match) => {
      const perspective: MatchSideName =
        match.subjectKind === kind && match.subjectId === id ? 'subject' : 'counterpart';
      return { perspective, party: member };
    });
  }

  /** The matches of every organisation the caller belongs to. */
  async forCaller(caller: AuthenticatedUser, query: MatchPageQuery): Promise<Page<MatchView>> {
    const organisations = await this.access.organisationsOf(caller);
    if (organisations.length === 0) {
      return { items: [], page: query.page, limit: query.limit, total: 0 };
    }
    const page = await this.pages.visible(
      { organisations, state: query.state, counterpartKind: query.counterpartKind },
      query,
    );
    return this.withViews(page, (match) => ({
      perspective: this.access.sideOf(match, organisations) ?? 'subject',
      party: true,
    }));
  }

  /** One match, for its parties only (others get MATCH_NOT_FOUND). */
  async one(caller: AuthenticatedUser, matchId: string): Promise<MatchView> {
    const { match, side } = await this.access.loadForParty(caller, matchId);
    return this.view(match, side, true);
  }

  /** The view of one match from one side; contacts only for a party of a mutual match. */
  async view(match: Match, perspective: MatchSideName, party: boolean): Promise<MatchView> {
    const [view] = await this.views([match], () => ({ perspective, party }));
    return view;
  }

  private async withViews(
    page: Page<Match>,
    contextOf: (match: Match) => { perspective: MatchSideName; party: boolean },
  ): Promise<Page<MatchView>> {
    return { ...page, items: await this.views(page.items, contextOf) };
  }

  private async views(
    matches: Match[],
    contextOf: (match: Match) => { perspective: MatchSideName; party: boolean },
  ): Promise<MatchView[]> {
    if (matches.length === 0) return [];
    const parties = await this.parties.load(matches);
    const contexts = matches.map(contextOf);
    const otherOrganisation = (match: Match, perspective: MatchSideName) =>
      perspective === 'subject' ? match.counterpartOrganisationId : match.subjectOrganisationId;
    const revealed = matches
      .map((match, i) => ({ match, context: contexts[i] }))
      .filter(({ match, context }) => context.party && contactsVisible(match))
      .map(({ match, context }) => otherOrganisation(match, context.perspective));
    const contacts = await this.parties.contacts(revealed);
    return matches.map((match, i) => {
      const found = contacts.get(otherOrganisation(match, contexts[i].perspective));
      return toMatchView(match, parties, {
        ...contexts[i],
        contact: found ? partyContact(found.name, found.contact) : undefined,
      });
    });
  }
}
