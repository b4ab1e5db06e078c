import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@rongtong/database';
import { JobHandler, JobPayload, JobResult } from '@rongtong/jobs';
import { EventsStore } from '../stores/events.store';
import { MeetingsStore } from '../stores/meetings.store';
import { RegistrationsStore } from '../stores/registrations.store';

/**
 * No-shows: the grace period after a published meeting's start (an event setting, 10 minutes by
 * default), a side of which nobody has checked in makes the meeting a no-show. The status frees
 * its table (the table index is unique among scheduled meetings only) and the slot of the side
 * that came, for a walk-in or another meeting; the report counts it. Idempotent: a meeting moved
 * since (another sequence), or no longer scheduled, is left alone.
 */
@Injectable()
export class NoShowCheck {
  constructor(
    private readonly events: EventsStore,
    private readonly meetings: MeetingsStore,
    private readonly registrations: RegistrationsStore,
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
      return { status: 'done', detail: `no-show: ${absent.join(', ')} not checked in` };
    });
  }
}
