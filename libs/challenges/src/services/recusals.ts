import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Memberships } from '@rongtong/identity';
import { REVIEWABLE_STAGES } from '../rules/vocabulary';
import { ApplicationsStore } from '../stores/applications.store';
import { EvaluatorsStore } from '../stores/evaluators.store';

/** An evaluator from an applicant's own organisation is recused from it without asking. */
@Injectable()
export class Recusals {
  constructor(
    private readonly evaluators: EvaluatorsStore,
    private readonly applications: ApplicationsStore,
    private readonly memberships: Memberships,
  ) {}

  /** Records the automatic conflicts of a challenge (after a submit, a new or accepted evaluator). */
  async recuseSameOrganisation(manager: EntityManager, challengeId: string): Promise<void> {
    const evaluators = await this.evaluators.active(challengeId, manager);
    if (evaluators.length === 0) return;
    const applications = await this.applications.inStages(challengeId, REVIEWABLE_STAGES, manager);
    for (const evaluator of evaluators) {
      if (!evaluator.userId) continue;
      const organisations = new Set(
        await this.memberships.organisationIdsOf(evaluator.userId, manager),
      );
      for (const application of applications) {
        if (!organisations.has(application.organisationId)) continue;
        await this.evaluators.declareConflict(manager, {
          evaluatorId: evaluator.id,
          applicationId: application.id,
          kind: 'same_organisation',
          note: null,
          automatic: true,
        });
      }
    }
  }
}
