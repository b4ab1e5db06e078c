import { Injectable } from '@nestjs/common';
import { Organisations } from '@rongtong/identity';
import { NotificationIntent, NotificationRecorder } from '@rongtong/notify';
import { EntityManager } from 'typeorm';
import { EventRegistration } from '../entities/event-registration.entity';
import { MatchmakingEvent } from '../entities/matchmaking-event.entity';
import { eventSlots } from '../rules/event-calendar';
import { MeetingsStore } from '../stores/meetings.store';
import { RegistrationsStore } from '../stores/registrations.store';

const chinaTime = (instant: Date) =>
  new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/**
 * A registration that drops out (withdrawn by its organisation, or an approved one declined by
 * the organiser) loses its scheduled meetings in the caller's transaction, so partners' agendas
 * never show a meeting nobody will come to:
 * - an unpublished meeting is deleted (nobody has seen it; the next run plans without it);
 * - a published one becomes cancelled with a higher SEQUENCE, so the agenda and the ICS file show
 *   it CANCELLED and calendars drop it; its table and both slots are free (the table index is
 *   unique among scheduled meetings only). Pending reminders and no-show checks for it find it
 *   cancelled and send nothing.
 * Each partner of a published meeting is told once (inbox + mail; the dedup key is the meeting
 * and its new sequence), with a link to its agenda.
 */
@Injectable()
export class MeetingCancellations {
  constructor(
    private readonly meetings: MeetingsStore,
    private readonly registrations: RegistrationsStore,
    private readonly organisations: Organisations,
    private readonly recorder: NotificationRecorder,
  ) {}

  /** Returns how many published meetings were cancelled. */
  async dropOut(
    manager: EntityManager,
    event: MatchmakingEvent,
    leaving: EventRegistration,
    cause: 'withdrawn' | 'declined',
  ): Promise<number> {
    const held = (await this.meetings.ofRegistration(event.id, leaving.id, manager)).filter(
      (m) => m.status === 'scheduled',
    );
    if (held.length === 0) return 0;
    await this.meetings.deleteByIds(
      manager,
      held.filter((m) => m.publishedAt === null).map((m) => m.id),
    );
    const published = held.filter((m) => m.publishedAt !== null);
    const slots = eventSlots(event.days, event.slotMinutes);
    const partnerIds = published.map((m) =>
      m.registrationAId === leaving.id ? m.registrationBId : m.registrationAId,
    );
    // Read, not locked: two partners dropping out at once must not wait on each other.
    const partners = new Map<string, EventRegistration>();
    for (const id of new Set(partnerIds)) {
      const partner = await this.registrations.byId(id, manager);
      if (partner) partners.set(id, partner);
    }
    const names = await this.organisations.summaries([leaving.organisationId], manager);
    const leavingName = names.get(leaving.organisationId)?.name ?? '对方单位';
    const intents: NotificationIntent[] = [];
    for (const meeting of published) {
      meeting.status = 'cancelled';
      meeting.sequence += 1;
      await this.meetings.save(manager, meeting);
      const partnerId =
        meeting.registrationAId === leaving.id ? meeting.registrationBId : meeting.registrationAId;
      const partner = partners.get(partnerId);
      // A partner that dropped out itself has nothing to be told.
      if (!partner || partner.status !== 'approved') continue;
      const slot = slots[meeting.slot];
      intents.push({
        type: 'event.meeting_cancelled',
        recipients: { organisationId: partner.organisationId },
        organisationId: partner.organisationId,
        dedupKey: `event.meeting_cancelled:${meeting.id}:${meeting.sequence}`,
        params: {
          event: { id: event.id, title: event.title },
          counterpartName: leavingName,
          startsAt: slot ? chinaTime(slot.startsAt) : '',
          table:
            meeting.tableIndex === null ? null : (event.tables[meeting.tableIndex]?.name ?? null),
          cause,
        },
        // The deep link opens the partner's agenda.
        subject: { kind: 'event_registration', id: partner.id },
      });
    }
    if (intents.length > 0) await this.recorder.record(manager, intents);
    return published.length;
  }
}
