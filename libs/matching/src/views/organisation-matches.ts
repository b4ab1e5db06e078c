import { Injectable } from '@nestjs/common';
import { MatchStore, OrganisationMatchRow } from '../persistence/match-store';

export type { OrganisationMatchRow };

/**
 * Matches as events read them: who answers a set of needs (to invite), and which registered
 * organisations match each other (to propose meetings). Read-only.
 */
@Injectable()
export class OrganisationMatches {
  constructor(private readonly store: MatchStore) {}

  /** Matches of these listings (as subject), best first. */
  ofListings(listingIds: readonly string[], minScore = 0): Promise<OrganisationMatchRow[]> {
    return this.store.activeOfSubjects(listingIds, minScore);
  }

  /** Matches between any two of these organisations, best first. */
  among(organisationIds: readonly string[], minScore = 0): Promise<OrganisationMatchRow[]> {
    return this.store.activeAmongOrganisations(organisationIds, minScore);
  }
}
