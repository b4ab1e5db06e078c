import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ChallengeTerms, ChallengeTermsStore } from '@rongtong/catalog';
import { ForbiddenError, NotFoundError } from '@rongtong/common';
import { OutboxWriter } from '@rongtong/database';
import { AuthenticatedUser, OrganisationAccess } from '@rongtong/identity';
import { ChallengeRound } from '../entities/challenge-round.entity';
import { RoundsStore } from '../stores/rounds.store';

export function challengeNotFound(): NotFoundError {
  return new NotFoundError('CHALLENGE_NOT_FOUND', 'No such challenge');
}

/** The deadline a challenge starts with: the end (23:59:59, China time) of its last open day. */
export function initialDeadline(validUntil: string): Date {
  return new Date(`${validUntil}T23:59:59+08:00`);
}

/** A deadline as applicants read it: China time to the second. */
export function formatDeadline(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
}

/** A round as it stands, or as it will start when nobody has applied yet. */
export interface RoundState {
  deadlineAt: Date;
  extended: boolean;
  previousDeadlineAt: Date | null;
  closedAt: Date | null;
  deliveryDate: string | null;
  allowBudgetOverReward: boolean;
  anonymousReview: boolean;
  awardedAt: Date | null;
  awardNotice: string | null;
}

/** Challenges as this context meets them: their terms, their owners, their application round. */
@Injectable()
export class ChallengeGate {
  constructor(
    private readonly terms: ChallengeTermsStore,
    private readonly access: OrganisationAccess,
    private readonly rounds: RoundsStore,
    private readonly outbox: OutboxWriter,
  ) {}

  /** The challenge (any status; callers decide); 404 when it does not exist. */
  async load(id: string, manager?: EntityManager): Promise<ChallengeTerms> {
    const terms = await this.terms.byId(id, manager);
    if (!terms) throw challengeNotFound();
    return terms;
  }

  async isOwnerMember(caller: AuthenticatedUser, terms: ChallengeTerms): Promise<boolean> {
    return (
      this.access.isAdmin(caller) ||
      (await this.access.roleIn(caller, terms.organisationId)) !== undefined
    );
  }

  /** Members of the owning organisation (and admins) review; others get 404 or 403. */
  async assertOwner(caller: AuthenticatedUser, terms: ChallengeTerms): Promise<void> {
    if (await this.isOwnerMember(caller, terms)) return;
    if (terms.status !== 'published' && terms.status !== 'closed') throw challengeNotFound();
    throw new ForbiddenError(
      'CHALLENGE_OWNER_ONLY',
      'Only members of the organisation that published the challenge may do this',
    );
  }

  async state(terms: ChallengeTerms, manager?: EntityManager): Promise<RoundState> {
    const round = await this.rounds.find(terms.id, manager);
    return round ? roundState(round) : defaultState(terms);
  }

  /**
   * The round row, created (with its deadline job, through the outbox) the first time it is
   * needed, and locked to the end of the caller's transaction.
   */
  async lockRound(manager: EntityManager, terms: ChallengeTerms): Promise<ChallengeRound> {
    const { round, created } = await this.rounds.ensureLocked(manager, {
      challengeId: terms.id,
      ownerOrganisationId: terms.organisationId,
      deadlineAt: initialDeadline(terms.validUntil),
    });
    if (created) await this.scheduleDeadline(manager, round);
    return round;
  }

  async scheduleDeadline(manager: EntityManager, round: ChallengeRound): Promise<void> {
    await this.outbox.append(manager, {
      type: 'challenge.deadline-set',
      entityType: 'challenge_round',
      entityId: round.challengeId,
      version: round.version,
      payload: { challengeId: round.challengeId, deadlineAt: round.deadlineAt.toISOString() },
    });
  }
}

function defaultState(terms: ChallengeTerms): RoundState {
  return {
    deadlineAt: initialDeadline(terms.validUntil),
    extended: false,
    previousDeadlineAt: null,
    closedAt: null,
    deliveryDate: null,
    allowBudgetOverReward: false,
    anonymousReview: false,
    awardedAt: null,
    awardNotice: null,
  };
}

export function roundState(round: ChallengeRound): RoundState {
  return {
    deadlineAt: round.deadlineAt,
    extended: round.extendedAt !== null,
    previousDeadlineAt: round.previousDeadlineAt,
    closedAt: round.closedAt,
    deliveryDate: round.deliveryDate,
    allowBudgetOverReward: round.allowBudgetOverReward,
    anonymousReview: round.anonymousReview,
    awardedAt: round.awardedAt,
    awardNotice: round.awardNotice,
  };
}
