import { AttendeePass } from './attendee-pass.entity';
import { EventInvitation } from './event-invitation.entity';
import { EventMeeting } from './event-meeting.entity';
import { EventRegistration } from './event-registration.entity';
import { MatchmakingEvent } from './matchmaking-event.entity';
import { MeetingOutcome } from './meeting-outcome.entity';
import { MeetingPreferenceRow } from './meeting-preference.entity';
import { MeetingRequest } from './meeting-request.entity';
import { ScheduleRun } from './schedule-run.entity';

export {
  AttendeePass,
  EventInvitation,
  EventMeeting,
  EventRegistration,
  MatchmakingEvent,
  MeetingOutcome,
  MeetingPreferenceRow,
  MeetingRequest,
  ScheduleRun,
};
export type { Attendee, BroughtListing } from './event-registration.entity';
export type { DayBreak, EventDay, EventTable, EventTheme } from './matchmaking-event.entity';
export type { RequestReason } from './meeting-request.entity';
export type { ScheduleRunFigures, ScheduleRunStep } from './schedule-run.entity';

export const EVENTS_ENTITIES = [
  MatchmakingEvent,
  EventRegistration,
  MeetingRequest,
  MeetingPreferenceRow,
  EventMeeting,
  AttendeePass,
  MeetingOutcome,
  EventInvitation,
  ScheduleRun,
];
