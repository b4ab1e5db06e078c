import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TransactionRunner, OutboxWriter } from '@rongtong/database';
import { Organisations } from '@rongtong/identity';
import { JobHandler, JobPayload, JobResult } from '@rongtong/jobs';
import { NotificationIntent, NotificationRecorder } from '@rongtong/notify';
import { EventMeeting } from '../entities/event-meeting.entity';
import { eventSlots } from '../rules/event-calendar';
import { EventsStore } from '../stores/events.store';
import { MeetingsStore } from '../stores/meetings.store';
import { RegistrationsStore } from '../stores/registrations.store';
import { videoLink } from './meeting-views';

const chinaTime = (instant: Date) =>
  new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/**
 * Reminders before each published meeting: publishing (or moving a published meeting) appends
 * an outbox event whose delayed job reminds both sides (inbox + mail); the same event starts the
 * no-show check after the grace period. A job for an older
 * sequence, or for a meeting cancelled or no longer scheduled, sends nothing.
 */
@Injectable()
export class MeetingReminders {
  constructor(
    private readonly events: EventsStore,
    private readonly meetings: MeetingsStore,
    private readonly registrations: RegistrationsStore,
    private readonly organisations: Organisations,
    private readonly recorder: NotificationRecorder,
    private readonly outbox: OutboxWriter,
    private readonly transactions: TransactionRunner,
  ) {}

  /** In the caller's transaction, for meetings just published or moved after publication. */
  async schedule(
    manager: EntityManager,
    meetings: readonly EventMeeting[],
    startsAt: (slot: number) => Date | undefined,
    noShowGraceMinutes: number,
  ): Promise<void> {
    for (const meeting of meetings) {
      const start = startsAt(meeting.slot);
      if (!start || meeting.status !== 'scheduled' || !meeting.publishedAt) continue;
      await this.outbox.append(manager, {
        type: 'event.meeting-published',
        entityType: 'event_meeting',
        entityId: meeting.id,
        version: meeting.sequence,
        payload: {
          meetingId: meeting.id,
          sequence: meeting.sequence,
          startsAt: start.toISOString(),
          noShowAt: new Date(start.getTime() + noShowGraceMinutes * 60_000).toISOString(),
        },
      });
    }
  }

  @JobHandler('events.meeting-reminder')
  async remind(payload: JobPayload<'events.meeting-reminder'>): Promise<JobResult> {
    return this.transactions.run(async (manager) => {
      const meeting = await this.meetings.byId(payload.meetingId, manager);
      if (!meeting) return { status: 'skipped', reason: 'meeting gone' };
      if (meeting.status !== 'scheduled')
        return { status: 'skipped', reason: `meeting ${meeting.status}` };
      if (meeting.sequence !== payload.sequence)
        return { status: 'skipped', reason: 'meeting moved since' };
      const event = await this.events.byId(meeting.eventId, manager);
      if (!event) return { status: 'skipped', reason: 'event gone' };
      const slot = eventSlots(event.days, event.slotMinutes)[meeting.slot];
      if (!slot) return { status: 'skipped', reason: 'slot gone' };
      const a = await this.registrations.byId(meeting.registrationAId, manager);
      const b = await this.registrations.byId(meeting.registrationBId, manager);
      if (!a || !b) return { status: 'skipped', reason: 'registration gone' };
      const names = await this.organisations.summaries(
        [a.organisationId, b.organisationId],
        manager,
      );
      const intents: NotificationIntent[] = [
        [a, b],
        [b, a],
      ].map(([self, other]) => ({
        type: 'event.meeting_reminder',
        recipients: { organisationId: self.organisationId },
        organisationId: self.organisationId,
        dedupKey: `event.meeting_reminder:${meeting.id}:${meeting.sequence}`,
        params: {
          event: { id: event.id, title: event.title },
          counterpartName: names.get(other.organisationId)?.name ?? '',
          startsAt: chinaTime(slot.startsAt),
          table:
            meeting.tableIndex === null ? null : (event.tables[meeting.tableIndex]?.name ?? null),
          videoLink: videoLink(event, meeting),
        },
        subject: { kind: 'event', id: event.id },
      }));
      await this.recorder.record(manager, intents);
      return { status: 'done', detail: `reminded ${a.organisationId} and ${b.organisationId}` };
    });
  }
}
