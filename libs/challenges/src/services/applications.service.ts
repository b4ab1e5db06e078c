import { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ChallengeTerms } from '@rongtong/catalog';
import {
  Clock,
  ConflictError,
  DomainError,
  ForbiddenError,
  NotFoundError,
  ValidationFailedError,
} from '@rongtong/common';
import { TransactionRunner, uniqueViolation } from '@rongtong/database';
import { AuthenticatedUser, OrganisationAccess, Organisations } from '@rongtong/identity';
import { DOCUMENT_AND_IMAGE_KINDS, FileStorage, StoredFileView } from '@rongtong/storage';
import { ChallengeApplication } from '../entities/challenge-application.entity';
import { ProposalDto, SaveDraftDto, StartApplicationDto } from '../dto/application.dto';
import { EligibilityVerdict } from '../rules/eligibility';
import { Proposal, proposalProblems, ProposalContext } from '../rules/proposal';
import { ApplicationStage } from '../rules/vocabulary';
import { ApplicationsStore } from '../stores/applications.store';
import { ApplicantFacts } from './applicant-facts';
import { ApplicationNotices } from './application-notices';
import { ChallengeGate, formatDeadline, RoundState } from './challenge-gate';
import { Recusals } from './recusals';

/** Per application: 20 attachments at most, 50 MB together (each file within the storage limit). */
export const ATTACHMENT_LIMITS = { files: 20, totalBytes: 50 * 1024 * 1024 };

export function applicationNotFound(): NotFoundError {
  return new NotFoundError('APPLICATION_NOT_FOUND', 'No such application');
}

export function attachmentOwner(applicationId: string): string {
  return `challenge-application:${applicationId}`;
}

/** Eligibility as the challenge page shows it before anyone starts. */
export interface EligibilityView {
  challengeId: string;
  organisationId: string;
  eligible: boolean;
  failed: EligibilityVerdict['failed'];
  deadlineAt: string;
  deadlinePassed: boolean;
  open: boolean;
  /** The organisation's application to this challenge, if it has one. */
  applicationId: string | null;
}

/**
 * The applicant's side of 揭榜: start (one per organisation), autosave, attachments, submit at
 * the deadline to the second, withdraw until the deadline.
 */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly gate: ChallengeGate,
    private readonly applications: ApplicationsStore,
    private readonly facts: ApplicantFacts,
    private readonly access: OrganisationAccess,
    private readonly organisations: Organisations,
    private readonly transactions: TransactionRunner,
    private readonly storage: FileStorage,
    private readonly notices: ApplicationNotices,
    private readonly recusals: Recusals,
    private readonly clock: Clock,
  ) {}

  async eligibility(
    caller: AuthenticatedUser,
    challengeId: string,
    organisationId: string,
  ): Promise<EligibilityView> {
    await this.access.assert(caller, organisationId);
    const terms = await this.gate.load(challengeId);
    if (terms.status !== 'published' && !(await this.gate.isOwnerMember(caller, terms))) {
      throw new NotFoundError('CHALLENGE_NOT_FOUND', 'No such challenge');
    }
    const state = await this.gate.state(terms);
    const verdict = await this.facts.judge(terms, organisationId, state.deadlineAt);
    const own = terms.organisationId === organisationId;
    const existing = await this.applications.ofOrganisation(challengeId, organisationId);
    const passed = this.clock.now() > state.deadlineAt;
    return {
      challengeId,
      organisationId,
      eligible: verdict.eligible && !own,
      failed: own
        ? [...verdict.failed, { rule: 'OWN_CHALLENGE', message: '不能揭自己发布的榜' }]
        : verdict.failed,
      deadlineAt: state.deadlineAt.toISOString(),
      deadlinePassed: passed,
      open: terms.status === 'published' && !passed && state.awardedAt === null,
      applicationId: existing?.id ?? null,
    };
  }

  /** A new draft for the organisation; refused when it could not apply (nothing written). */
  async start(
    caller: AuthenticatedUser,
    challengeId: string,
    input: StartApplicationDto,
  ): Promise<ChallengeApplication> {
    await this.access.assert(caller, input.organisationId);
    const terms = await this.gate.load(challengeId);
    if (terms.organisationId === input.organisationId) {
      throw new ForbiddenError(
        'OWN_CHALLENGE',
        'An organisation cannot apply to its own challenge',
      );
    }
    const state = await this.assertOpen(terms);
    await this.assertEligible(terms, input.organisationId, state.deadlineAt);
    const proposal = this.cleanProposal(input.proposal ?? {}, terms, state, false);
    try {
      return await this.transactions.run(async (manager) => {
        await this.gate.lockRound(manager, terms);
        const application = await this.applications.insert(manager, {
          challengeId,
          organisationId: input.organisationId,
          createdByUserId: caller.id,
          stage: 'draft',
          proposal,
        });
        await this.applications.recordStageChange(manager, {
          applicationId: application.id,
          fromStage: null,
          toStage: 'draft',
          actorUserId: caller.id,
          reason: null,
          note: null,
        });
        return application;
      });
    } catch (error) {
      if (uniqueViolation(error) === 'uq_challenge_application_organisation') {
        throw new ConflictError(
          'ALREADY_APPLIED',
          'This organisation has an application to this challenge already',
        );
      }
      throw error;
    }
  }

  /** Autosave: the whole proposal as the form holds it, within every limit. */
  async saveDraft(
    caller: AuthenticatedUser,
    id: string,
    input: SaveDraftDto,
  ): Promise<ChallengeApplication> {
    const { application, terms } = await this.loadAsApplicant(caller, id);
    const state = await this.gate.state(terms);
    const proposal = this.cleanProposal(input.proposal, terms, state, false);
    return this.transactions.run(async (manager) => {
      const locked = await this.lockDraft(manager, application.id, state);
      if (input.version !== undefined && input.version !== locked.version) {
        throw new ConflictError(
          'APPLICATION_CHANGED',
          'The draft was changed elsewhere; reload it',
          [{ field: 'version', messages: [`current version is ${locked.version}`] }],
        );
      }
      locked.proposal = proposal;
      return this.applications.save(manager, locked);
    });
  }

  async submit(caller: AuthenticatedUser, id: string): Promise<ChallengeApplication> {
    const { application, terms } = await this.loadAsApplicant(caller, id);
    if (application.stage !== 'draft') {
      throw new ConflictError('APPLICATION_NOT_DRAFT', 'Only a draft can be submitted');
    }
    const state = await this.assertOpen(terms);
    await this.assertEligible(terms, application.organisationId, state.deadlineAt);
    this.cleanProposal(application.proposal, terms, state, true);
    const organisationName = await this.organisationName(application.organisationId);
    return this.transactions.run(async (manager) => {
      await this.gate.lockRound(manager, terms);
      const locked = await this.lockDraft(manager, application.id, state);
      locked.stage = 'submitted';
      locked.submittedAt = this.clock.now();
      const saved = await this.applications.save(manager, locked);
      await this.changeStage(manager, terms, saved, 'draft', caller.id, organisationName);
      await this.recusals.recuseSameOrganisation(manager, terms.id);
      return saved;
    });
  }

  async withdraw(caller: AuthenticatedUser, id: string): Promise<ChallengeApplication> {
    const { application, terms } = await this.loadAsApplicant(caller, id);
    const state = await this.gate.state(terms);
    if (this.clock.now() > state.deadlineAt) throw deadlinePassed(state.deadlineAt);
    const organisationName = await this.organisationName(application.organisationId);
    return this.transactions.run(async (manager) => {
      const locked = await this.applications.byId(id, manager, true);
      if (!locked) throw applicationNotFound();
      const from = locked.stage;
      if (from !== 'draft' && from !== 'submitted') {
        throw new ConflictError(
          'APPLICATION_IN_REVIEW',
          'The review has started; the application can no longer be withdrawn',
        );
      }
      locked.stage = 'withdrawn';
      const saved = await this.applications.save(manager, locked);
      await this.changeStage(manager, terms, saved, from, caller.id, organisationName);
      return saved;
    });
  }

  async uploadAttachment(
    caller: AuthenticatedUser,
    id: string,
    filename: string,
    body: Readable,
  ): Promise<StoredFileView> {
    const { application, terms } = await this.loadAsApplicant(caller, id);
    const state = await this.gate.state(terms);
    if (application.stage !== 'draft') throw notDraft();
    if (this.clock.now() > state.deadlineAt) throw deadlinePassed(state.deadlineAt);
    const owner = attachmentOwner(id);
    if ((await this.storage.ofOwner(owner)).length >= ATTACHMENT_LIMITS.files) {
      throw new ConflictError(
        'TOO_MANY_ATTACHMENTS',
        `At most ${ATTACHMENT_LIMITS.files} attachments`,
      );
    }
    return this.storage.store({
      owner,
      uploadedBy: caller.id,
      filename,
      body,
      accept: DOCUMENT_AND_IMAGE_KINDS,
      ownerQuotaBytes: ATTACHMENT_LIMITS.totalBytes,
      // The draft is locked while the file is recorded: a submit meanwhile waits, then sees it.
      onStored: async (manager) => {
        await this.lockDraft(manager, id, state);
      },
    });
  }

  async removeAttachment(caller: AuthenticatedUser, id: string, fileId: string): Promise<void> {
    const { application } = await this.loadAsApplicant(caller, id);
    if (application.stage !== 'draft') throw notDraft();
    const files = await this.storage.ofOwner(attachmentOwner(id));
    if (!files.some((file) => file.id === fileId))
      throw new NotFoundError('FILE_NOT_FOUND', 'No such attachment');
    await this.storage.remove(fileId);
  }

  /** Applications of the caller's organisations, newest first. */
  async mine(
    caller: AuthenticatedUser,
    organisationIds: string[],
  ): Promise<ChallengeApplication[]> {
    return this.applications.ofOrganisations(organisationIds);
  }

  /** The application with its challenge, for a member of the applying organisation. */
  async loadAsApplicant(
    caller: AuthenticatedUser,
    id: string,
  ): Promise<{ application: ChallengeApplication; terms: ChallengeTerms }> {
    const application = await this.applications.byId(id);
    if (!application) throw applicationNotFound();
    const role = await this.access.roleIn(caller, application.organisationId);
    if (!role && !this.access.isAdmin(caller)) throw applicationNotFound();
    return { application, terms: await this.gate.load(application.challengeId) };
  }

  async changeStage(
    manager: EntityManager,
    terms: ChallengeTerms,
    application: ChallengeApplication,
    from: ApplicationStage,
    actorUserId: string | null,
    organisationName: string,
  ): Promise<void> {
    await this.applications.recordStageChange(manager, {
      applicationId: application.id,
      fromStage: from,
      toStage: application.stage,
      actorUserId,
      reason: application.stage === 'not_selected' ? application.decisionReason : null,
      note: application.stage === 'not_selected' ? application.decisionNote : null,
    });
    await this.notices.record(manager, [
      this.notices.stageChanged(
        terms,
        application,
        organisationName,
        from,
        `${from}-${application.stage}-${application.version}`,
      ),
    ]);
  }

  async organisationName(organisationId: string): Promise<string> {
    return (
      (await this.organisations.summaries([organisationId])).get(organisationId)?.name ?? '申请单位'
    );
  }

  private async assertOpen(terms: ChallengeTerms): Promise<RoundState> {
    if (terms.status !== 'published') {
      throw new ConflictError(
        'CHALLENGE_NOT_OPEN',
        'The challenge is not published: it takes no applications',
      );
    }
    const state = await this.gate.state(terms);
    if (state.awardedAt)
      throw new ConflictError('CHALLENGE_NOT_OPEN', 'The challenge has been awarded');
    if (state.closedAt || this.clock.now() > state.deadlineAt)
      throw deadlinePassed(state.deadlineAt);
    return state;
  }

  private async assertEligible(
    terms: ChallengeTerms,
    organisationId: string,
    deadline: Date,
  ): Promise<void> {
    const verdict = await this.facts.judge(terms, organisationId, deadline);
    if (verdict.eligible) return;
    throw new DomainError(
      'forbidden',
      'NOT_ELIGIBLE',
      `The organisation does not meet the challenge's rules: ${verdict.failed.map((f) => f.rule).join(', ')}`,
      verdict.failed.map((failure) => ({ field: failure.rule, messages: [failure.message] })),
    );
  }

  /** The proposal as stored: checked against the challenge (and for completeness at submit). */
  private cleanProposal(
    input: ProposalDto,
    terms: ChallengeTerms,
    state: RoundState,
    complete: boolean,
  ): Partial<Proposal> {
    const context: ProposalContext = {
      rewardWan: terms.rewardWan,
      allowBudgetOverReward: state.allowBudgetOverReward,
      indicatorNames: terms.technicalIndicators.map((indicator) => indicator.name),
      deliveryDate: state.deliveryDate,
    };
    const proposal: Partial<Proposal> = JSON.parse(JSON.stringify(input)) as Partial<Proposal>;
    const problems = proposalProblems(proposal, context, complete);
    if (problems.length > 0) {
      throw new ValidationFailedError(
        problems,
        complete ? 'PROPOSAL_INCOMPLETE' : 'PROPOSAL_INVALID',
        problems.map((p) => `${p.field}: ${p.messages.join('; ')}`).join(' | '),
      );
    }
    return proposal;
  }

  private async lockDraft(
    manager: EntityManager,
    id: string,
    state: RoundState,
  ): Promise<ChallengeApplication> {
    const locked = await this.applications.byId(id, manager, true);
    if (!locked) throw applicationNotFound();
    if (locked.stage !== 'draft') throw notDraft();
    if (this.clock.now() > state.deadlineAt) throw deadlinePassed(state.deadlineAt);
    return locked;
  }
}

export function deadlinePassed(deadline: Date): ConflictError {
  return new ConflictError(
    'DEADLINE_PASSED',
    `Applications closed at ${formatDeadline(deadline)} (China time)`,
  );
}

function notDraft(): ConflictError {
  return new ConflictError(
    'APPLICATION_NOT_DRAFT',
    'The application was submitted; it is read-only now',
  );
}
