import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@rongtong/database';
import { Organisations } from '@rongtong/identity';
import { JobHandler, JobPayload, JobResult } from '@rongtong/jobs';
import { NotificationRecorder } from '@rongtong/notify';
import { EntityManager } from 'typeorm';
import { EventMeeting } from '../entities/event-meeting.entity';
import { EventRegistration } from '../entities/event-registration.entity';
import { MatchmakingEvent } from '../entities/matchmaking-event.entity';
import { eventSlots } from '../rules/event-calendar';
import { EventsStore } from '../stores/events.store';
import { MeetingsStore } from '../stores/meetings.store';
import { RegistrationsStore } from '../stores/registrations.store';

/**
 * No-shows: the grace period after a published meeting's start (an event setting, 10 minutes by
 * default), a side of which nobody has checked in makes the meeting a no-show. The status frees
 * its table (the table index is unique among scheduled meetings only) and the slot of the side
 * that came, for a walk-in or another meeting; the report counts it. Idempotent: a meeting moved
 * since (another sequence), or no longer scheduled, is left alone.
 *
 * When one side came and the other did not, the side that came is told (inbox + mail, once per
 * meeting: the dedup key is the meeting's) what it can do now. Nobody is told when neither came.
 */
@Injectable()
export class NoShowCheck {
  constructor(
    private readonly events: EventsStore,
    private readonly meetings: MeetingsStore,
    private readonly registrations: RegistrationsStore,
    private readonly organisations: Organisations,
    private readonly recorder: NotificationRecorder,
    private readonly transactions: TransactionRunner,
  ) {}

  @JobHandler('events.no-show-check')
  async check(payload: JobPayload<'events.no-show-check'>): Promise<JobResult> {
    return this.transactions.run(async (manager) => {
      const meeting = await this.meetings.byId(payload.meetingId, manager, true);
      if (!meeting) return { status: 'skipped', reason: 'meeting gone' };
      if (meeting.status !== 'scheduled')
        return { status: 'skipped', reason: `meeting ${meeting.status}` };
      if (meeting.sequence !== payload.sequence)
        return { status: 'skipped', reason: 'meeting moved since' };
      const event = await this.events.byId(meeting.eventId, manager);
      if (!event || !['published', 'running'].includes(event.status))
        return { status: 'skipped', reason: 'event not on' };
      const absent: string[] = [];
      for (const side of [meeting.registrationAId, meeting.registrationBId]) {
        const passes = await this.registrations.passes(side, manager);
        if (!passes.some((pass) => pass.checkedInAt !== null)) absent.push(side);
      }
      if (absent.length === 0) return { status: 'skipped', reason: 'both sides checked in' };
      meeting.status = 'no_show';
      await this.meetings.save(manager, meeting);
      const present = [meeting.registrationAId, meeting.registrationBId].filter(
        (side) => !absent.includes(side),
      );
      if (present.length === 1) await this.tellPresentSide(manager, event, meeting, present[0]);
      return {
        status: 'done',
        detail: `no-show: ${absent.join(', ')} not checked in${present.length ? `; ${present[0]} told` : ''}`,
      };
    });
  }

  private async tellPresentSide(
    manager: EntityManager,
    event: MatchmakingEvent,
    meeting: EventMeeting,
    presentId: string,
  ): Promise<void> {
    const absentId =
      meeting.registrationAId === presentId ? meeting.registrationBId : meeting.registrationAId;
    const [present, absent] = await Promise.all([
      this.registrations.byId(presentId, manager),
      this.registrations.byId(absentId, manager),
    ]);
    if (!present || !absent) return;
    const names = await this.organisations.summaries(
      [present.organisationId, absent.organisationId],
      manager,
    );
    const slot = eventSlots(event.days, event.slotMinutes)[meeting.slot];
    await this.recorder.record(manager, [
      {
        type: 'event.meeting_no_show',
        recipients: { organisationId: present.organisationId },
        organisationId: present.organisationId,
        dedupKey: `event.meeting_no_show:${meeting.id}`,
        params: {
          event: { id: event.id, title: event.title },
          counterpartName: counterpartName(absent, names),
          startsAt: slot ? chinaTime(slot.startsAt) : '',
          table:
            meeting.tableIndex === null ? null : (event.tables[meeting.tableIndex]?.name ?? null),
          graceMinutes: event.noShowGraceMinutes,
        },
        // The deep link opens the recipient's agenda (its free slots and other meetings).
        subject: { kind: 'event_registration', id: present.id },
      },
    ]);
  }
}

const chinaTime = (instant: Date) =>
  new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

const counterpartName = (
  registration: EventRegistration,
  names: Map<string, { name: string }>,
): string => names.get(registration.organisationId)?.name ?? '对方单位';
