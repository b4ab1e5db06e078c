import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Clock, ConflictError, ValidationFailedError } from '@rongtong/common';
import { TransactionRunner } from '@rongtong/database';
import { AuthenticatedUser } from '@rongtong/identity';
import { NotificationIntent, NotificationRecorder } from '@rongtong/notify';
import { DeclineReason, Match } from '../entities/match.entity';
import { MatchTransition } from '../entities/match-transition.entity';
import { JudgementDecision } from '../entities/match-judgement.entity';
import { JudgementLogStore } from '../persistence/judgement-log.store';
import {
  interestIntent,
  MatchParties,
  MatchSide,
  mutualIntents,
  partyContact,
} from '../notifications/match-intents';
import { MatchView, snapshotOf } from '../views/match-view';
import { MatchQueries } from '../views/match-queries.service';
import { PartyLoader, partyKey, PartySummary } from '../views/party-loader';
import { InterestAllowance } from './interest-allowance';
import { MatchAccess, matchNotFound } from './match-access';
import {
  allowedMatchActions,
  MatchAction,
  MatchSideName,
  nextMatchState,
} from './match-state-machine';

export interface MatchActionInput {
  reason?: DeclineReason;
  note?: string;
}

function sideOf(summary: PartySummary | undefined): MatchSide {
  if (!summary) throw new Error('A match side is missing');
  return {
    organisationId: summary.organisationId,
    organisationName: summary.organisationName,
    listing:
      summary.kind === 'organisation'
        ? null
        : { kind: summary.kind, id: summary.id, title: summary.title },
    anonymous: summary.anonymous,
  };
}

/** What an action says about the suggestion, for the judgement log (none for later steps). */
export function judgementOf(action: MatchAction, to: string): JudgementDecision | null {
  if (action === 'decline') return 'decline';
  if (action === 'interest') return to === 'mutual' ? 'mutual' : 'interest';
  return null;
}

/**
 * The parties' actions on a match: interest, decline (with a reason), negotiate, agree. Each
 * change is one transaction that locks the match, records a transition row and the notices
 * (interest to the other side; on mutual, each side gets the other's contact); interest,
 * mutual interest and declines also go to the judgement log with the score's features.
 */
@Injectable()
export class MatchLifecycle {
  constructor(
    private readonly access: MatchAccess,
    private readonly transactions: TransactionRunner,
    private readonly parties: PartyLoader,
    private readonly recorder: NotificationRecorder,
    private readonly queries: MatchQueries,
    private readonly clock: Clock,
    private readonly allowance: InterestAllowance,
    private readonly judgements: JudgementLogStore,
  ) {}

  async act(
    caller: AuthenticatedUser,
    matchId: string,
    action: MatchAction,
    input: MatchActionInput = {},
  ): Promise<MatchView> {
    const { side } = await this.access.loadForParty(caller, matchId);
    if (action === 'decline' && !input.reason) {
      throw ValidationFailedError.field('reason', 'a decline needs a reason');
    }
    const match = await this.transactions.run((manager) =>
      this.apply(manager, matchId, side, action, caller.id, input),
    );
    return this.queries.view(match, side, true);
  }

  /** Applies one action for one side inside the caller's transaction. */
  async apply(
    manager: EntityManager,
    matchId: string,
    side: MatchSideName,
    action: MatchAction,
    actorUserId: string,
    input: MatchActionInput = {},
  ): Promise<Match> {
    const match = await manager.findOne(Match, {
      where: { id: matchId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!match) throw matchNotFound();
    const snapshot = snapshotOf(match);
    const from = match.state;
    const to = nextMatchState(snapshot, side, action);
    if (!to) {
      const allowed = allowedMatchActions(snapshot, side);
      throw new ConflictError(
        'INVALID_MATCH_TRANSITION',
        `Cannot ${action} a ${from} match; allowed: ${allowed.length ? allowed.join(', ') : 'none'}`,
        [{ field: 'allowedActions', messages: allowed }],
      );
    }
    const now = this.clock.now();
    const actorOrganisationId =
      side === 'subject' ? match.subjectOrganisationId : match.counterpartOrganisationId;
    if (action === 'interest') {
      await this.allowance.assertMayExpress(manager, actorUserId, actorOrganisationId);
      if (side === 'subject') match.subjectInterestedAt = now;
      else match.counterpartInterestedAt = now;
      if (to === 'mutual') match.mutualAt = now;
    }
    if (action === 'decline') {
      match.declineReason = input.reason ?? 'other';
      match.declineNote = input.note ?? null;
      match.declinedByOrganisationId = actorOrganisationId;
    }
    match.state = to;
    const saved = await manager.save(match);
    await manager.insert(MatchTransition, {
      matchId,
      action,
      fromState: from,
      toState: to,
      actorUserId,
      actorOrganisationId,
      reason: action === 'decline' ? (input.reason ?? null) : null,
      note: action === 'decline' ? (input.note ?? null) : null,
    });
    const decision = judgementOf(action, to);
    if (decision) {
      await this.judgements.record(manager, {
        matchId,
        subjectKind: saved.subjectKind,
        subjectId: saved.subjectId,
        counterpartKind: saved.counterpartKind,
        counterpartId: saved.counterpartId,
        side,
        organisationId: actorOrganisationId,
        decision,
        declineReason: decision === 'decline' ? saved.declineReason : null,
        score: saved.score,
        features: saved.features,
        weightsVersion: saved.weightsVersion,
        decidedAt: now,
      });
    }
    const intents = await this.intentsFor(manager, saved, side, to);
    if (intents.length > 0) await this.recorder.record(manager, intents);
    return saved;
  }

  private async intentsFor(
    manager: EntityManager,
    match: Match,
    side: MatchSideName,
    to: string,
  ): Promise<NotificationIntent[]> {
    if (to !== 'interest' && to !== 'mutual') return [];
    const summaries = await this.parties.load([match], manager);
    const parties: MatchParties = {
      matchId: match.id,
      subject: sideOf(summaries.get(partyKey(match.subjectKind, match.subjectId))),
      counterpart: sideOf(summaries.get(partyKey(match.counterpartKind, match.counterpartId))),
    };
    if (to === 'interest') return [interestIntent(parties, side)];
    const contacts = await this.parties.contacts(
      [match.subjectOrganisationId, match.counterpartOrganisationId],
      manager,
    );
    const contactOf = (organisationId: string, fallbackName: string) => {
      const found = contacts.get(organisationId);
      return partyContact(found?.name ?? fallbackName, found?.contact ?? {});
    };
    return mutualIntents(parties, {
      subject: contactOf(match.subjectOrganisationId, parties.subject.organisationName),
      counterpart: contactOf(match.counterpartOrganisationId, parties.counterpart.organisationName),
    });
  }
}
