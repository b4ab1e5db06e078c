import { Injectable } from '@nestjs/common';
import { AuthenticatedUser } from '@rongtong/identity';
import { MeetingOutcome } from '../entities/meeting-outcome.entity';
import { MEETING_OUTCOME_LABELS, MeetingOutcomeKind } from '../rules/vocabulary';
import { MeetingsStore } from '../stores/meetings.store';
import { OutcomesStore } from '../stores/outcomes.store';
import { agendaCalendar } from './agenda-calendar';
import { agendaEntry } from './agenda-entries';
import { EventAccess } from './event-access';
import { meetingNotFound } from './event-errors';
import { ScheduleService } from './schedule.service';

/** One side's recorded outcome of a meeting. */
export interface SideOutcome {
  outcome: MeetingOutcomeKind;
  outcomeLabel: string;
  amountWan: number | null;
  /** The side's own note; never shown to the other side. */
  note: string | null;
  recordedAt: string;
}

/** What a participant sees of a meeting's outcomes on its agenda. */
export interface AgendaOutcomeView {
  meetingId: string;
  mine: SideOutcome | null;
  /**
   * The other side's outcome, shown once this side has recorded its own (so neither anchors
   * the other); its note stays private.
   */
  theirs: SideOutcome | null;
  theirsRecorded: boolean;
}

const sideOutcome = (row: MeetingOutcome, withNote: boolean): SideOutcome => ({
  outcome: row.outcome,
  outcomeLabel: MEETING_OUTCOME_LABELS[row.outcome].zh,
  amountWan: row.amountWan === null ? null : Number(row.amountWan),
  note: withNote ? row.note : null,
  recordedAt: row.updatedAt.toISOString(),
});

/**
 * What a participant's agenda adds to its meetings: the outcomes both sides recorded (the other
 * side's once this side has recorded its own), and each published meeting as its own ICS file.
 */
@Injectable()
export class AgendaDetailsService {
  constructor(
    private readonly meetings: MeetingsStore,
    private readonly outcomes: OutcomesStore,
    private readonly eventAccess: EventAccess,
    private readonly schedules: ScheduleService,
  ) {}

  async outcomesOf(
    caller: AuthenticatedUser,
    registrationId: string,
  ): Promise<AgendaOutcomeView[]> {
    const { registration, event } = await this.eventAccess.ownRegistration(caller, registrationId);
    const meetings = (await this.meetings.ofRegistration(event.id, registration.id)).filter(
      (m) => m.publishedAt !== null,
    );
    const rows = await this.outcomes.ofMeetings(meetings.map((m) => m.id));
    return meetings.map((meeting) => {
      const mine = rows.find(
        (r) => r.meetingId === meeting.id && r.registrationId === registration.id,
      );
      const theirs = rows.find(
        (r) => r.meetingId === meeting.id && r.registrationId !== registration.id,
      );
      return {
        meetingId: meeting.id,
        mine: mine ? sideOutcome(mine, true) : null,
        theirs: mine && theirs ? sideOutcome(theirs, false) : null,
        theirsRecorded: theirs !== undefined,
      };
    });
  }

  /** One published meeting of the registration's agenda as an ICS file (same UID and SEQUENCE as in the whole agenda's). */
  async meetingCalendar(
    caller: AuthenticatedUser,
    registrationId: string,
    meetingId: string,
  ): Promise<{ filename: string; body: string }> {
    const { registration, event } = await this.eventAccess.ownRegistration(
      caller,
      registrationId,
      true,
    );
    const meeting = await this.meetings.byId(meetingId);
    if (
      !meeting ||
      meeting.eventId !== event.id ||
      meeting.publishedAt === null ||
      (meeting.registrationAId !== registration.id && meeting.registrationBId !== registration.id)
    ) {
      throw meetingNotFound();
    }
    const [view] = await this.schedules.views(event, [meeting]);
    return {
      filename: `meeting-${meeting.id.slice(0, 8)}.ics`,
      body: agendaCalendar(event.title, [
        agendaEntry(event, view, registration.id, meeting.updatedAt),
      ]),
    };
  }
}
