import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ChallengeTerms, ListingLifecycle } from '@rongtong/catalog';
import { chinaDate, Clock, ConflictError, ValidationFailedError } from '@rongtong/common';
import { TransactionRunner } from '@rongtong/database';
import { AuthenticatedUser } from '@rongtong/identity';
import { JobHandler, JobPayload, JobResult } from '@rongtong/jobs';
import { ExtendDeadlineDto } from '../dto/application.dto';
import { ChallengeRound } from '../entities/challenge-round.entity';
import { ApplicationsStore } from '../stores/applications.store';
import { RoundsStore } from '../stores/rounds.store';
import { ApplicationNotices } from './application-notices';
import { deadlinePassed } from './applications.service';
import { ChallengeGate, formatDeadline, initialDeadline } from './challenge-gate';

/** Applications are closed: the deadline job ran, or the deadline is behind us. */
export function applicationsClosed(round: ChallengeRound, now: Date): boolean {
  return round.closedAt !== null || now > round.deadlineAt;
}

/**
 * When a challenge stops taking applications, kept in one place. The round's deadline (to the
 * second) and the listing's last day (catalog's `validUntil`, the China calendar day of the
 * deadline) move together: the owner's one extension moves the listing's last day in the same
 * transaction; a reviewer's approved edit of the last day moves the round (through the
 * `listing.reviewed` outbox event). The delayed close job is re-scheduled at every move; a job
 * scheduled for an older deadline finds the deadline changed and does nothing.
 */
@Injectable()
export class RoundDeadlines {
  private readonly logger = new Logger(RoundDeadlines.name);

  constructor(
    private readonly gate: ChallengeGate,
    private readonly rounds: RoundsStore,
    private readonly applications: ApplicationsStore,
    private readonly notices: ApplicationNotices,
    private readonly lifecycle: ListingLifecycle,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** Once, before the deadline passes, while published; everyone holding a draft is told. */
  async extend(
    caller: AuthenticatedUser,
    challengeId: string,
    input: ExtendDeadlineDto,
  ): Promise<ChallengeRound> {
    const terms = await this.gate.load(challengeId);
    await this.gate.assertOwner(caller, terms);
    const next = new Date(input.deadlineAt);
    return this.transactions.run(async (manager) => {
      const locked = await this.gate.lockRound(manager, terms);
      if (terms.status !== 'published' || locked.awardedAt) {
        throw new ConflictError(
          'CHALLENGE_NOT_OPEN',
          'Only a published challenge that has not been awarded can extend its deadline',
        );
      }
      if (locked.extendedAt) {
        throw new ConflictError(
          'DEADLINE_ALREADY_EXTENDED',
          'The deadline can be extended once only',
        );
      }
      if (applicationsClosed(locked, this.clock.now())) throw deadlinePassed(locked.deadlineAt);
      if (next <= locked.deadlineAt) {
        throw ValidationFailedError.field(
          'deadlineAt',
          `新的截止时间须晚于当前截止时间 ${formatDeadline(locked.deadlineAt)}`,
        );
      }
      locked.extendedAt = this.clock.now();
      const saved = await this.move(manager, terms, locked, next);
      // The listing stays published (and searchable) to the new deadline's last day.
      await this.lifecycle.moveLastDayWithin(manager, 'challenge', terms.id, chinaDate(next));
      return saved;
    });
  }

  /**
   * After a reviewer decided on a challenge (its publication or an edit), the open round follows
   * the listing's last day: a later day moves the deadline to that day's end (drafts are told;
   * this is the reviewer's decision, so it does not use up the owner's one extension). A round
   * never closes earlier than announced: an earlier day is set back to the round's. A closed
   * round is not reopened.
   */
  @JobHandler('challenges.sync-deadline')
  async syncWithListing(payload: JobPayload<'challenges.sync-deadline'>): Promise<JobResult> {
    return this.transactions.run(async (manager): Promise<JobResult> => {
      // Round first, then the listing: the order `extend` locks them in.
      const round = await this.rounds.find(payload.challengeId, manager, true);
      if (!round) return { status: 'skipped', reason: 'no round yet: it starts from the last day' };
      const terms = await this.gate.load(payload.challengeId, manager).catch(() => undefined);
      if (!terms) return { status: 'skipped', reason: 'challenge gone' };
      if (terms.status !== 'published') return { status: 'skipped', reason: 'not published' };
      const roundDay = chinaDate(round.deadlineAt);
      if (terms.validUntil === roundDay) return { status: 'skipped', reason: 'in step' };
      if (round.awardedAt || applicationsClosed(round, this.clock.now())) {
        return { status: 'skipped', reason: 'applications closed; an edit does not reopen them' };
      }
      if (terms.validUntil < roundDay) {
        await this.lifecycle.moveLastDayWithin(manager, 'challenge', terms.id, roundDay);
        return { status: 'done', detail: `last day set back to ${roundDay}` };
      }
      const saved = await this.move(manager, terms, round, initialDeadline(terms.validUntil));
      this.logger.log(`Deadline of ${terms.id} follows its reviewed last day ${terms.validUntil}`);
      return { status: 'done', detail: `deadline ${saved.deadlineAt.toISOString()}` };
    });
  }

  /** At the deadline: applications close (submit checks the deadline too, to the second). */
  @JobHandler('challenges.close-applications')
  async closeApplications(
    payload: JobPayload<'challenges.close-applications'>,
  ): Promise<JobResult> {
    return this.transactions.run(async (manager): Promise<JobResult> => {
      const terms = await this.gate.load(payload.challengeId, manager).catch(() => undefined);
      if (!terms) return { status: 'skipped', reason: 'challenge gone' };
      const round = await this.gate.lockRound(manager, terms);
      if (round.deadlineAt.toISOString() !== payload.deadlineAt) {
        return { status: 'skipped', reason: 'deadline changed since this job was scheduled' };
      }
      if (this.clock.now() < round.deadlineAt) {
        return { status: 'failed-permanently', reason: 'ran before the deadline' };
      }
      if (round.closedAt) return { status: 'skipped', reason: 'closed already' };
      round.closedAt = this.clock.now();
      await manager.save(round);
      const submitted = await this.applications.inStages(terms.id, ['submitted'], manager);
      this.logger.log(`Applications to ${terms.id} closed: ${submitted.length} submitted`);
      return { status: 'done', detail: `${submitted.length} submitted` };
    });
  }

  /** A later deadline for a locked, open round: saved, its close job scheduled, drafts told. */
  private async move(
    manager: EntityManager,
    terms: ChallengeTerms,
    round: ChallengeRound,
    next: Date,
  ): Promise<ChallengeRound> {
    round.previousDeadlineAt = round.deadlineAt;
    round.deadlineAt = next;
    const saved = await manager.save(round);
    await this.gate.scheduleDeadline(manager, saved);
    const drafts = await this.applications.inStages(terms.id, ['draft'], manager);
    await this.notices.record(
      manager,
      drafts.map((draft) =>
        this.notices.deadlineExtended(
          terms,
          draft,
          formatDeadline(round.previousDeadlineAt ?? next),
          formatDeadline(next),
        ),
      ),
    );
    return saved;
  }
}
