import type {
  Attendee,
  BroughtListing,
  EventRegistration,
} from '../entities/event-registration.entity';
import type {
  EventDay,
  EventTable,
  EventTheme,
  MatchmakingEvent,
} from '../entities/matchmaking-event.entity';
import type { MeetingRequest, RequestReason } from '../entities/meeting-request.entity';
import { eventActionsFrom, EventAction } from '../rules/event-states';
import { eventSlots } from '../rules/event-calendar';
import {
  DECLINE_REASON_LABELS,
  EVENT_MODE_LABELS,
  EVENT_STATE_LABELS,
  REGISTRATION_STATUS_LABELS,
} from '../rules/vocabulary';
import type {
  AttendanceMode,
  DeclineReason,
  EventMode,
  EventState,
  RegistrationStatus,
  RequestSource,
  RequestStatus,
} from '../rules/vocabulary';

export interface SlotView {
  index: number;
  day: number;
  date: string;
  start: string;
  end: string;
  startsAt: string;
  endsAt: string;
}

export interface EventView {
  id: string;
  organisationId: string;
  organisationName: string;
  title: string;
  description: string;
  theme: EventTheme;
  mode: EventMode;
  modeLabel: string;
  venue: string | null;
  address: string | null;
  videoBaseUrl: string | null;
  days: EventDay[];
  slotMinutes: number;
  slots: SlotView[];
  tables: EventTable[];
  registrationOpensAt: string;
  registrationClosesAt: string;
  capacity: number;
  defaultMeetingCap: number;
  noShowGraceMinutes: number;
  autoAccept: boolean;
  status: EventState;
  statusLabel: string;
  scheduleRevision: number;
  schedulePublishedAt: string | null;
  version: number;
  /** The caller organises this event (may manage it). */
  canManage: boolean;
  /** What the caller may do next to the event's state (managers only; else empty). */
  actions: EventAction[];
  approvedCount: number;
}

export function toEventView(
  event: MatchmakingEvent,
  organisationName: string,
  canManage: boolean,
  approvedCount: number,
): EventView {
  return {
    id: event.id,
    organisationId: event.organisationId,
    organisationName,
    title: event.title,
    description: event.description,
    theme: event.theme,
    mode: event.mode,
    modeLabel: EVENT_MODE_LABELS[event.mode].zh,
    venue: event.venue,
    address: event.address,
    videoBaseUrl: event.videoBaseUrl,
    days: event.days,
    slotMinutes: event.slotMinutes,
    slots: eventSlots(event.days, event.slotMinutes).map((slot) => ({
      index: slot.index,
      day: slot.day,
      date: slot.date,
      start: slot.start,
      end: slot.end,
      startsAt: slot.startsAt.toISOString(),
      endsAt: slot.endsAt.toISOString(),
    })),
    tables: event.tables,
    registrationOpensAt: event.registrationOpensAt.toISOString(),
    registrationClosesAt: event.registrationClosesAt.toISOString(),
    capacity: event.capacity,
    defaultMeetingCap: event.defaultMeetingCap,
    noShowGraceMinutes: event.noShowGraceMinutes,
    autoAccept: event.autoAccept,
    status: event.status,
    statusLabel: EVENT_STATE_LABELS[event.status].zh,
    scheduleRevision: event.scheduleRevision,
    schedulePublishedAt: event.schedulePublishedAt?.toISOString() ?? null,
    version: event.version,
    canManage,
    actions: canManage ? eventActionsFrom(event.status) : [],
    approvedCount,
  };
}

export interface RegistrationView {
  id: string;
  eventId: string;
  organisationId: string;
  organisationName: string;
  status: RegistrationStatus;
  statusLabel: string;
  listings: BroughtListing[];
  attendees: Attendee[];
  attendance: AttendanceMode;
  unavailableSlots: number[];
  meetingCap: number | null;
  /** The cap that applies: its own, else the event's default. */
  effectiveMeetingCap: number;
  decisionNote: string | null;
  createdAt: string;
  version: number;
}

export function toRegistrationView(
  registration: EventRegistration,
  organisationName: string,
  defaultCap: number,
): RegistrationView {
  return {
    id: registration.id,
    eventId: registration.eventId,
    organisationId: registration.organisationId,
    organisationName,
    status: registration.status,
    statusLabel: REGISTRATION_STATUS_LABELS[registration.status].zh,
    listings: registration.listings,
    attendees: registration.attendees,
    attendance: registration.attendance,
    unavailableSlots: registration.unavailableSlots,
    meetingCap: registration.meetingCap,
    effectiveMeetingCap: registration.meetingCap ?? defaultCap,
    decisionNote: registration.decisionNote,
    createdAt: registration.createdAt.toISOString(),
    version: registration.version,
  };
}

/** A participant as other participants browse them: no attendee contacts. */
export interface ParticipantView {
  registrationId: string;
  organisationId: string;
  organisationName: string;
  listings: BroughtListing[];
  attendeeCount: number;
  attendance: AttendanceMode;
}

export function toParticipantView(
  registration: EventRegistration,
  organisationName: string,
): ParticipantView {
  return {
    registrationId: registration.id,
    organisationId: registration.organisationId,
    organisationName,
    listings: registration.listings,
    attendeeCount: registration.attendees.length,
    attendance: registration.attendance,
  };
}

export interface MeetingRequestView {
  id: string;
  eventId: string;
  fromRegistrationId: string;
  fromOrganisationName: string;
  toRegistrationId: string;
  toOrganisationName: string;
  source: RequestSource;
  note: string;
  status: RequestStatus;
  declineReason: DeclineReason | null;
  declineReasonLabel: string | null;
  declineNote: string | null;
  matchScore: number | null;
  reasons: RequestReason[];
  createdAt: string;
  respondedAt: string | null;
}

export function toMeetingRequestView(
  request: MeetingRequest,
  names: ReadonlyMap<string, string>,
): MeetingRequestView {
  return {
    id: request.id,
    eventId: request.eventId,
    fromRegistrationId: request.fromRegistrationId,
    fromOrganisationName: names.get(request.fromRegistrationId) ?? '',
    toRegistrationId: request.toRegistrationId,
    toOrganisationName: names.get(request.toRegistrationId) ?? '',
    source: request.source,
    note: request.note,
    status: request.status,
    declineReason: request.declineReason,
    declineReasonLabel: request.declineReason
      ? DECLINE_REASON_LABELS[request.declineReason].zh
      : null,
    declineNote: request.declineNote,
    matchScore: request.matchScore,
    reasons: request.reasons,
    createdAt: request.createdAt.toISOString(),
    respondedAt: request.respondedAt?.toISOString() ?? null,
  };
}
