import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  APP_CONFIG,
  AppConfig,
  Clock,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationFailedError,
} from '@rongtong/common';
import { EntityManager } from 'typeorm';
import { OutboxWriter, TransactionRunner, uniqueViolation } from '@rongtong/database';
import {
  AuthenticatedUser,
  InvitedAccounts,
  Memberships,
  Organisations,
  Users,
} from '@rongtong/identity';
import { FileStorage } from '@rongtong/storage';
import { ChallengeApplication } from '../entities/challenge-application.entity';
import { ChallengeEvaluator } from '../entities/challenge-evaluator.entity';
import { AddEvaluatorDto, DeclareConflictDto, ScorecardDto } from '../dto/application.dto';
import { scorecardProblems, weightedTotal } from '../rules/scoring';
import { SCORABLE_STAGES } from '../rules/vocabulary';
import { ApplicationsStore } from '../stores/applications.store';
import { EvaluatorsStore } from '../stores/evaluators.store';
import { ScoresStore } from '../stores/scores.store';
import { ApplicationNotices } from './application-notices';
import { applicationNotFound, attachmentOwner } from './applications.service';
import { ApplicationView, toApplicationView } from './application-views';
import { ChallengeGate } from './challenge-gate';
import {
  evaluatorInvitationToken,
  hashInvitationToken as hashToken,
} from '../invitations/evaluator-invitation-token';
import { Recusals } from './recusals';

export interface EvaluatorView {
  id: string;
  userId: string | null;
  email: string;
  displayName: string | null;
  source: 'member' | 'external';
  accepted: boolean;
  invitationExpiresAt: string | null;
}

/** The token of an external expert's invitation, shown once to the owner who invited. */
export interface CreatedEvaluator extends EvaluatorView {
  invitationToken: string | null;
}

export interface QueueItem {
  application: ApplicationView;
  recused: boolean;
  myScores: Record<string, number> | null;
  myTotal: number | null;
  myComment: string | null;
  criteria: { name: string; weight: number }[];
}

/**
 * Evaluators: assignment (owner members, external experts by an invitation whose token is kept
 * hashed), conflicts and recusal, and scorecards.
 */
@Injectable()
export class EvaluationService {
  constructor(
    private readonly gate: ChallengeGate,
    private readonly evaluators: EvaluatorsStore,
    private readonly applications: ApplicationsStore,
    private readonly scores: ScoresStore,
    private readonly recusals: Recusals,
    private readonly memberships: Memberships,
    private readonly users: Users,
    private readonly organisations: Organisations,
    private readonly storage: FileStorage,
    private readonly notices: ApplicationNotices,
    private readonly transactions: TransactionRunner,
    private readonly outbox: OutboxWriter,
    private readonly invitedAccounts: InvitedAccounts,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(caller: AuthenticatedUser, challengeId: string): Promise<EvaluatorView[]> {
    const terms = await this.gate.load(challengeId);
    await this.gate.assertOwner(caller, terms);
    return this.views(await this.evaluators.ofChallenge(challengeId));
  }

  async add(
    caller: AuthenticatedUser,
    challengeId: string,
    input: AddEvaluatorDto,
  ): Promise<CreatedEvaluator> {
    const terms = await this.gate.load(challengeId);
    await this.gate.assertOwner(caller, terms);
    if (!!input.userId === !!input.email) {
      throw ValidationFailedError.field(
        'userId',
        '请选择本单位成员，或填写外部专家的邮箱（二选一）',
      );
    }
    const ownerName =
      (await this.organisations.summaries([terms.organisationId])).get(terms.organisationId)
        ?.name ?? '';
    let token: string | null = null;
    let evaluator: ChallengeEvaluator;
    try {
      evaluator = await this.transactions.run(async (manager) => {
        if (input.userId) {
          const members = await this.memberships.userIdsOf(terms.organisationId, manager);
          if (!members.includes(input.userId)) {
            throw ValidationFailedError.field(
              'userId',
              '只能指定发榜单位的成员；外部专家请用邮箱邀请',
            );
          }
          const identity = await this.users.mailIdentity(input.userId);
          const created = await this.evaluators.insert(manager, {
            challengeId,
            userId: input.userId,
            email: (identity?.email ?? input.userId).toLowerCase(),
            source: 'member',
            acceptedAt: this.clock.now(),
            invitedByUserId: caller.id,
          });
          await this.recusals.recuseSameOrganisation(manager, challengeId);
          await this.notices.record(manager, [
            this.notices.evaluatorAssigned(terms, input.userId, ownerName),
          ]);
          return created;
        }
        // The token is minted from the row (see evaluatorInvitationToken): shown once to the
        // owner here, minted again by the worker for the mail; the database keeps its hash.
        const invitation = {
          evaluatorId: randomUUID(),
          email: input.email!.trim().toLowerCase(),
          expiresAt: new Date(
            this.clock.now().getTime() + this.config.auth.invitationTtlDays * 86_400_000,
          ),
        };
        token = evaluatorInvitationToken(this.config.auth.jwtSecret, invitation);
        const created = await this.evaluators.insert(manager, {
          id: invitation.evaluatorId,
          challengeId,
          userId: null,
          email: invitation.email,
          source: 'external',
          invitationTokenHash: hashToken(token),
          invitationExpiresAt: invitation.expiresAt,
          invitedByUserId: caller.id,
        });
        await this.outbox.append(manager, {
          type: 'challenge.evaluator-invited',
          entityType: 'challenge_evaluator',
          entityId: created.id,
          version: 1,
          payload: { evaluatorId: created.id },
        });
        return created;
      });
    } catch (error) {
      if (uniqueViolation(error)?.startsWith('uq_challenge_evaluator')) {
        throw new ConflictError(
          'ALREADY_EVALUATOR',
          'This person is an evaluator of the challenge already',
        );
      }
      throw error;
    }
    const [view] = await this.views([evaluator]);
    return { ...view, invitationToken: token };
  }

  /** An external expert links the signed-in account (its email must be the invited one). */
  async accept(caller: AuthenticatedUser, token: string): Promise<EvaluatorView> {
    const identity = await this.users.mailIdentity(caller.id);
    const evaluator = await this.transactions.run(async (manager) => {
      const found = await this.openInvitation(manager, token);
      if (!identity || identity.email.toLowerCase() !== found.email) {
        throw new ForbiddenError(
          'INVITATION_FOR_ANOTHER_EMAIL',
          'Sign in with the email address the invitation was sent to',
        );
      }
      return this.link(manager, found, caller.id);
    });
    const [view] = await this.views([evaluator]);
    return view;
  }

  /**
   * An external expert without an account: the invitation creates one for the invited address
   * (no organisation, evaluator of this challenge only) and links it, in one transaction. A
   * registered address is 409 EMAIL_TAKEN: sign in and accept instead.
   */
  async acceptWithNewAccount(input: {
    token: string;
    displayName: string;
    password: string;
  }): Promise<EvaluatorView> {
    const evaluator = await this.transactions.run(async (manager) => {
      const found = await this.openInvitation(manager, input.token);
      const { userId } = await this.invitedAccounts.create(manager, {
        email: found.email,
        displayName: input.displayName,
        password: input.password,
      });
      return this.link(manager, found, userId);
    });
    const [view] = await this.views([evaluator]);
    return view;
  }

  /** The invitation the token opens, locked; 404 when unknown, expired or used. */
  private async openInvitation(manager: EntityManager, token: string): Promise<ChallengeEvaluator> {
    const found = await this.evaluators.byTokenHash(hashToken(token), manager);
    if (!found || !found.invitationExpiresAt || found.invitationExpiresAt < this.clock.now()) {
      throw new NotFoundError(
        'INVITATION_NOT_FOUND',
        'The invitation does not exist, expired or was used already',
      );
    }
    return found;
  }

  private async link(
    manager: EntityManager,
    invitation: ChallengeEvaluator,
    userId: string,
  ): Promise<ChallengeEvaluator> {
    invitation.userId = userId;
    invitation.acceptedAt = this.clock.now();
    invitation.invitationTokenHash = null;
    try {
      const saved = await this.evaluators.save(manager, invitation);
      await this.recusals.recuseSameOrganisation(manager, invitation.challengeId);
      return saved;
    } catch (error) {
      if (uniqueViolation(error))
        throw new ConflictError(
          'ALREADY_EVALUATOR',
          'You are an evaluator of this challenge already',
        );
      throw error;
    }
  }

  async declareConflict(
    caller: AuthenticatedUser,
    applicationId: string,
    input: DeclareConflictDto,
  ): Promise<void> {
    const { evaluator } = await this.assignment(caller, applicationId);
    await this.transactions.run((manager) =>
      this.evaluators.declareConflict(manager, {
        evaluatorId: evaluator.id,
        applicationId,
        kind: input.kind,
        note: input.note ?? null,
        automatic: false,
      }),
    );
  }

  async score(
    caller: AuthenticatedUser,
    applicationId: string,
    input: ScorecardDto,
  ): Promise<{ total: number }> {
    const { evaluator, application } = await this.assignment(caller, applicationId);
    if (await this.evaluators.conflict(evaluator.id, applicationId)) {
      throw new ForbiddenError(
        'RECUSED',
        'You are recused from this application (conflict of interest)',
      );
    }
    if (!SCORABLE_STAGES.includes(application.stage)) {
      throw new ConflictError(
        'NOT_IN_REVIEW',
        'Applications are scored once qualified and until a decision',
      );
    }
    const terms = await this.gate.load(application.challengeId);
    const problems = scorecardProblems(terms.evaluationCriteria, input.scores);
    if (problems.length > 0)
      throw new ValidationFailedError(problems, 'SCORECARD_INVALID', 'The scorecard is invalid');
    const total = weightedTotal(terms.evaluationCriteria, input.scores);
    await this.transactions.run((manager) =>
      this.scores.upsert(manager, {
        evaluatorId: evaluator.id,
        applicationId,
        scores: input.scores,
        total: total.toFixed(2),
        comment: input.comment ?? null,
      }),
    );
    return { total };
  }

  /** The evaluator's queue: applications in review of every challenge they evaluate. */
  async queue(caller: AuthenticatedUser): Promise<QueueItem[]> {
    const assignments = await this.evaluators.assignmentsOf(caller.id);
    const items: QueueItem[] = [];
    for (const evaluator of assignments) {
      const terms = await this.gate.load(evaluator.challengeId);
      const state = await this.gate.state(terms);
      const applications = await this.applications.inStages(terms.id, SCORABLE_STAGES);
      const conflicts = new Set(
        (await this.evaluators.conflictsOfChallenge(terms.id))
          .filter((c) => c.evaluatorId === evaluator.id)
          .map((c) => c.applicationId),
      );
      const mine = new Map(
        (await this.scores.ofEvaluator(evaluator.id)).map((s) => [s.applicationId, s]),
      );
      const names = await this.organisations.summaries(applications.map((a) => a.organisationId));
      for (const application of applications) {
        const recused = conflicts.has(application.id);
        const files = recused ? [] : await this.storage.ofOwner(attachmentOwner(application.id));
        const view = toApplicationView(
          application,
          terms,
          names.get(application.organisationId)?.name ?? null,
          files,
          {
            anonymous: state.anonymousReview,
            deadlineAt: state.deadlineAt,
            editable: false,
          },
        );
        const score = mine.get(application.id);
        items.push({
          application: recused ? { ...view, proposal: {}, attachments: [] } : view,
          recused,
          myScores: score?.scores ?? null,
          myTotal: score ? Number(score.total) : null,
          myComment: score?.comment ?? null,
          criteria: terms.evaluationCriteria,
        });
      }
    }
    return items;
  }

  /** The evaluator row of the caller for this application's challenge, and the application. */
  async assignment(
    caller: AuthenticatedUser,
    applicationId: string,
  ): Promise<{ evaluator: ChallengeEvaluator; application: ChallengeApplication }> {
    const application = await this.applications.byId(applicationId);
    if (!application || application.stage === 'draft') throw applicationNotFound();
    const evaluator = await this.evaluators.ofUser(application.challengeId, caller.id);
    if (!evaluator) {
      throw new ForbiddenError(
        'NOT_ASSIGNED_EVALUATOR',
        'You are not an evaluator of this challenge',
      );
    }
    return { evaluator, application };
  }

  /** Whether the caller may see this application as an evaluator: assigned and not recused. */
  async canEvaluate(
    caller: AuthenticatedUser,
    application: ChallengeApplication,
  ): Promise<boolean> {
    if (application.stage === 'draft' || application.stage === 'withdrawn') return false;
    const evaluator = await this.evaluators.ofUser(application.challengeId, caller.id);
    if (!evaluator) return false;
    return !(await this.evaluators.conflict(evaluator.id, application.id));
  }

  private async views(evaluators: ChallengeEvaluator[]): Promise<EvaluatorView[]> {
    return Promise.all(
      evaluators.map(async (evaluator) => ({
        id: evaluator.id,
        userId: evaluator.userId,
        email: evaluator.email,
        displayName: evaluator.userId
          ? ((await this.users.mailIdentity(evaluator.userId))?.displayName ?? null)
          : null,
        source: evaluator.source,
        accepted: evaluator.acceptedAt !== null,
        invitationExpiresAt: evaluator.userId
          ? null
          : (evaluator.invitationExpiresAt?.toISOString() ?? null),
      })),
    );
  }
}
