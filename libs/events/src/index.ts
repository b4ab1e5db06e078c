// Module
export { EventsModule } from './events.module';

// Entities and their vocabularies
export { EVENTS_ENTITIES } from './entities';
export type { Attendee, BroughtListing } from './entities/event-registration.entity';
export type { EventDay, EventTable, EventTheme } from './entities/matchmaking-event.entity';
export type { RequestReason } from './entities/meeting-request.entity';
export type { ScheduleRunFigures } from './entities/schedule-run.entity';

// Services
export {
  AgendaDetailsService,
  type AgendaOutcomeView,
  type SideOutcome,
} from './services/agenda-details.service';
export { CheckInService, type CheckInView, type PassView } from './services/check-in.service';
export {
  type EventReport,
  EventReportService,
  type ReportGroup,
} from './services/event-report.service';
export { EventsService } from './services/events.service';
export { InvitationsService, type SuggestedInvitee } from './services/invitations.service';
export { MeetingReminders } from './services/meeting-reminders';
export { MeetingRequestsService, type PreferenceView } from './services/meeting-requests.service';
export { NoShowCheck } from './services/no-show-check';
export { OutcomesService, type OutcomeView } from './services/outcomes.service';
export {
  type DirectoryEntry,
  ParticipantDirectoryService,
} from './services/participant-directory.service';
export { ProposalsService } from './services/proposals.service';
export { RegistrationsService } from './services/registrations.service';
export { ScheduleRunner, type ScheduleRunView } from './services/schedule-runner';
export { ScheduleService } from './services/schedule.service';
export {
  type WalkInMeetingView,
  WalkInProposalsService,
  type WalkInProposalView,
} from './services/walk-in-proposals.service';
export { type WalkInCandidateView, WalkInsService } from './services/walk-ins.service';

// Rules and the meeting scheduler
export { EVENT_ACTIONS } from './rules/event-states';
export { evaluateSchedule, type ScheduleQuality } from './scheduling/evaluate';
export { greedySchedule } from './scheduling/greedy';
export { generateInstance, type InstanceShape } from './scheduling/instance-generator';
export { lpRelaxationModel } from './scheduling/lp-bound';
export { scheduleMeetings } from './scheduling/scheduler';

// DTOs (request bodies and queries)
export { DirectoryQuery } from './dto/directory.dto';
export {
  CreateEventDto,
  DayBreakDto,
  EventThemeDto,
  EventTransitionDto,
  UpdateEventDto,
} from './dto/event.dto';
export { InviteDto, ProposeMeetingsDto, SuggestionsQuery } from './dto/invitation.dto';
export { MeetingRequestDto, PreferenceDto, RequestAnswerDto } from './dto/meeting-request.dto';
export { MeetingOutcomeDto, MeetingStatusDto } from './dto/outcome.dto';
export {
  AvailabilityDto,
  EventRegistrationDto,
  RegistrationDecisionDto,
} from './dto/registration.dto';
export { CheckInDto, MoveMeetingDto, RunScheduleDto } from './dto/schedule.dto';
export {
  ConfirmWalkInProposalsDto,
  OrganisationCandidatesQuery,
  WalkInDto,
} from './dto/walk-in.dto';

// Views and types
export type {
  EventView,
  MeetingRequestView,
  ParticipantView,
  RegistrationView,
  SlotView,
} from './services/event-views';
export type { MeetingView } from './services/meeting-views';

// Vocabulary
export {
  ATTENDANCE_MODES,
  BROUGHT_LISTING_KINDS,
  DECLINE_REASONS,
  EVENT_MODES,
  EVENT_STATES,
  MEETING_OUTCOMES,
  MEETING_PREFERENCES,
  MEETING_STATUSES,
  REGISTRATION_STATUSES,
  REQUEST_SOURCES,
  REQUEST_STATUSES,
  SCHEDULE_RUN_STATES,
} from './rules/vocabulary';
