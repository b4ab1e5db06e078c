import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { NotFoundError } from '@rongtong/common';
import { AuthenticatedUser, Memberships } from '@rongtong/identity';
import { Match } from '../entities/match.entity';
import { MatchSideName } from './match-state-machine';

/** Missing matches and matches the caller is no party to share this error. */
export function matchNotFound(): NotFoundError {
  return new NotFoundError('MATCH_NOT_FOUND', 'Match not found');
}

/**
 * Who is a party to a match: members of the subject's or the counterpart's organisation.
 * Platform roles do not make anyone a party (contacts are for the parties only).
 */
@Injectable()
export class MatchAccess {
  constructor(
    private readonly memberships: Memberships,
    @InjectRepository(Match) private readonly matches: Repository<Match>,
  ) {}

  organisationsOf(user: AuthenticatedUser): Promise<string[]> {
    return this.memberships.organisationIdsOf(user.id);
  }

  /**
   * The side the caller acts for. A member of both organisations (rare: brokers) acts for the
   * side that has not shown interest yet, else the subject.
   */
  sideOf(
    match: Pick<
      Match,
      'subjectOrganisationId' | 'counterpartOrganisationId' | 'subjectInterestedAt'
    >,
    organisations: readonly string[],
  ): MatchSideName | undefined {
    const subject = organisations.includes(match.subjectOrganisationId);
    const counterpart = organisations.includes(match.counterpartOrganisationId);
    if (subject && counterpart) return match.subjectInterestedAt ? 'counterpart' : 'subject';
    if (subject) return 'subject';
    if (counterpart) return 'counterpart';
    return undefined;
  }

  /** The match and the caller's side, or MATCH_NOT_FOUND for anyone who is not a party. */
  async loadForParty(
    user: AuthenticatedUser,
    matchId: string,
  ): Promise<{ match: Match; side: MatchSideName; organisations: string[] }> {
    const [match, organisations] = await Promise.all([
      this.matches.findOneBy({ id: matchId }),
      this.organisationsOf(user),
    ]);
    const side = match ? this.sideOf(match, organisations) : undefined;
    if (!match || !side) throw matchNotFound();
    return { match, side, organisations };
  }
}
