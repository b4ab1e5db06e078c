import type { FoundCandidate } from '../match-finder';
import { listingSide, MatchParties, organisationSide } from '../notifications/match-intents';
import { ListingProfile } from '../scoring/match-profiles';
import { PairRow } from './match-store';

export interface OrientedPair {
  row: PairRow;
  parties: Omit<MatchParties, 'matchId'>;
}

/**
 * A candidate of `source` as the pair it is stored as: a need and an achievement always with
 * the need as subject (one row whichever side computed it); any other pair with the source as
 * subject.
 */
export function orientPair(source: ListingProfile, candidate: FoundCandidate): OrientedPair {
  const scored = {
    score: candidate.score,
    reasons: candidate.reasons,
    features: candidate.features,
    weightsVersion: candidate.weightsVersion,
  };
  if (candidate.organisation) {
    return {
      row: {
        subjectKind: source.kind,
        subjectId: source.id,
        subjectOrganisationId: source.organisationId,
        counterpartKind: 'organisation',
        counterpartId: candidate.organisation.id,
        counterpartOrganisationId: candidate.organisation.id,
        ...scored,
      },
      parties: {
        subject: listingSide(source),
        counterpart: organisationSide(candidate.organisation),
      },
    };
  }
  if (!candidate.listing) throw new Error('A candidate carries its listing or organisation');
  const [need, achievement] =
    source.kind === 'need' ? [source, candidate.listing] : [candidate.listing, source];
  return {
    row: {
      subjectKind: 'need',
      subjectId: need.id,
      subjectOrganisationId: need.organisationId,
      counterpartKind: 'achievement',
      counterpartId: achievement.id,
      counterpartOrganisationId: achievement.organisationId,
      ...scored,
    },
    parties: { subject: listingSide(need), counterpart: listingSide(achievement) },
  };
}
