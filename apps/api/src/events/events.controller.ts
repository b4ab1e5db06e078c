import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
  Res,
  StreamableFile,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiAcceptedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { NotFoundError, Page, PageQuery } from '@rongtong/common';
import {
  AvailabilityDto,
  CheckInDto,
  CheckInService,
  CreateEventDto,
  EventReportService,
  EventsService,
  EventTransitionDto,
  InviteDto,
  InvitationsService,
  MeetingRequestDto,
  MeetingOutcomeDto,
  MeetingRequestsService,
  MeetingStatusDto,
  MoveMeetingDto,
  OutcomesService,
  PreferenceDto,
  ProposalsService,
  ProposeMeetingsDto,
  ConfirmWalkInProposalsDto,
  OrganisationCandidatesQuery,
  WalkInDto,
  WalkInProposalsService,
  WalkInsService,
  EventRegistrationDto,
  RegistrationDecisionDto,
  RegistrationsService,
  RequestAnswerDto,
  RunScheduleDto,
  ScheduleRunner,
  ScheduleService,
  SuggestionsQuery,
  UpdateEventDto,
} from '@rongtong/events';
import type {
  CheckInView,
  WalkInCandidateView,
  WalkInMeetingView,
  WalkInProposalView,
  EventReport,
  EventView,
  MeetingRequestView,
  MeetingView,
  OutcomeView,
  ParticipantView,
  PassView,
  PreferenceView,
  RegistrationView,
  ScheduleRunView,
  SuggestedInvitee,
} from '@rongtong/events';
import { AuthenticatedUser } from '@rongtong/identity';
import { MATCH_CONFIG } from '@rongtong/matching';
import { CurrentUser, OptionalAuth } from '../auth/auth.decorators';
import { ApiErrors } from '../openapi/api-errors';
import {
  CheckInSchema,
  EventPageSchema,
  EventReportSchema,
  InvitedCountSchema,
  EventSchema,
  MeetingRequestSchema,
  MeetingSchema,
  OutcomeSchema,
  ParticipantSchema,
  PassSchema,
  PreferenceSchema,
  ProposedCountSchema,
  RegistrationSchema,
  ScheduleRunSchema,
  SuggestedInviteeSchema,
  WalkInCandidatePageSchema,
  WalkInMeetingSchema,
  WalkInProposalSchema,
} from './events.responses';

const Id = (code: string) =>
  new ParseUUIDPipe({ exceptionFactory: () => new NotFoundError(code, 'Not found') });
const EventId = Id('EVENT_NOT_FOUND');
const RegistrationId = Id('REGISTRATION_NOT_FOUND');
const RequestId = Id('MEETING_REQUEST_NOT_FOUND');
const MeetingId = Id('MEETING_NOT_FOUND');

/**
 * 对接会: events (organisers), registration and meeting requests (participants), the schedule,
 * agendas with ICS export, and check-in at the door.
 */
@ApiTags('events')
@ApiBearerAuth()
@Controller()
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly registrations: RegistrationsService,
    private readonly requests: MeetingRequestsService,
    private readonly schedules: ScheduleService,
    private readonly runner: ScheduleRunner,
    private readonly checkIns: CheckInService,
    private readonly outcomes: OutcomesService,
    private readonly reports: EventReportService,
    private readonly invitations: InvitationsService,
    private readonly proposals: ProposalsService,
    private readonly walkIns: WalkInsService,
    private readonly walkInMeetings: WalkInProposalsService,
  ) {}

  @Post('events')
  @ApiOperation({ summary: 'Create an event (a draft) for your organiser organisation' })
  @ApiCreatedResponse({ type: EventSchema })
  @ApiErrors(403)
  create(@Body() body: CreateEventDto, @CurrentUser() user: AuthenticatedUser): Promise<EventView> {
    return this.events.create(user, body);
  }

  @Get('events')
  @OptionalAuth()
  @ApiOperation({ summary: "Events past their draft, and your organisations' drafts" })
  @ApiOkResponse({ type: EventPageSchema })
  list(
    @Query() query: PageQuery,
    @CurrentUser(false) user: AuthenticatedUser | undefined,
  ): Promise<Page<EventView>> {
    return this.events.list(user, query.page, query.limit);
  }

  @Get('events/:id')
  @OptionalAuth()
  @ApiOperation({ summary: 'One event with its slots and tables' })
  @ApiOkResponse({ type: EventSchema })
  @ApiErrors(404)
  get(
    @Param('id', EventId) id: string,
    @CurrentUser(false) user: AuthenticatedUser | undefined,
  ): Promise<EventView> {
    return this.events.get(user, id);
  }

  @Patch('events/:id')
  @ApiOperation({ summary: 'Change an event while it is a draft or open (organisers)' })
  @ApiOkResponse({ type: EventSchema })
  @ApiErrors(403, 404, 409)
  update(
    @Param('id', EventId) id: string,
    @Body() body: UpdateEventDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<EventView> {
    return this.events.update(user, id, body);
  }

  @Post('events/:id/transitions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Move an event one step along its life (organisers)' })
  @ApiOkResponse({ type: EventSchema })
  @ApiErrors(403, 404, 409)
  transition(
    @Param('id', EventId) id: string,
    @Body() body: EventTransitionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<EventView> {
    return this.events.transition(user, id, body.action);
  }

  @Post('events/:id/registrations')
  @ApiOperation({ summary: 'Register one of your organisations, with listings and attendees' })
  @ApiCreatedResponse({ type: RegistrationSchema })
  @ApiErrors(404, 409)
  register(
    @Param('id', EventId) id: string,
    @Body() body: EventRegistrationDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RegistrationView> {
    return this.registrations.register(user, id, body);
  }

  @Get('events/:id/registrations')
  @ApiOperation({ summary: 'Every registration with attendees and contacts (organisers)' })
  @ApiOkResponse({ type: [RegistrationSchema] })
  @ApiErrors(403, 404)
  registrationsOf(
    @Param('id', EventId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RegistrationView[]> {
    return this.registrations.listForOrganiser(user, id);
  }

  @Get('events/:id/registrations/mine')
  @ApiOperation({ summary: "Your organisations' registrations for the event" })
  @ApiOkResponse({ type: [RegistrationSchema] })
  @ApiErrors(404)
  mine(
    @Param('id', EventId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RegistrationView[]> {
    return this.registrations.mine(user, id);
  }

  @Get('events/:id/participants')
  @ApiOperation({ summary: 'Approved participants and their listings (participants, organisers)' })
  @ApiOkResponse({ type: [ParticipantSchema] })
  @ApiErrors(403, 404)
  participants(
    @Param('id', EventId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ParticipantView[]> {
    return this.registrations.participants(user, id);
  }

  @Get('event-registrations/:id')
  @ApiOperation({ summary: 'One registration (its organisation, or the organisers)' })
  @ApiOkResponse({ type: RegistrationSchema })
  @ApiErrors(404)
  registration(
    @Param('id', RegistrationId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RegistrationView> {
    return this.registrations.get(user, id);
  }

  @Post('event-registrations/:id/decision')
  @HttpCode(200)
  @ApiOperation({ summary: 'Approve (within capacity) or decline a registration (organisers)' })
  @ApiOkResponse({ type: RegistrationSchema })
  @ApiErrors(403, 404, 409)
  decide(
    @Param('id', RegistrationId) id: string,
    @Body() body: RegistrationDecisionDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RegistrationView> {
    return this.registrations.decide(user, id, body);
  }

  @Post('event-registrations/:id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: "Withdraw your organisation's registration" })
  @ApiOkResponse({ type: RegistrationSchema })
  @ApiErrors(404, 409)
  withdraw(
    @Param('id', RegistrationId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RegistrationView> {
    return this.registrations.withdraw(user, id);
  }

  @Put('event-registrations/:id/availability')
  @ApiOperation({ summary: 'Slots you cannot make, and your meeting cap' })
  @ApiOkResponse({ type: RegistrationSchema })
  @ApiErrors(404, 409)
  availability(
    @Param('id', RegistrationId) id: string,
    @Body() body: AvailabilityDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RegistrationView> {
    return this.registrations.setAvailability(user, id, body);
  }

  @Get('event-registrations/:id/requests')
  @ApiOperation({ summary: 'Meeting requests the registration sent and received' })
  @ApiOkResponse({ type: [MeetingRequestSchema] })
  @ApiErrors(404)
  requestsOf(
    @Param('id', RegistrationId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetingRequestView[]> {
    return this.requests.ofRegistration(user, id);
  }

  @Get('event-registrations/:id/preferences')
  @ApiOperation({ summary: 'Your must-meet / meet / no-thanks preferences' })
  @ApiOkResponse({ type: [PreferenceSchema] })
  @ApiErrors(404)
  preferences(
    @Param('id', RegistrationId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PreferenceView[]> {
    return this.requests.preferences(user, id);
  }

  @Get('event-registrations/:id/agenda')
  @ApiOperation({ summary: 'Your meetings: times, tables or video links, counterparts' })
  @ApiOkResponse({ type: [MeetingSchema] })
  @ApiErrors(404)
  agenda(
    @Param('id', RegistrationId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetingView[]> {
    return this.schedules.agenda(user, id);
  }

  @Get('event-registrations/:id/agenda.ics')
  @ApiOperation({
    summary:
      'Your agenda as an iCalendar file: stable UIDs, SEQUENCE bumped on changes, cancelled meetings as CANCELLED',
  })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'text/calendar', schema: { type: 'string' } })
  @ApiErrors(404)
  async agendaCalendar(
    @Param('id', RegistrationId) id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { filename, body } = await this.schedules.agendaCalendar(user, id);
    response.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(Buffer.from(body, 'utf8'), {
      type: 'text/calendar; charset=utf-8',
      disposition: `attachment; filename="${filename}"`,
    });
  }

  @Get('event-registrations/:id/passes')
  @ApiOperation({ summary: "Attendees' passes: a code to type and a signed token for the QR code" })
  @ApiOkResponse({ type: [PassSchema] })
  @ApiErrors(404, 409)
  passes(
    @Param('id', RegistrationId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PassView[]> {
    return this.checkIns.passes(user, id);
  }

  @Post('events/:id/meeting-requests')
  @ApiOperation({ summary: 'Ask another participant for a meeting, with a note' })
  @ApiCreatedResponse({ type: MeetingRequestSchema })
  @ApiErrors(403, 404, 409)
  request(
    @Param('id', EventId) id: string,
    @Body() body: MeetingRequestDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetingRequestView> {
    return this.requests.send(user, id, body);
  }

  @Get('events/:id/meeting-requests')
  @ApiOperation({ summary: 'Every meeting request of the event (organisers)' })
  @ApiOkResponse({ type: [MeetingRequestSchema] })
  @ApiErrors(403, 404)
  requestsOfEvent(
    @Param('id', EventId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetingRequestView[]> {
    return this.requests.ofEvent(user, id);
  }

  @Post('meeting-requests/:id/answer')
  @HttpCode(200)
  @ApiOperation({ summary: 'Accept (within caps) or decline with a reason a request you received' })
  @ApiOkResponse({ type: MeetingRequestSchema })
  @ApiErrors(404, 409)
  answer(
    @Param('id', RequestId) id: string,
    @Body() body: RequestAnswerDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetingRequestView> {
    return this.requests.answer(user, id, body);
  }

  @Post('meeting-requests/:id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraw a request you sent' })
  @ApiOkResponse({ type: MeetingRequestSchema })
  @ApiErrors(404, 409)
  cancel(
    @Param('id', RequestId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetingRequestView> {
    return this.requests.cancel(user, id);
  }

  @Put('events/:id/preferences')
  @ApiOperation({ summary: 'Set must-meet / meet / no-thanks (a veto) for another participant' })
  @ApiOkResponse({ type: [PreferenceSchema] })
  @ApiErrors(403, 404, 409)
  setPreference(
    @Param('id', EventId) _id: string,
    @Body() body: PreferenceDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<PreferenceView[]> {
    return this.requests.setPreference(user, body);
  }

  @Post('events/:id/schedule/runs')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Queue a scheduler run (a BullMQ job): pinned and published meetings stay unless replan; poll the run for progress and figures; 409 while a run is active (organisers)',
  })
  @ApiAcceptedResponse({ type: ScheduleRunSchema })
  @ApiErrors(403, 404, 409)
  runSchedule(
    @Param('id', EventId) id: string,
    @Body() body: RunScheduleDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ScheduleRunView> {
    return this.runner.request(user, id, body);
  }

  @Get('events/:id/schedule/runs')
  @ApiOperation({ summary: "The event's latest scheduler runs, newest first (organisers)" })
  @ApiOkResponse({ type: [ScheduleRunSchema] })
  @ApiErrors(403, 404)
  scheduleRuns(
    @Param('id', EventId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<ScheduleRunView[]> {
    return this.runner.latest(user, id);
  }

  @Get('events/:id/schedule')
  @ApiOperation({ summary: 'The whole schedule (organisers)' })
  @ApiOkResponse({ type: [MeetingSchema] })
  @ApiErrors(403, 404)
  schedule(
    @Param('id', EventId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetingView[]> {
    return this.schedules.schedule(user, id);
  }

  @Post('events/:id/schedule/publish')
  @HttpCode(200)
  @ApiOperation({ summary: 'Publish the schedule and tell every participant (organisers)' })
  @ApiOkResponse({ type: [MeetingSchema] })
  @ApiErrors(403, 404, 409)
  publish(
    @Param('id', EventId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetingView[]> {
    return this.schedules.publish(user, id);
  }

  @Patch('events/:id/meetings/:meetingId')
  @ApiOperation({ summary: 'Pin, unpin or move a meeting to a free table and slot (organisers)' })
  @ApiOkResponse({ type: MeetingSchema })
  @ApiErrors(403, 404, 409)
  move(
    @Param('id', EventId) id: string,
    @Param('meetingId', MeetingId) meetingId: string,
    @Body() body: MoveMeetingDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetingView> {
    return this.schedules.move(user, id, meetingId, body);
  }

  @Post('events/:id/check-ins')
  @HttpCode(200)
  @ApiOperation({ summary: 'Check an attendee in by QR token or typed code (organisers)' })
  @ApiOkResponse({ type: CheckInSchema })
  @ApiErrors(403, 404, 409)
  checkIn(
    @Param('id', EventId) id: string,
    @Body() body: CheckInDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<CheckInView> {
    return this.checkIns.checkIn(user, id, body);
  }

  @Get('events/:id/walk-ins/organisation-candidates')
  @ApiOperation({
    summary:
      'Organisations on the platform whose name contains q or whose USCC starts with q, for the walk-in desk to pick (organisers)',
  })
  @ApiOkResponse({ type: WalkInCandidatePageSchema })
  @ApiErrors(403, 404)
  walkInCandidates(
    @Param('id', EventId) id: string,
    @Query() query: OrganisationCandidatesQuery,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<Page<WalkInCandidateView>> {
    return this.walkIns.candidates(user, id, query);
  }

  @Post('events/:id/walk-ins')
  @ApiOperation({
    summary:
      'Register an organisation that turned up at the check-in desk, picked from the platform or created (name, type, region, industry, USCC): approved at once, passes issued for its 1–3 attendees, checked in (organisers, on an event day once published, or while it runs)',
  })
  @ApiCreatedResponse({ type: RegistrationSchema })
  @ApiErrors(403, 404, 409)
  registerWalkIn(
    @Param('id', EventId) id: string,
    @Body() body: WalkInDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<RegistrationView> {
    return this.walkIns.register(user, id, body);
  }

  @Get('events/:id/walk-ins/:registrationId/proposals')
  @ApiOperation({
    summary:
      'Meetings for a walk-in later today with checked-in participants, in free or freed slots and tables, best match first (organisers)',
  })
  @ApiOkResponse({ type: [WalkInProposalSchema] })
  @ApiErrors(403, 404, 409)
  walkInProposals(
    @Param('id', EventId) id: string,
    @Param('registrationId', RegistrationId) registrationId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<WalkInProposalView[]> {
    return this.walkInMeetings.proposals(user, id, registrationId);
  }

  @Post('events/:id/walk-ins/:registrationId/proposals/confirm')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Book chosen meetings for a walk-in (409 if a table or participant was taken meanwhile; both sides are told) (organisers)',
  })
  @ApiOkResponse({ type: [WalkInMeetingSchema] })
  @ApiErrors(403, 404, 409)
  confirmWalkInProposals(
    @Param('id', EventId) id: string,
    @Param('registrationId', RegistrationId) registrationId: string,
    @Body() body: ConfirmWalkInProposalsDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<WalkInMeetingView[]> {
    return this.walkInMeetings.confirm(user, id, registrationId, body);
  }

  @Post('events/:id/meetings/:meetingId/status')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark a meeting held or a no-show (organisers, on the day)' })
  @ApiOkResponse({ type: MeetingSchema })
  @ApiErrors(403, 404, 409)
  markMeeting(
    @Param('id', EventId) id: string,
    @Param('meetingId', MeetingId) meetingId: string,
    @Body() body: MeetingStatusDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<MeetingView> {
    return this.outcomes.markStatus(user, id, meetingId, body);
  }

  @Put('event-meetings/:id/outcome')
  @ApiOperation({
    summary:
      "Record your side's outcome of a meeting: no fit, follow-up, or an intent (万元), which moves the match to negotiating",
  })
  @ApiOkResponse({ type: OutcomeSchema })
  @ApiErrors(403, 404, 409)
  recordOutcome(
    @Param('id', MeetingId) id: string,
    @Body() body: MeetingOutcomeDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<OutcomeView> {
    return this.outcomes.record(user, id, body);
  }

  @Get('events/:id/report')
  @ApiOperation({
    summary:
      "The organiser's report: registrations, meetings, intents and amounts, by industry, region and SME tier",
  })
  @ApiOkResponse({ type: EventReportSchema })
  @ApiErrors(403, 404)
  report(
    @Param('id', EventId) id: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<EventReport> {
    return this.reports.report(user, id);
  }

  @Get('events/:id/report.xlsx')
  @ApiOperation({
    summary: 'The report as xlsx: overview, breakdowns, participants, schedule, outcomes',
  })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ description: 'xlsx workbook', schema: { type: 'string', format: 'binary' } })
  @ApiErrors(403, 404)
  async reportWorkbook(
    @Param('id', EventId) id: string,
    @CurrentUser() user: AuthenticatedUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const { filename, body } = await this.reports.workbook(user, id);
    response.setHeader('Cache-Control', 'private, no-store');
    return new StreamableFile(body, {
      type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      disposition: `attachment; filename="${filename}"`,
    });
  }

  @Get('events/:id/suggested-invitees')
  @ApiOperation({
    summary:
      'Who to invite, from matching: SMEs whose needs fit the theme and those whose achievements answer them, ranked with reasons (organisers)',
  })
  @ApiOkResponse({ type: [SuggestedInviteeSchema] })
  @ApiErrors(403, 404)
  suggestions(
    @Param('id', EventId) id: string,
    @Query() query: SuggestionsQuery,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<SuggestedInvitee[]> {
    return this.invitations.suggestions(user, id, query.limit);
  }

  @Post('events/:id/invitations')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Invite organisations in bulk: each gets a notice with the link to register (organisers)',
  })
  @ApiOkResponse({ type: InvitedCountSchema })
  @ApiErrors(403, 404, 409)
  invite(
    @Param('id', EventId) id: string,
    @Body() body: InviteDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<{ invited: number; alreadyInvited: number; alreadyRegistered: number }> {
    return this.invitations.invite(user, id, body.organisationIds);
  }

  @Post('events/:id/proposals')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Propose meetings from matching for pairs of participants nobody requested (either side may decline) (organisers)',
  })
  @ApiOkResponse({ type: ProposedCountSchema })
  @ApiErrors(403, 404, 409)
  propose(
    @Param('id', EventId) id: string,
    @Body() body: ProposeMeetingsDto,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<{ proposed: number }> {
    return this.proposals.propose(
      user,
      id,
      body.minScore ?? MATCH_CONFIG.persistence.notifyThreshold,
    );
  }
}
