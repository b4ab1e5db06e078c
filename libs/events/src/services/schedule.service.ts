import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ConflictError, ValidationFailedError } from '@rongtong/common';
import { TransactionRunner, uniqueViolation } from '@rongtong/database';
import { AuthenticatedUser, Organisations } from '@rongtong/identity';
import { NotificationIntent, NotificationRecorder } from '@rongtong/notify';
import { MoveMeetingDto } from '../dto/schedule.dto';
import { EventMeeting } from '../entities/event-meeting.entity';
import { EventRegistration } from '../entities/event-registration.entity';
import { MatchmakingEvent } from '../entities/matchmaking-event.entity';
import { eventSlots } from '../rules/event-calendar';
import { SCHEDULING_STATES } from '../rules/event-states';
import { EventsStore } from '../stores/events.store';
import { MeetingsStore } from '../stores/meetings.store';
import { RegistrationsStore } from '../stores/registrations.store';
import { EventAccess } from './event-access';
import { eventNotFound, meetingNotFound, wrongEventState } from './event-errors';
import { MeetingSide, MeetingView, toMeetingView } from './meeting-views';
import { MeetingReminders } from './meeting-reminders';
import { agendaCalendar } from './agenda-calendar';
import { agendaEntry } from './agenda-entries';

/**
 * The organiser's schedule (runs are ScheduleRunner's jobs): pin or move single meetings,
 * publish (every participant is told). A published meeting that changes gets a higher ICS SEQUENCE; one that
 * drops out is cancelled, not deleted, so calendars remove it.
 */
@Injectable()
export class ScheduleService {
  constructor(
    private readonly events: EventsStore,
    private readonly registrations: RegistrationsStore,
    private readonly meetings: MeetingsStore,
    private readonly eventAccess: EventAccess,
    private readonly organisations: Organisations,
    private readonly recorder: NotificationRecorder,
    private readonly transactions: TransactionRunner,
    private readonly reminders: MeetingReminders,
  ) {}

  /** Publishes the schedule: meetings become published, every participant is told. */
  async publish(caller: AuthenticatedUser, eventId: string): Promise<MeetingView[]> {
    const managed = await this.eventAccess.managed(caller, eventId);
    if (managed.status !== 'scheduling' && managed.status !== 'published') {
      throw wrongEventState(managed.status, '发布日程');
    }
    await this.transactions.run(async (manager) => {
      const event = await this.events.byId(eventId, manager, true);
      if (!event) throw eventNotFound();
      if (event.scheduleRevision === 0) {
        throw new ConflictError('NO_SCHEDULE', '尚未生成日程，请先排期');
      }
      const updated = event.schedulePublishedAt !== null;
      const now = new Date();
      const meetings = await this.meetings.ofEvent(eventId, ['scheduled'], manager);
      const fresh = meetings.filter((x) => x.publishedAt === null);
      for (const m of fresh) {
        m.publishedAt = now;
        await this.meetings.save(manager, m);
      }
      const slots = eventSlots(event.days, event.slotMinutes);
      await this.reminders.schedule(
        manager,
        fresh,
        (slot) => slots[slot]?.startsAt,
        event.noShowGraceMinutes,
      );
      event.status = 'published';
      event.schedulePublishedAt = now;
      await this.events.save(manager, event);
      const approved = await this.registrations.ofEvent(eventId, ['approved'], manager);
      const names = await this.organisations.summaries(
        approved.map((r) => r.organisationId),
        manager,
      );
      const intents: NotificationIntent[] = approved.map((registration) => ({
        type: 'event.schedule_published',
        recipients: { organisationId: registration.organisationId },
        organisationId: registration.organisationId,
        dedupKey: `event.schedule_published:${eventId}:${registration.id}:${event.scheduleRevision}`,
        params: {
          event: { id: event.id, title: event.title },
          organisationName: names.get(registration.organisationId)?.name ?? '',
          meetings: meetings.filter(
            (m) => m.registrationAId === registration.id || m.registrationBId === registration.id,
          ).length,
          firstDay: event.days[0]?.date ?? '',
          updated,
        },
        subject: { kind: 'event', id: event.id },
      }));
      await this.recorder.record(manager, intents);
    });
    return this.schedule(caller, eventId);
  }

  /** Pin, unpin or move one meeting: onto a free table, a slot both sides can make. */
  async move(
    caller: AuthenticatedUser,
    eventId: string,
    meetingId: string,
    input: MoveMeetingDto,
  ): Promise<MeetingView> {
    const managed = await this.eventAccess.managed(caller, eventId);
    if (!SCHEDULING_STATES.includes(managed.status))
      throw wrongEventState(managed.status, '调整日程');
    try {
      const saved = await this.transactions.run(async (manager) => {
        const event = await this.events.byId(eventId, manager, true);
        if (!event) throw eventNotFound();
        const meeting = await this.meetings.byId(meetingId, manager, true);
        if (!meeting || meeting.eventId !== eventId) throw meetingNotFound();
        if (meeting.status !== 'scheduled') {
          throw new ConflictError('MEETING_NOT_SCHEDULED', '该洽谈已取消或已结束，不能调整');
        }
        const slot = input.slot ?? meeting.slot;
        const tableIndex = meeting.online ? null : (input.tableIndex ?? meeting.tableIndex);
        await this.assertPlaceable(manager, event, meeting, slot, tableIndex);
        const moved = slot !== meeting.slot || tableIndex !== meeting.tableIndex;
        meeting.slot = slot;
        meeting.tableIndex = tableIndex;
        if (input.pinned !== undefined) meeting.pinned = input.pinned;
        if (moved && meeting.publishedAt) meeting.sequence += 1;
        const saved = await this.meetings.save(manager, meeting);
        if (moved) {
          const slots = eventSlots(event.days, event.slotMinutes);
          await this.reminders.schedule(
            manager,
            [saved],
            (s) => slots[s]?.startsAt,
            event.noShowGraceMinutes,
          );
        }
        return saved;
      });
      return (await this.views(managed, [saved]))[0];
    } catch (error) {
      if (uniqueViolation(error) === 'uq_event_meeting_table_slot') throw tableBooked();
      throw error;
    }
  }

  /** The whole schedule: the organisers' view. */
  async schedule(caller: AuthenticatedUser, eventId: string): Promise<MeetingView[]> {
    const event = await this.eventAccess.managed(caller, eventId);
    return this.views(event, await this.meetings.ofEvent(eventId));
  }

  /** One participant's meetings (published ones; organisers also see unpublished). */
  async agenda(caller: AuthenticatedUser, registrationId: string): Promise<MeetingView[]> {
    const { registration, event } = await this.eventAccess.ownRegistration(
      caller,
      registrationId,
      true,
    );
    const manages = await this.eventAccess.canManage(caller, event);
    const rows = (await this.meetings.ofRegistration(event.id, registration.id)).filter(
      (m) => manages || m.publishedAt !== null,
    );
    return this.views(event, rows);
  }

  /** The participant's published meetings as an ICS calendar (cancelled ones as CANCELLED). */
  async agendaCalendar(
    caller: AuthenticatedUser,
    registrationId: string,
  ): Promise<{ filename: string; body: string }> {
    const { registration, event } = await this.eventAccess.ownRegistration(
      caller,
      registrationId,
      true,
    );
    const rows = (await this.meetings.ofRegistration(event.id, registration.id)).filter(
      (m) => m.publishedAt !== null,
    );
    const views = await this.views(event, rows);
    const entries = views.map((view, i) =>
      agendaEntry(event, view, registration.id, rows[i].updatedAt),
    );
    return {
      filename: `agenda-${registration.id.slice(0, 8)}.ics`,
      body: agendaCalendar(event.title, entries),
    };
  }

  async views(event: MatchmakingEvent, rows: readonly EventMeeting[]): Promise<MeetingView[]> {
    const slots = eventSlots(event.days, event.slotMinutes);
    const registrations = await this.registrations.ofEvent(event.id);
    const names = await this.organisations.summaries(registrations.map((r) => r.organisationId));
    const sides = new Map<string, MeetingSide>(
      registrations.map((r: EventRegistration) => [
        r.id,
        { organisationName: names.get(r.organisationId)?.name ?? '', attendees: r.attendees },
      ]),
    );
    return rows.map((m) => toMeetingView(event, m, slots, sides));
  }

  private async assertPlaceable(
    manager: EntityManager,
    event: MatchmakingEvent,
    meeting: EventMeeting,
    slot: number,
    tableIndex: number | null,
  ): Promise<void> {
    const slots = eventSlots(event.days, event.slotMinutes);
    if (slot >= slots.length) {
      throw ValidationFailedError.field('slot', `时段编号不存在（本场共 ${slots.length} 个时段）`);
    }
    if (tableIndex !== null) {
      const table = event.tables[tableIndex];
      if (!table)
        throw ValidationFailedError.field(
          'tableIndex',
          `桌号不存在（本场共 ${event.tables.length} 张桌）`,
        );
      if (table.online) throw ValidationFailedError.field('tableIndex', '该桌为线上洽谈保留');
    }
    const atSlot = (await this.meetings.ofEvent(event.id, ['scheduled'], manager)).filter(
      (m) => m.slot === slot && m.id !== meeting.id,
    );
    if (tableIndex !== null && atSlot.some((m) => m.tableIndex === tableIndex)) throw tableBooked();
    for (const side of [meeting.registrationAId, meeting.registrationBId]) {
      const registration = await this.registrations.byId(side, manager);
      if (!registration) continue;
      if (registration.unavailableSlots.includes(slot)) {
        throw new ConflictError('PARTICIPANT_UNAVAILABLE', '一方在该时段无法参加洽谈');
      }
      const busy = atSlot.filter(
        (m) => m.registrationAId === side || m.registrationBId === side,
      ).length;
      if (busy >= Math.max(1, registration.attendees.length)) {
        throw new ConflictError('PARTICIPANT_BUSY', '一方在该时段已有其他洽谈');
      }
    }
  }
}

const tableBooked = () => new ConflictError('TABLE_BOOKED', '该时段的这张桌已被占用');
