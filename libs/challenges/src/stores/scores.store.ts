import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { ApplicationScore } from '../entities/application-score.entity';

/** application_score rows. */
@Injectable()
export class ScoresStore {
  constructor(private readonly dataSource: DataSource) {}

  async upsert(manager: EntityManager, score: Omit<ApplicationScore, 'updatedAt'>): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(ApplicationScore)
      .values(score)
      .orUpdate(['scores', 'total', 'comment', 'updated_at'], ['evaluator_id', 'application_id'])
      .execute();
  }

  ofApplications(
    applicationIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ApplicationScore[]> {
    if (applicationIds.length === 0) return Promise.resolve([]);
    return manager.find(ApplicationScore, { where: { applicationId: In([...applicationIds]) } });
  }

  ofEvaluator(evaluatorId: string): Promise<ApplicationScore[]> {
    return this.dataSource.manager.find(ApplicationScore, { where: { evaluatorId } });
  }
}
