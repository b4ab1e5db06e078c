import { Injectable } from '@nestjs/common';
import { ConflictError, ForbiddenError, ValidationFailedError } from '@rongtong/common';
import { TransactionRunner } from '@rongtong/database';
import { AuthenticatedUser, OrganisationAccess } from '@rongtong/identity';
import { EventIntentMatches } from '@rongtong/matching';
import { MeetingOutcomeDto, MeetingStatusDto } from '../dto/outcome.dto';
import { EventsStore } from '../stores/events.store';
import { MeetingsStore } from '../stores/meetings.store';
import { OutcomesStore } from '../stores/outcomes.store';
import { RegistrationsStore } from '../stores/registrations.store';
import { EventAccess } from './event-access';
import { MeetingView } from './meeting-views';
import { ScheduleService } from './schedule.service';
import { eventNotFound, meetingNotFound, wrongEventState } from './event-errors';
import { MEETING_OUTCOME_LABELS, MeetingOutcomeKind } from '../rules/vocabulary';

export interface OutcomeView {
  meetingId: string;
  registrationId: string;
  outcome: MeetingOutcomeKind;
  outcomeLabel: string;
  amountWan: number | null;
  note: string;
  /** The match an intent moved to negotiating (null otherwise, or when none could be made). */
  matchId: string | null;
}

const OUTCOME_STATES = ['published', 'running', 'finished'] as const;

/**
 * After a meeting each side records its outcome; an intent (意向签约) moves the organisations'
 * match to negotiating through matching. Organisers mark meetings held or no-show on the day.
 */
@Injectable()
export class OutcomesService {
  constructor(
    private readonly events: EventsStore,
    private readonly meetings: MeetingsStore,
    private readonly registrations: RegistrationsStore,
    private readonly outcomes: OutcomesStore,
    private readonly eventAccess: EventAccess,
    private readonly access: OrganisationAccess,
    private readonly intents: EventIntentMatches,
    private readonly transactions: TransactionRunner,
    private readonly schedules: ScheduleService,
  ) {}

  async record(
    caller: AuthenticatedUser,
    meetingId: string,
    input: MeetingOutcomeDto,
  ): Promise<OutcomeView> {
    const meeting = await this.meetings.byId(meetingId);
    if (!meeting) throw meetingNotFound();
    const sides = [meeting.registrationAId, meeting.registrationBId];
    const registration = sides.includes(input.registrationId)
      ? await this.registrations.byId(input.registrationId)
      : null;
    if (
      !registration ||
      (await this.access.roleIn(caller, registration.organisationId)) === undefined
    ) {
      throw new ForbiddenError('NOT_IN_MEETING', '只有参加这场洽谈的双方可以记录洽谈结果');
    }
    const event = await this.events.byId(meeting.eventId);
    if (!event) throw eventNotFound();
    if (!(OUTCOME_STATES as readonly string[]).includes(event.status)) {
      throw wrongEventState(event.status, '记录洽谈结果');
    }
    if (
      meeting.status === 'cancelled' ||
      meeting.status === 'no_show' ||
      meeting.publishedAt === null
    ) {
      throw new ConflictError('MEETING_NOT_HELD', '这场洽谈未发布、已取消或未到场，不能记录结果');
    }
    if (input.amountWan !== undefined && input.outcome !== 'intent') {
      throw ValidationFailedError.field('amountWan', '只有意向签约可以填写金额');
    }
    const otherId = sides.find((id) => id !== registration.id) ?? '';
    const other = await this.registrations.byId(otherId);
    return this.transactions.run(async (manager) => {
      const locked = await this.meetings.byId(meetingId, manager, true);
      if (!locked) throw meetingNotFound();
      let matchId: string | null = null;
      if (input.outcome === 'intent' && other) {
        const brought = registration.listings[0] ?? other.listings[0];
        matchId = await this.intents.recordIntent(manager, {
          eventTitle: event.title,
          organisationId: registration.organisationId,
          counterpartOrganisationId: other.organisationId,
          subjectListing: brought
            ? {
                kind: brought.kind,
                id: brought.id,
                organisationId: registration.listings[0]
                  ? registration.organisationId
                  : other.organisationId,
              }
            : null,
          actorUserId: caller.id,
          amountWan: input.amountWan ?? null,
        });
      }
      const note = input.note?.trim() ?? '';
      await this.outcomes.upsert(manager, {
        meetingId,
        registrationId: registration.id,
        eventId: event.id,
        outcome: input.outcome,
        amountWan: input.amountWan !== undefined ? String(input.amountWan) : null,
        note,
        recordedByUserId: caller.id,
        matchId,
      });
      if (locked.status === 'scheduled') {
        locked.status = 'held';
        await this.meetings.save(manager, locked);
      }
      return {
        meetingId,
        registrationId: registration.id,
        outcome: input.outcome,
        outcomeLabel: MEETING_OUTCOME_LABELS[input.outcome].zh,
        amountWan: input.amountWan ?? null,
        note,
        matchId,
      };
    });
  }

  /** The organisers mark a meeting held or a no-show . */
  async markStatus(
    caller: AuthenticatedUser,
    eventId: string,
    meetingId: string,
    input: MeetingStatusDto,
  ): Promise<MeetingView> {
    const event = await this.eventAccess.managed(caller, eventId);
    if (event.status !== 'running' && event.status !== 'finished' && event.status !== 'published') {
      throw wrongEventState(event.status, '登记洽谈是否举行');
    }
    const saved = await this.transactions.run(async (manager) => {
      const meeting = await this.meetings.byId(meetingId, manager, true);
      if (!meeting || meeting.eventId !== eventId) throw meetingNotFound();
      if (meeting.status === 'cancelled') {
        throw new ConflictError('MEETING_CANCELLED', '该洽谈已取消');
      }
      meeting.status = input.status;
      return this.meetings.save(manager, meeting);
    });
    return (await this.schedules.views(event, [saved]))[0];
  }
}
