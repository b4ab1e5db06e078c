import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { ChallengeEvaluator } from '../entities/challenge-evaluator.entity';
import { EvaluatorConflict } from '../entities/evaluator-conflict.entity';

/** challenge_evaluator and evaluator_conflict rows. */
@Injectable()
export class EvaluatorsStore {
  constructor(private readonly dataSource: DataSource) {}

  ofChallenge(
    challengeId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ChallengeEvaluator[]> {
    return manager.find(ChallengeEvaluator, {
      where: { challengeId },
      order: { createdAt: 'ASC' },
    });
  }

  /** Evaluators who can score: members, and external experts who accepted. */
  active(
    challengeId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ChallengeEvaluator[]> {
    return manager.find(ChallengeEvaluator, {
      where: { challengeId, userId: Not(IsNull()) },
      order: { createdAt: 'ASC' },
    });
  }

  byId(id: string): Promise<ChallengeEvaluator | null> {
    return this.dataSource.manager.findOneBy(ChallengeEvaluator, { id });
  }

  ofUser(challengeId: string, userId: string): Promise<ChallengeEvaluator | null> {
    return this.dataSource.manager.findOneBy(ChallengeEvaluator, { challengeId, userId });
  }

  assignmentsOf(userId: string): Promise<ChallengeEvaluator[]> {
    return this.dataSource.manager.find(ChallengeEvaluator, {
      where: { userId },
      order: { createdAt: 'DESC' },
    });
  }

  byEmail(
    challengeId: string,
    email: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ChallengeEvaluator | null> {
    return manager.findOneBy(ChallengeEvaluator, { challengeId, email });
  }

  byTokenHash(
    tokenHash: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ChallengeEvaluator | null> {
    return manager.findOne(ChallengeEvaluator, {
      where: { invitationTokenHash: tokenHash },
      lock: { mode: 'pessimistic_write' },
    });
  }

  insert(
    manager: EntityManager,
    evaluator: Partial<ChallengeEvaluator>,
  ): Promise<ChallengeEvaluator> {
    return manager.save(manager.create(ChallengeEvaluator, evaluator));
  }

  save(manager: EntityManager, evaluator: ChallengeEvaluator): Promise<ChallengeEvaluator> {
    return manager.save(evaluator);
  }

  conflictsOfChallenge(
    challengeId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EvaluatorConflict[]> {
    return manager
      .getRepository(EvaluatorConflict)
      .createQueryBuilder('c')
      .innerJoin(ChallengeEvaluator, 'e', 'e.id = c.evaluator_id')
      .where('e.challenge_id = :challengeId', { challengeId })
      .getMany();
  }

  conflict(
    evaluatorId: string,
    applicationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EvaluatorConflict | null> {
    return manager.findOneBy(EvaluatorConflict, { evaluatorId, applicationId });
  }

  /** Records a conflict; an existing one for the pair stays. */
  async declareConflict(
    manager: EntityManager,
    conflict: Omit<EvaluatorConflict, 'createdAt'>,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(EvaluatorConflict)
      .values(conflict)
      .orIgnore()
      .execute();
  }
}
