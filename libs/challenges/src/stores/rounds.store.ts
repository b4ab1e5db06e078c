import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ChallengeRound } from '../entities/challenge-round.entity';

/** challenge_round rows. */
@Injectable()
export class RoundsStore {
  constructor(private readonly dataSource: DataSource) {}

  async find(
    challengeId: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<ChallengeRound | null> {
    return manager.findOne(ChallengeRound, {
      where: { challengeId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** Creates the round when missing (concurrent callers get the same row), then locks it. */
  async ensureLocked(
    manager: EntityManager,
    initial: Pick<ChallengeRound, 'challengeId' | 'ownerOrganisationId' | 'deadlineAt'>,
  ): Promise<{ round: ChallengeRound; created: boolean }> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(ChallengeRound)
      .values(initial)
      .orIgnore()
      .returning(['challengeId'])
      .execute();
    const round = await this.find(initial.challengeId, manager, true);
    if (!round) throw new Error(`challenge_round ${initial.challengeId} vanished`);
    return { round, created: inserted.raw instanceof Array && inserted.raw.length > 0 };
  }

  save(manager: EntityManager, round: ChallengeRound): Promise<ChallengeRound> {
    return manager.save(round);
  }
}
