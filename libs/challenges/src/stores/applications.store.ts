import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { ApplicationStageChange } from '../entities/application-stage-change.entity';
import { ChallengeApplication } from '../entities/challenge-application.entity';
import type { ApplicationStage } from '../rules/vocabulary';

/** challenge_application and application_stage_change rows. */
@Injectable()
export class ApplicationsStore {
  constructor(private readonly dataSource: DataSource) {}

  async byId(
    id: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<ChallengeApplication | null> {
    return manager.findOne(ChallengeApplication, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  async ofOrganisation(
    challengeId: string,
    organisationId: string,
  ): Promise<ChallengeApplication | null> {
    return this.dataSource.manager.findOneBy(ChallengeApplication, { challengeId, organisationId });
  }

  async ofOrganisations(organisationIds: readonly string[]): Promise<ChallengeApplication[]> {
    if (organisationIds.length === 0) return [];
    return this.dataSource.manager.find(ChallengeApplication, {
      where: { organisationId: In([...organisationIds]) },
      order: { updatedAt: 'DESC' },
    });
  }

  async inStages(
    challengeId: string,
    stages: readonly ApplicationStage[],
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<ChallengeApplication[]> {
    return manager.find(ChallengeApplication, {
      where: { challengeId, stage: In([...stages]) },
      order: { submittedAt: 'ASC', createdAt: 'ASC' },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  insert(
    manager: EntityManager,
    application: Partial<ChallengeApplication>,
  ): Promise<ChallengeApplication> {
    return manager.save(manager.create(ChallengeApplication, application));
  }

  save(manager: EntityManager, application: ChallengeApplication): Promise<ChallengeApplication> {
    return manager.save(application);
  }

  async recordStageChange(
    manager: EntityManager,
    change: Omit<ApplicationStageChange, 'id' | 'createdAt'>,
  ): Promise<void> {
    await manager.insert(ApplicationStageChange, change);
  }

  history(applicationId: string): Promise<ApplicationStageChange[]> {
    return this.dataSource.manager.find(ApplicationStageChange, {
      where: { applicationId },
      order: { id: 'ASC' },
    });
  }
}
