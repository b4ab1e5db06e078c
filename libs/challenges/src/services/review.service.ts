import { Injectable } from '@nestjs/common';
import { ChallengeTerms, ListingLifecycle } from '@rongtong/catalog';
import { Clock, ConflictError, NotFoundError, ValidationFailedError } from '@rongtong/common';
import { TransactionRunner } from '@rongtong/database';
import { AuthenticatedUser, Organisations } from '@rongtong/identity';
import { ChallengeAwardMatches, MatchQueries } from '@rongtong/matching';
import { NotificationIntent } from '@rongtong/notify';
import { FileStorage } from '@rongtong/storage';
import {
  AwardDto,
  DecisionDto,
  ExtendDeadlineDto,
  InviteCandidatesDto,
  RoundSettingsDto,
} from '../dto/application.dto';
import { budgetTotal } from '../rules/proposal';
import { rank, ScoreSummary, summariseTotals } from '../rules/scoring';
import {
  ApplicationStage,
  AWARDABLE_STAGES,
  decisionAllowed,
  needsCompleteScores,
  STAGE_LABELS,
} from '../rules/vocabulary';
import { ChallengeApplication } from '../entities/challenge-application.entity';
import { ApplicationsStore } from '../stores/applications.store';
import { EvaluatorsStore } from '../stores/evaluators.store';
import { ReviewTableStore } from '../stores/review-table.store';
import { ApplicationNotices } from './application-notices';
import {
  applicationNotFound,
  ApplicationsService,
  attachmentOwner,
  deadlinePassed,
} from './applications.service';
import {
  ApplicationView,
  StageChangeView,
  toApplicationView,
  toStageChangeView,
} from './application-views';
import {
  ChallengeGate,
  challengeNotFound,
  formatDeadline,
  RoundState,
  roundState,
} from './challenge-gate';
import { EvaluationService } from './evaluation.service';
import { RoundDeadlines } from './round-deadlines';

export interface ReviewRow {
  applicationId: string;
  organisationId: string;
  organisationName: string;
  stage: ApplicationStage;
  stageLabel: string;
  submittedAt: string | null;
  proposalSummary: string | null;
  budgetWan: number | null;
  /** Weighted totals (0–100) of the evaluators who scored. */
  totals: number[];
  /** Mean, spread and count of the totals. */
  summary: ScoreSummary;
  scoresExpected: number;
  scoresIn: number;
  recusedEvaluators: number;
  rank: number | null;
}

export interface RoundView {
  challengeId: string;
  title: string;
  status: string;
  rewardWan: number;
  deadlineAt: string;
  deadlineText: string;
  extended: boolean;
  deadlinePassed: boolean;
  /** When the deadline job closed applications; null while open (or before the job ran). */
  closedAt: string | null;
  deliveryDate: string | null;
  allowBudgetOverReward: boolean;
  anonymousReview: boolean;
  awardedAt: string | null;
  awardNotice: string | null;
  criteria: { name: string; weight: number }[];
  indicators: { name: string; target: string; unit?: string }[];
  minTier: string | null;
  eligibleOrganisationTypes: string[];
  eligibleRegionCodes: string[];
}

export interface ReviewTable {
  round: RoundView;
  rows: ReviewRow[];
}

/**
 * The owner's side: the review table and ranking, stage decisions (with reasons, never past
 * `qualified` before every score is in), the deadline extension, invitations, and the award.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly gate: ChallengeGate,
    private readonly applications: ApplicationsStore,
    private readonly applicants: ApplicationsService,
    private readonly evaluation: EvaluationService,
    private readonly evaluators: EvaluatorsStore,
    private readonly table: ReviewTableStore,
    private readonly organisations: Organisations,
    private readonly storage: FileStorage,
    private readonly notices: ApplicationNotices,
    private readonly awards: ChallengeAwardMatches,
    private readonly lifecycle: ListingLifecycle,
    private readonly matches: MatchQueries,
    private readonly transactions: TransactionRunner,
    private readonly deadlines: RoundDeadlines,
    private readonly clock: Clock,
  ) {}

  async round(challengeId: string, caller?: AuthenticatedUser): Promise<RoundView> {
    const terms = await this.gate.load(challengeId);
    if (terms.status !== 'published' && terms.status !== 'closed') {
      if (!caller || !(await this.gate.isOwnerMember(caller, terms))) throw challengeNotFound();
    }
    return this.roundView(terms, await this.gate.state(terms));
  }

  async reviewTable(caller: AuthenticatedUser, challengeId: string): Promise<ReviewTable> {
    const terms = await this.gate.load(challengeId);
    await this.gate.assertOwner(caller, terms);
    const rows = await this.table.rows(challengeId);
    const names = await this.organisations.summaries(rows.map((row) => row.organisationId));
    const ranked = rank(
      rows.map((row) => {
        const totals = (row.totals ?? []).map(Number);
        return {
          applicationId: row.id,
          organisationId: row.organisationId,
          organisationName: names.get(row.organisationId)?.name ?? '—',
          stage: row.stage,
          stageLabel: STAGE_LABELS[row.stage].zh,
          submittedAt: row.submittedAt?.toISOString() ?? null,
          proposalSummary: row.summary,
          budgetWan: row.budgetWan === null ? null : Number(row.budgetWan),
          totals,
          summary: summariseTotals(totals),
          scoresExpected: row.expected,
          scoresIn: totals.length,
          recusedEvaluators: row.recused,
        };
      }),
    );
    return { round: this.roundView(terms, await this.gate.state(terms)), rows: ranked };
  }

  /** An application for whoever may see it: its applicant, the owner's reviewers, its evaluators. */
  async view(caller: AuthenticatedUser, applicationId: string): Promise<ApplicationView> {
    const { application, terms, role } = await this.readable(caller, applicationId);
    const state = await this.gate.state(terms);
    const anonymous = role === 'evaluator' && state.anonymousReview;
    const files = await this.storage.ofOwner(attachmentOwner(application.id));
    const name = await this.applicants.organisationName(application.organisationId);
    return toApplicationView(application, terms, name, files, {
      anonymous,
      deadlineAt: state.deadlineAt,
      editable:
        role === 'applicant' &&
        application.stage === 'draft' &&
        this.clock.now() <= state.deadlineAt,
    });
  }

  async timeline(caller: AuthenticatedUser, applicationId: string): Promise<StageChangeView[]> {
    const { role } = await this.readable(caller, applicationId);
    const history = (await this.applications.history(applicationId)).map(toStageChangeView);
    return role === 'evaluator' ? history.map((change) => ({ ...change, note: null })) : history;
  }

  /** A short-lived signed download link, for those who may see the application. */
  async attachmentLink(
    caller: AuthenticatedUser,
    applicationId: string,
    fileId: string,
  ): Promise<{ url: string; expiresAt: string }> {
    await this.readable(caller, applicationId);
    const files = await this.storage.ofOwner(attachmentOwner(applicationId));
    if (!files.some((file) => file.id === fileId)) {
      throw new NotFoundError('FILE_NOT_FOUND', 'No such attachment');
    }
    return this.storage.signedDownloadPath(fileId);
  }

  async decide(
    caller: AuthenticatedUser,
    applicationId: string,
    input: DecisionDto,
  ): Promise<ChallengeApplication> {
    const application = await this.applications.byId(applicationId);
    if (!application || application.stage === 'draft') throw applicationNotFound();
    const terms = await this.gate.load(application.challengeId);
    await this.gate.assertOwner(caller, terms);
    if (input.stage === 'not_selected' && (!input.reason || !input.note?.trim())) {
      throw new ValidationFailedError(
        [
          ...(!input.reason ? [{ field: 'reason', messages: ['请选择未入选原因'] }] : []),
          ...(!input.note?.trim() ? [{ field: 'note', messages: ['请填写给申请单位的说明'] }] : []),
        ],
        'REASON_REQUIRED',
        'A not_selected decision needs a reason from the list and a note',
      );
    }
    const organisationName = await this.applicants.organisationName(application.organisationId);
    return this.transactions.run(async (manager) => {
      const locked = await this.applications.byId(applicationId, manager, true);
      if (!locked) throw applicationNotFound();
      const from = locked.stage;
      if (!decisionAllowed(from, input.stage)) {
        throw new ConflictError(
          'INVALID_STAGE_CHANGE',
          `Cannot move a ${from} application to ${input.stage}`,
        );
      }
      if (needsCompleteScores(from, input.stage)) {
        const [row] = (await this.table.rows(terms.id)).filter((r) => r.id === applicationId);
        const scored = row?.totals?.length ?? 0;
        if (!row || row.expected === 0 || scored < row.expected) {
          throw new ConflictError(
            'SCORES_INCOMPLETE',
            `Every assigned, non-recused evaluator must score first (${scored} of ${row?.expected ?? 0} in)`,
          );
        }
      }
      locked.stage = input.stage;
      if (input.stage === 'not_selected') {
        locked.decisionReason = input.reason ?? null;
        locked.decisionNote = input.note?.trim() ?? null;
      }
      const saved = await this.applications.save(manager, locked);
      await this.applicants.changeStage(manager, terms, saved, from, caller.id, organisationName);
      return saved;
    });
  }

  async updateSettings(
    caller: AuthenticatedUser,
    challengeId: string,
    input: RoundSettingsDto,
  ): Promise<RoundView> {
    const terms = await this.gate.load(challengeId);
    await this.gate.assertOwner(caller, terms);
    const round = await this.transactions.run(async (manager) => {
      const locked = await this.gate.lockRound(manager, terms);
      if (input.deliveryDate !== undefined) locked.deliveryDate = input.deliveryDate;
      if (input.allowBudgetOverReward !== undefined)
        locked.allowBudgetOverReward = input.allowBudgetOverReward;
      if (input.anonymousReview !== undefined) locked.anonymousReview = input.anonymousReview;
      return manager.save(locked);
    });
    return this.roundView(terms, roundState(round));
  }

  /** Once, before the deadline passes; the listing's last day moves with it (RoundDeadlines). */
  async extendDeadline(
    caller: AuthenticatedUser,
    challengeId: string,
    input: ExtendDeadlineDto,
  ): Promise<RoundView> {
    const round = await this.deadlines.extend(caller, challengeId, input);
    return this.roundView(await this.gate.load(challengeId), roundState(round));
  }

  /** Invites organisations among the challenge's matched candidates to apply (a deep link). */
  async inviteCandidates(
    caller: AuthenticatedUser,
    challengeId: string,
    input: InviteCandidatesDto,
  ): Promise<{ invited: number }> {
    const terms = await this.gate.load(challengeId);
    await this.gate.assertOwner(caller, terms);
    if (terms.status !== 'published')
      throw new ConflictError(
        'CHALLENGE_NOT_OPEN',
        'Only a published challenge takes applications',
      );
    const candidates = await this.matches.forListing(caller, 'challenge', challengeId, {
      page: 1,
      limit: 100,
      counterpartKind: 'organisation',
    });
    const known = new Set(candidates.items.map((match) => match.counterpart.organisationId));
    const strangers = input.organisationIds.filter((id) => !known.has(id));
    if (strangers.length > 0) {
      throw new ValidationFailedError(
        strangers.map((id) => ({
          field: `organisationIds.${id}`,
          messages: ['不在本榜单的匹配候选中'],
        })),
        'NOT_A_CANDIDATE',
        'Only matched candidates can be invited',
      );
    }
    const state = await this.gate.state(terms);
    if (this.clock.now() > state.deadlineAt) throw deadlinePassed(state.deadlineAt);
    const ownerName =
      (await this.organisations.summaries([terms.organisationId])).get(terms.organisationId)
        ?.name ?? '';
    await this.transactions.run((manager) =>
      this.notices.record(
        manager,
        input.organisationIds.map((id) =>
          this.notices.invited(
            terms,
            id,
            ownerName,
            formatDeadline(state.deadlineAt),
            state.deadlineAt.toISOString(),
          ),
        ),
      ),
    );
    return { invited: input.organisationIds.length };
  }

  /**
   * Awards one or more winners (sum ≤ 榜额): each becomes `awarded`, its match with the owner
   * `agreed`; the others still in the running are told they were not selected; the challenge
   * closes with the award notice. One transaction.
   */
  async award(
    caller: AuthenticatedUser,
    challengeId: string,
    input: AwardDto,
  ): Promise<ReviewTable> {
    const terms = await this.gate.load(challengeId);
    await this.gate.assertOwner(caller, terms);
    if (input.winners.length === 0)
      throw ValidationFailedError.field('winners', '请至少选择一个揭榜单位');
    const ids = input.winners.map((w) => w.applicationId);
    if (new Set(ids).size !== ids.length)
      throw ValidationFailedError.field('winners', '同一申请只能出现一次');
    const sum = budgetTotal(input.winners.map((w) => ({ item: '', amountWan: w.amountWan })));
    if (sum > terms.rewardWan) {
      throw ValidationFailedError.field(
        'winners',
        `揭榜金额合计 ${sum} 万元，超过榜额 ${terms.rewardWan} 万元`,
        'AWARD_OVER_REWARD',
      );
    }
    const names = new Map<string, string>();
    await this.transactions.run(async (manager) => {
      const round = await this.gate.lockRound(manager, terms);
      if (round.awardedAt)
        throw new ConflictError('ALREADY_AWARDED', 'The challenge has been awarded already');
      const open = await this.applications.inStages(
        terms.id,
        ['submitted', 'qualified', 'shortlisted', 'finalist'],
        manager,
        true,
      );
      const byId = new Map(open.map((a) => [a.id, a]));
      for (const winner of input.winners) {
        const application = byId.get(winner.applicationId);
        if (!application || !AWARDABLE_STAGES.includes(application.stage)) {
          throw ValidationFailedError.field(
            `winners.${winner.applicationId}`,
            '只能授予已入围或进入终审的申请',
          );
        }
      }
      const summaries = await this.organisations.summaries(
        open.map((a) => a.organisationId),
        manager,
      );
      for (const a of open)
        names.set(a.organisationId, summaries.get(a.organisationId)?.name ?? '申请单位');
      const amounts = new Map(input.winners.map((w) => [w.applicationId, w.amountWan]));
      const intents: NotificationIntent[] = [];
      for (const application of open) {
        const from = application.stage;
        const amount = amounts.get(application.id);
        if (amount !== undefined) {
          application.stage = 'awarded';
          application.awardWan = amount.toFixed(2);
          await this.awards.recordAward(manager, {
            challengeId: terms.id,
            challengeOrganisationId: terms.organisationId,
            winnerOrganisationId: application.organisationId,
            actorUserId: caller.id,
            awardWan: amount,
          });
        } else {
          application.stage = 'not_selected';
          application.decisionReason = 'other';
          application.decisionNote = `本榜单评审已结束，揭榜单位已确定。${input.notice}`;
        }
        const saved = await this.applications.save(manager, application);
        await this.applications.recordStageChange(manager, {
          applicationId: saved.id,
          fromStage: from,
          toStage: saved.stage,
          actorUserId: caller.id,
          reason: saved.stage === 'not_selected' ? saved.decisionReason : null,
          note: saved.stage === 'not_selected' ? saved.decisionNote : null,
        });
        intents.push(
          this.notices.stageChanged(
            terms,
            saved,
            names.get(saved.organisationId) ?? '',
            from,
            `award-${saved.stage}`,
          ),
        );
      }
      round.awardedAt = this.clock.now();
      round.awardNotice = input.notice;
      await manager.save(round);
      await this.lifecycle.closeWithin(
        manager,
        'challenge',
        terms.id,
        caller.id,
        `揭榜结果：${input.notice}`,
      );
      await this.notices.record(manager, intents);
    });
    return this.reviewTable(caller, challengeId);
  }

  private async readable(caller: AuthenticatedUser, applicationId: string) {
    const application = await this.applications.byId(applicationId);
    if (!application) throw applicationNotFound();
    const terms = await this.gate.load(application.challengeId);
    try {
      await this.applicants.loadAsApplicant(caller, applicationId);
      return { application, terms, role: 'applicant' as const };
    } catch {
      // not a member of the applicant
    }
    if (application.stage !== 'draft' && (await this.gate.isOwnerMember(caller, terms))) {
      return { application, terms, role: 'owner' as const };
    }
    if (await this.evaluation.canEvaluate(caller, application)) {
      return { application, terms, role: 'evaluator' as const };
    }
    throw applicationNotFound();
  }

  private roundView(terms: ChallengeTerms, state: RoundState): RoundView {
    return {
      challengeId: terms.id,
      title: terms.title,
      status: terms.status,
      rewardWan: terms.rewardWan,
      deadlineAt: state.deadlineAt.toISOString(),
      deadlineText: formatDeadline(state.deadlineAt),
      extended: state.extended,
      deadlinePassed: state.closedAt !== null || this.clock.now() > state.deadlineAt,
      closedAt: state.closedAt?.toISOString() ?? null,
      deliveryDate: state.deliveryDate,
      allowBudgetOverReward: state.allowBudgetOverReward,
      anonymousReview: state.anonymousReview,
      awardedAt: state.awardedAt?.toISOString() ?? null,
      awardNotice: state.awardNotice,
      criteria: terms.evaluationCriteria,
      indicators: terms.technicalIndicators,
      minTier: terms.minTier,
      eligibleOrganisationTypes: terms.eligibleOrganisationTypes,
      eligibleRegionCodes: terms.eligibleRegionCodes,
    };
  }
}
