export * from './scheduling';
export { EventsModule } from './events.module';
export { EVENTS_ENTITIES } from './entities';
export type {
  Attendee,
  BroughtListing,
  DayBreak,
  EventDay,
  EventTable,
  EventTheme,
  RequestReason,
} from './entities';
export * from './dto/event.dto';
export * from './dto/registration.dto';
export * from './dto/meeting-request.dto';
export * from './rules/vocabulary';
export { EVENT_ACTIONS, eventActionsFrom, nextEventState } from './rules/event-states';
export type { EventAction } from './rules/event-states';
export { calendarProblems, eventSlots } from './rules/event-calendar';
export type { EventSlot } from './rules/event-calendar';
export { EventsService } from './services/events.service';
export { RegistrationsService } from './services/registrations.service';
export { MeetingRequestsService } from './services/meeting-requests.service';
export type { PreferenceView } from './services/meeting-requests.service';
export type {
  EventView,
  MeetingRequestView,
  ParticipantView,
  RegistrationView,
  SlotView,
} from './services/event-views';
export * from './dto/schedule.dto';
export { ScheduleService } from './services/schedule.service';
export { ScheduleRunner } from './services/schedule-runner';
export type { ScheduleRunView } from './services/schedule-runner';
export type { ScheduleRunFigures } from './entities';
export { CheckInService } from './services/check-in.service';
export type { CheckInView, PassView } from './services/check-in.service';
export type { MeetingView } from './services/meeting-views';
export * from './dto/outcome.dto';
export { OutcomesService } from './services/outcomes.service';
export type { OutcomeView } from './services/outcomes.service';
export { EventReportService } from './services/event-report.service';
export type { EventReport, ReportGroup } from './services/event-report.service';
export { InvitationsService } from './services/invitations.service';
export type { SuggestedInvitee } from './services/invitations.service';
export { ProposalsService } from './services/proposals.service';
export { WalkInsService } from './services/walk-ins.service';
export type { WalkInCandidateView } from './services/walk-ins.service';
export { WalkInProposalsService } from './services/walk-in-proposals.service';
export type { WalkInMeetingView, WalkInProposalView } from './services/walk-in-proposals.service';
export * from './dto/walk-in.dto';
export * from './dto/invitation.dto';
export { MeetingReminders } from './services/meeting-reminders';
export { NoShowCheck } from './services/no-show-check';
export { ParticipantDirectoryService } from './services/participant-directory.service';
export type { DirectoryEntry } from './services/participant-directory.service';
export * from './dto/directory.dto';
export { AgendaDetailsService } from './services/agenda-details.service';
export type { AgendaOutcomeView, SideOutcome } from './services/agenda-details.service';
