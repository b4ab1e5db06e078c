import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock } from '@rongtong/common';
import { MatchStore } from '../persistence/match-store';

export interface ChallengeAward {
  challengeId: string;
  challengeOrganisationId: string;
  winnerOrganisationId: string;
  actorUserId: string;
  awardWan: number;
}

/**
 * A challenge award is an agreement: the match between the challenge and the winner is created
 * (when matching never proposed it) or moved to `agreed`, so the match funnel counts it.
 */
@Injectable()
export class ChallengeAwardMatches {
  constructor(
    private readonly store: MatchStore,
    private readonly clock: Clock,
  ) {}

  /** Inside the caller's transaction; returns the match id. */
  async recordAward(manager: EntityManager, award: ChallengeAward): Promise<string> {
    const now = this.clock.now();
    const matchId = await this.store.insertIfMissing(
      manager,
      {
        subjectKind: 'challenge',
        subjectId: award.challengeId,
        subjectOrganisationId: award.challengeOrganisationId,
        counterpartKind: 'organisation',
        counterpartId: award.winnerOrganisationId,
        counterpartOrganisationId: award.winnerOrganisationId,
        score: 0,
        reasons: [
          {
            kind: 'eligibility',
            contribution: 0,
            zh: `揭榜成功：${award.awardWan} 万元`,
            en: `Challenge awarded: ${award.awardWan} × 10,000 CNY`,
          },
        ],
      },
      now,
    );
    await this.store.agreeByAward(
      manager,
      matchId,
      { userId: award.actorUserId, organisationId: award.challengeOrganisationId },
      `challenge award: ${award.awardWan} 万元`,
      now,
    );
    return matchId;
  }
}
