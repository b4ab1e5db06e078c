import type { EventMeeting } from '../entities/event-meeting.entity';
import type { MatchmakingEvent } from '../entities/matchmaking-event.entity';
import type { EventSlot } from '../rules/event-calendar';
import { MEETING_STATUS_LABELS, MeetingStatus } from '../rules/vocabulary';

/** A meeting of the schedule as organisers and its two sides see it. */
export interface MeetingView {
  id: string;
  eventId: string;
  registrationAId: string;
  organisationAName: string;
  registrationBId: string;
  organisationBName: string;
  /** Who of each side holds it (attendee names). */
  attendeeA: string;
  attendeeB: string;
  slot: number;
  startsAt: string;
  endsAt: string;
  tableIndex: number | null;
  tableName: string | null;
  online: boolean;
  videoLink: string | null;
  pinned: boolean;
  status: MeetingStatus;
  statusLabel: string;
  published: boolean;
  sequence: number;
}

export interface MeetingSide {
  organisationName: string;
  attendees: readonly { name: string }[];
}

export function videoLink(event: MatchmakingEvent, meeting: EventMeeting): string | null {
  if (!meeting.online || !event.videoBaseUrl) return null;
  return `${event.videoBaseUrl.replace(/\/+$/, '')}/${meeting.id}`;
}

export function toMeetingView(
  event: MatchmakingEvent,
  meeting: EventMeeting,
  slots: readonly EventSlot[],
  sides: ReadonlyMap<string, MeetingSide>,
): MeetingView {
  const slot = slots[meeting.slot];
  const a = sides.get(meeting.registrationAId);
  const b = sides.get(meeting.registrationBId);
  return {
    id: meeting.id,
    eventId: meeting.eventId,
    registrationAId: meeting.registrationAId,
    organisationAName: a?.organisationName ?? '',
    registrationBId: meeting.registrationBId,
    organisationBName: b?.organisationName ?? '',
    attendeeA: a?.attendees[meeting.personA]?.name ?? a?.attendees[0]?.name ?? '',
    attendeeB: b?.attendees[meeting.personB]?.name ?? b?.attendees[0]?.name ?? '',
    slot: meeting.slot,
    startsAt: slot?.startsAt.toISOString() ?? '',
    endsAt: slot?.endsAt.toISOString() ?? '',
    tableIndex: meeting.tableIndex,
    tableName:
      meeting.tableIndex === null ? null : (event.tables[meeting.tableIndex]?.name ?? null),
    online: meeting.online,
    videoLink: videoLink(event, meeting),
    pinned: meeting.pinned,
    status: meeting.status,
    statusLabel: MEETING_STATUS_LABELS[meeting.status].zh,
    published: meeting.publishedAt !== null,
    sequence: meeting.sequence,
  };
}
