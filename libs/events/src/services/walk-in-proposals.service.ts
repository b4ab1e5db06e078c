import { Injectable } from '@nestjs/common';
import {
  chinaDate,
  Clock,
  ConflictError,
  FieldProblem,
  ValidationFailedError,
} from '@rongtong/common';
import { TransactionRunner, uniqueViolation } from '@rongtong/database';
import { AuthenticatedUser, Organisations } from '@rongtong/identity';
import { OrganisationMatches } from '@rongtong/matching';
import { NotificationRecorder } from '@rongtong/notify';
import { EntityManager } from 'typeorm';
import { ConfirmWalkInProposalsDto } from '../dto/walk-in.dto';
import { EventMeeting } from '../entities/event-meeting.entity';
import { EventRegistration } from '../entities/event-registration.entity';
import { RequestReason } from '../entities/meeting-request.entity';
import { MatchmakingEvent } from '../entities/matchmaking-event.entity';
import { EventSlot, eventSlots } from '../rules/event-calendar';
import { EventsStore } from '../stores/events.store';
import { MeetingsStore } from '../stores/meetings.store';
import { RegistrationsStore } from '../stores/registrations.store';
import { EventAccess } from './event-access';
import { eventNotFound, registrationNotFound } from './event-errors';
import { MeetingReminders } from './meeting-reminders';
import { walkInDeskClosed, walkInDeskOpen } from './walk-ins.service';

/** At most this many proposals for one walk-in. */
const MAX_PROPOSALS = 10;

export interface WalkInProposalView {
  counterpartRegistrationId: string;
  counterpartOrganisationName: string;
  slot: number;
  startsAt: string;
  endsAt: string;
  tableIndex: number;
  tableName: string;
  matchScore: number;
  reasons: RequestReason[];
}

export interface WalkInMeetingView {
  id: string;
  counterpartRegistrationId: string;
  slot: number;
  tableIndex: number;
}

/**
 * Meetings for a walk-in on the spot (while the walk-in desk is open): checked-in participants that matching pairs it with, best
 * score first, each placed in the earliest slot later today where both are free and a table is
 * (free from the start, or freed by a no-show). The organiser confirms the ones to book; a slot
 * or table taken meanwhile is refused (409) and nothing is booked; both sides are told.
 */
@Injectable()
export class WalkInProposalsService {
  constructor(
    private readonly events: EventsStore,
    private readonly registrations: RegistrationsStore,
    private readonly meetings: MeetingsStore,
    private readonly eventAccess: EventAccess,
    private readonly matches: OrganisationMatches,
    private readonly organisations: Organisations,
    private readonly recorder: NotificationRecorder,
    private readonly reminders: MeetingReminders,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async proposals(
    caller: AuthenticatedUser,
    eventId: string,
    registrationId: string,
  ): Promise<WalkInProposalView[]> {
    const { event, walkIn } = await this.walkInOf(caller, eventId, registrationId);
    const slots = this.slotsLeftToday(event);
    const candidates = await this.checkedInOthers(event.id, walkIn.id);
    const byOrganisation = new Map(candidates.map((r) => [r.organisationId, r]));
    const byId = new Map(candidates.map((r) => [r.id, r]));
    const scheduled = await this.meetings.ofEvent(event.id, ['scheduled']);
    const booked = new Set(scheduled.map((m) => `${m.slot}|${m.tableIndex}`));
    const busy = (registration: EventRegistration, slot: number) =>
      scheduled.filter(
        (m) =>
          m.slot === slot &&
          (m.registrationAId === registration.id || m.registrationBId === registration.id),
      ).length >= Math.max(1, registration.attendees.length);
    const met = new Set(
      scheduled
        .filter((m) => m.registrationAId === walkIn.id || m.registrationBId === walkIn.id)
        .map((m) => (m.registrationAId === walkIn.id ? m.registrationBId : m.registrationAId)),
    );
    const best = new Map<string, { score: number; reasons: RequestReason[] }>();
    for (const match of await this.matches.among([
      walkIn.organisationId,
      ...byOrganisation.keys(),
    ])) {
      const other =
        match.subjectOrganisationId === walkIn.organisationId
          ? match.counterpartOrganisationId
          : match.counterpartOrganisationId === walkIn.organisationId
            ? match.subjectOrganisationId
            : undefined;
      const registration = other ? byOrganisation.get(other) : undefined;
      if (!registration || met.has(registration.id)) continue;
      if ((best.get(registration.id)?.score ?? -1) >= match.score) continue;
      best.set(registration.id, {
        score: match.score,
        reasons: match.reasons.slice(0, 4).map((r) => ({ zh: r.zh, en: r.en })),
      });
    }
    const ranked = [...best].sort((x, y) => y[1].score - x[1].score);
    const names = await this.organisations.summaries(
      ranked.flatMap(([id]) => byId.get(id)?.organisationId ?? []),
    );
    const walkInSlots = new Set<number>();
    const proposals: WalkInProposalView[] = [];
    for (const [registrationId, match] of ranked) {
      if (proposals.length >= MAX_PROPOSALS) break;
      const counterpart = byId.get(registrationId);
      if (!counterpart) continue;
      for (const slot of slots) {
        if (walkInSlots.has(slot.index) || busy(walkIn, slot.index)) continue;
        if (counterpart.unavailableSlots.includes(slot.index) || busy(counterpart, slot.index))
          continue;
        const tableIndex = event.tables.findIndex(
          (table, i) => !table.online && !booked.has(`${slot.index}|${i}`),
        );
        if (tableIndex < 0) continue;
        walkInSlots.add(slot.index);
        booked.add(`${slot.index}|${tableIndex}`);
        proposals.push({
          counterpartRegistrationId: counterpart.id,
          counterpartOrganisationName: names.get(counterpart.organisationId)?.name ?? '',
          slot: slot.index,
          startsAt: slot.startsAt.toISOString(),
          endsAt: slot.endsAt.toISOString(),
          tableIndex,
          tableName: event.tables[tableIndex].name,
          matchScore: match.score,
          reasons: match.reasons,
        });
        break;
      }
    }
    return proposals;
  }

  async confirm(
    caller: AuthenticatedUser,
    eventId: string,
    registrationId: string,
    input: ConfirmWalkInProposalsDto,
  ): Promise<WalkInMeetingView[]> {
    const { walkIn } = await this.walkInOf(caller, eventId, registrationId);
    try {
      return await this.transactions.run(async (manager) => {
        // The event row serialises bookings: two desks cannot take the same table and slot.
        const event = await this.events.byId(eventId, manager, true);
        if (!event) throw eventNotFound();
        if (!walkInDeskOpen(event, this.clock.now())) throw walkInDeskClosed(event, '安排现场洽谈');
        const slots = new Map(this.slotsLeftToday(event).map((s) => [s.index, s]));
        const candidates = new Map(
          (await this.checkedInOthers(event.id, walkIn.id, manager)).map((r) => [r.id, r]),
        );
        const problems: FieldProblem[] = [];
        input.meetings.forEach((choice, i) => {
          if (!candidates.has(choice.counterpartRegistrationId))
            problems.push({
              field: `meetings.${i}.counterpartRegistrationId`,
              messages: ['对方不是本场已签到的参会单位'],
            });
          if (!slots.has(choice.slot))
            problems.push({
              field: `meetings.${i}.slot`,
              messages: ['只能安排今天尚未开始的时段'],
            });
          const table = event.tables[choice.tableIndex];
          if (!table || table.online)
            problems.push({
              field: `meetings.${i}.tableIndex`,
              messages: ['桌号不存在或为线上保留'],
            });
        });
        if (problems.length > 0) throw new ValidationFailedError(problems);
        const scheduled = await this.meetings.ofEvent(event.id, ['scheduled'], manager);
        const now = this.clock.now();
        const rows: Partial<EventMeeting>[] = [];
        for (const choice of input.meetings) {
          const counterpart = candidates.get(choice.counterpartRegistrationId);
          if (!counterpart) continue;
          if (
            scheduled.some((m) => m.slot === choice.slot && m.tableIndex === choice.tableIndex) ||
            rows.some((m) => m.slot === choice.slot && m.tableIndex === choice.tableIndex)
          )
            throw new ConflictError('TABLE_BOOKED', '该时段的这张桌已被占用，请刷新推荐后重试');
          for (const side of [walkIn, counterpart]) {
            const taken = [...scheduled, ...rows].filter(
              (m) =>
                m.slot === choice.slot &&
                (m.registrationAId === side.id || m.registrationBId === side.id),
            ).length;
            if (
              taken >= Math.max(1, side.attendees.length) ||
              side.unavailableSlots.includes(choice.slot)
            )
              throw new ConflictError(
                'PARTICIPANT_BUSY',
                '一方在该时段已有其他洽谈，请刷新推荐后重试',
              );
          }
          rows.push({
            eventId: event.id,
            registrationAId: walkIn.id,
            registrationBId: counterpart.id,
            requestId: null,
            slot: choice.slot,
            tableIndex: choice.tableIndex,
            online: false,
            pinned: true,
            status: 'scheduled',
            publishedAt: now,
            sequence: 0,
          });
        }
        const inserted = await this.meetings.insertMany(manager, rows);
        const slotList = eventSlots(event.days, event.slotMinutes);
        await this.reminders.schedule(
          manager,
          inserted,
          (slot) => slotList[slot]?.startsAt,
          event.noShowGraceMinutes,
        );
        await this.notify(manager, event, inserted, [walkIn, ...candidates.values()]);
        return inserted.map((m) => ({
          id: m.id,
          counterpartRegistrationId: m.registrationBId,
          slot: m.slot,
          tableIndex: m.tableIndex ?? 0,
        }));
      });
    } catch (error) {
      if (uniqueViolation(error) === 'uq_event_meeting_table_slot')
        throw new ConflictError('TABLE_BOOKED', '该时段的这张桌已被占用，请刷新推荐后重试');
      throw error;
    }
  }

  /** Both sides of each booked meeting are told their agenda changed (the schedule notice). */
  private async notify(
    manager: EntityManager,
    event: MatchmakingEvent,
    booked: readonly EventMeeting[],
    registrations: readonly EventRegistration[],
  ): Promise<void> {
    const sides = registrations.filter((r) =>
      booked.some((m) => m.registrationAId === r.id || m.registrationBId === r.id),
    );
    const names = await this.organisations.summaries(
      sides.map((r) => r.organisationId),
      manager,
    );
    const all = await this.meetings.ofEvent(event.id, ['scheduled'], manager);
    await this.recorder.record(
      manager,
      sides.map((registration) => ({
        type: 'event.schedule_published' as const,
        recipients: { organisationId: registration.organisationId },
        organisationId: registration.organisationId,
        dedupKey: `event.walk_in_meetings:${booked.map((m) => m.id).join(',')}:${registration.id}`,
        params: {
          event: { id: event.id, title: event.title },
          organisationName: names.get(registration.organisationId)?.name ?? '',
          meetings: all.filter(
            (m) => m.registrationAId === registration.id || m.registrationBId === registration.id,
          ).length,
          firstDay: event.days[0]?.date ?? '',
          updated: true,
        },
        subject: { kind: 'event' as const, id: event.id },
      })),
    );
  }

  /** The running event's managers only; the registration must be an approved one of it. */
  private async walkInOf(
    caller: AuthenticatedUser,
    eventId: string,
    registrationId: string,
  ): Promise<{ event: MatchmakingEvent; walkIn: EventRegistration }> {
    const event = await this.eventAccess.managed(caller, eventId);
    if (!walkInDeskOpen(event, this.clock.now())) throw walkInDeskClosed(event, '安排现场洽谈');
    const walkIn = await this.registrations.byId(registrationId);
    if (!walkIn || walkIn.eventId !== eventId || walkIn.status !== 'approved')
      throw registrationNotFound();
    return { event, walkIn };
  }

  private slotsLeftToday(event: MatchmakingEvent): EventSlot[] {
    const now = this.clock.now();
    const today = chinaDate(now);
    return eventSlots(event.days, event.slotMinutes).filter(
      (slot) => slot.date === today && slot.startsAt > now,
    );
  }

  /** Approved participants other than the walk-in with at least one attendee checked in. */
  private async checkedInOthers(
    eventId: string,
    walkInId: string,
    manager?: EntityManager,
  ): Promise<EventRegistration[]> {
    const present = new Set(
      (await this.registrations.passesOfEvent(eventId))
        .filter((pass) => pass.checkedInAt !== null)
        .map((pass) => pass.registrationId),
    );
    return (await this.registrations.ofEvent(eventId, ['approved'], manager)).filter(
      (r) => r.id !== walkInId && present.has(r.id),
    );
  }
}
