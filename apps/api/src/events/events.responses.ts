import { ApiProperty } from '@nestjs/swagger';
import type {
  WalkInCandidateView,
  WalkInMeetingView,
  WalkInProposalView,
  Attendee,
  BroughtListing,
  CheckInView,
  EventDay,
  EventReport,
  OutcomeView,
  ReportGroup,
  EventTable,
  EventTheme,
  EventView,
  MeetingRequestView,
  MeetingView,
  ParticipantView,
  PassView,
  PreferenceView,
  RegistrationView,
  RequestReason,
  ScheduleRunFigures,
  ScheduleRunView,
  SlotView,
  SuggestedInvitee,
} from '@rongtong/events';
import {
  ATTENDANCE_MODES,
  BROUGHT_LISTING_KINDS,
  DECLINE_REASONS,
  DayBreakDto,
  EVENT_ACTIONS,
  EVENT_MODES,
  EVENT_STATES,
  EventThemeDto,
  MEETING_OUTCOMES,
  MEETING_PREFERENCES,
  MEETING_STATUSES,
  REGISTRATION_STATUSES,
  REQUEST_SOURCES,
  REQUEST_STATUSES,
  SCHEDULE_RUN_STATES,
} from '@rongtong/events';
import { ORGANISATION_TYPES } from '@rongtong/identity';

// Response schemas of the 对接会 routes for the OpenAPI document; each `implements` the view the
// service returns, so a field added there without a schema here fails the type check.

export class EventDaySchema implements EventDay {
  @ApiProperty({ example: '2027-04-16' }) date!: string;
  @ApiProperty({ example: '09:00' }) start!: string;
  @ApiProperty({ example: '17:00' }) end!: string;
  @ApiProperty({ type: [DayBreakDto] }) breaks!: DayBreakDto[];
}

export class EventTableSchema implements EventTable {
  @ApiProperty({ example: 'A01' }) name!: string;
  @ApiProperty() online!: boolean;
}

export class SlotSchema implements SlotView {
  @ApiProperty() index!: number;
  @ApiProperty({ description: '0-based day' }) day!: number;
  @ApiProperty({ example: '2027-04-16' }) date!: string;
  @ApiProperty({ example: '09:00' }) start!: string;
  @ApiProperty({ example: '09:20' }) end!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
}

export class EventSchema implements EventView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: EventThemeDto }) theme!: EventTheme;
  @ApiProperty({ enum: EVENT_MODES }) mode!: EventView['mode'];
  @ApiProperty({ example: '线下' }) modeLabel!: string;
  @ApiProperty({ type: String, nullable: true }) venue!: string | null;
  @ApiProperty({ type: String, nullable: true }) address!: string | null;
  @ApiProperty({ type: String, nullable: true }) videoBaseUrl!: string | null;
  @ApiProperty({ type: [EventDaySchema] }) days!: EventDaySchema[];
  @ApiProperty() slotMinutes!: number;
  @ApiProperty({ type: [SlotSchema] }) slots!: SlotSchema[];
  @ApiProperty({ type: [EventTableSchema] }) tables!: EventTableSchema[];
  @ApiProperty({ format: 'date-time' }) registrationOpensAt!: string;
  @ApiProperty({ format: 'date-time' }) registrationClosesAt!: string;
  @ApiProperty() capacity!: number;
  @ApiProperty() defaultMeetingCap!: number;
  @ApiProperty({ description: 'Minutes past a start before an absent side makes a no-show' })
  noShowGraceMinutes!: number;
  @ApiProperty() autoAccept!: boolean;
  @ApiProperty({ enum: EVENT_STATES }) status!: EventView['status'];
  @ApiProperty({ example: '报名中' }) statusLabel!: string;
  @ApiProperty() scheduleRevision!: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  schedulePublishedAt!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ description: 'The caller organises this event' }) canManage!: boolean;
  @ApiProperty({ enum: EVENT_ACTIONS, isArray: true }) actions!: EventView['actions'];
  @ApiProperty() approvedCount!: number;
}

export class EventPageSchema {
  @ApiProperty({ type: [EventSchema] }) items!: EventSchema[];
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() total!: number;
}

export class BroughtListingSchema implements BroughtListing {
  @ApiProperty({ enum: BROUGHT_LISTING_KINDS }) kind!: BroughtListing['kind'];
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
}

export class AttendeeSchema implements Attendee {
  @ApiProperty() name!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) mobile!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
}

export class RegistrationSchema implements RegistrationView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ enum: REGISTRATION_STATUSES }) status!: RegistrationView['status'];
  @ApiProperty({ example: '待审核' }) statusLabel!: string;
  @ApiProperty({ type: [BroughtListingSchema] }) listings!: BroughtListingSchema[];
  @ApiProperty({ type: [AttendeeSchema] }) attendees!: AttendeeSchema[];
  @ApiProperty({ enum: ATTENDANCE_MODES }) attendance!: RegistrationView['attendance'];
  @ApiProperty({ type: [Number] }) unavailableSlots!: number[];
  @ApiProperty({ type: Number, nullable: true }) meetingCap!: number | null;
  @ApiProperty() effectiveMeetingCap!: number;
  @ApiProperty({ type: String, nullable: true }) decisionNote!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() version!: number;
}

export class ParticipantSchema implements ParticipantView {
  @ApiProperty({ format: 'uuid' }) registrationId!: string;
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ type: [BroughtListingSchema] }) listings!: BroughtListingSchema[];
  @ApiProperty() attendeeCount!: number;
  @ApiProperty({ enum: ATTENDANCE_MODES }) attendance!: ParticipantView['attendance'];
}

export class RequestReasonSchema implements RequestReason {
  @ApiProperty() zh!: string;
  @ApiProperty() en!: string;
}

export class MeetingRequestSchema implements MeetingRequestView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ format: 'uuid' }) fromRegistrationId!: string;
  @ApiProperty() fromOrganisationName!: string;
  @ApiProperty({ format: 'uuid' }) toRegistrationId!: string;
  @ApiProperty() toOrganisationName!: string;
  @ApiProperty({ enum: REQUEST_SOURCES }) source!: MeetingRequestView['source'];
  @ApiProperty() note!: string;
  @ApiProperty({ enum: REQUEST_STATUSES }) status!: MeetingRequestView['status'];
  @ApiProperty({ enum: DECLINE_REASONS, nullable: true, type: String })
  declineReason!: MeetingRequestView['declineReason'];
  @ApiProperty({ type: String, nullable: true }) declineReasonLabel!: string | null;
  @ApiProperty({ type: String, nullable: true }) declineNote!: string | null;
  @ApiProperty({ type: Number, nullable: true }) matchScore!: number | null;
  @ApiProperty({ type: [RequestReasonSchema] }) reasons!: RequestReasonSchema[];
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) respondedAt!: string | null;
}

export class PreferenceSchema implements PreferenceView {
  @ApiProperty({ format: 'uuid' }) targetRegistrationId!: string;
  @ApiProperty({ enum: MEETING_PREFERENCES }) preference!: PreferenceView['preference'];
}

export class MeetingSchema implements MeetingView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ format: 'uuid' }) registrationAId!: string;
  @ApiProperty() organisationAName!: string;
  @ApiProperty({ format: 'uuid' }) registrationBId!: string;
  @ApiProperty() organisationBName!: string;
  @ApiProperty() attendeeA!: string;
  @ApiProperty() attendeeB!: string;
  @ApiProperty() slot!: number;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ type: Number, nullable: true }) tableIndex!: number | null;
  @ApiProperty({ type: String, nullable: true }) tableName!: string | null;
  @ApiProperty() online!: boolean;
  @ApiProperty({ type: String, nullable: true }) videoLink!: string | null;
  @ApiProperty() pinned!: boolean;
  @ApiProperty({ enum: MEETING_STATUSES }) status!: MeetingView['status'];
  @ApiProperty({ example: '已安排' }) statusLabel!: string;
  @ApiProperty() published!: boolean;
  @ApiProperty({ description: 'ICS SEQUENCE' }) sequence!: number;
}

export class ScheduleRunFiguresSchema implements ScheduleRunFigures {
  @ApiProperty() scheduleRevision!: number;
  @ApiProperty() participants!: number;
  @ApiProperty({ description: 'Pairs with an accepted request' }) pairsToMeet!: number;
  @ApiProperty() meetings!: number;
  @ApiProperty({ description: 'Pinned or published meetings kept in place' }) kept!: number;
  @ApiProperty({ description: 'Participants with a pair to meet but no meeting' })
  withoutMeeting!: number;
  @ApiProperty({ description: 'Idle slots between first and last meeting of a day, summed' })
  idleSlots!: number;
  @ApiProperty() weight!: number;
  @ApiProperty() solverMs!: number;
  @ApiProperty() totalMs!: number;
}

export class ScheduleRunSchema implements ScheduleRunView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ enum: SCHEDULE_RUN_STATES }) state!: ScheduleRunView['state'];
  @ApiProperty({ example: '计算中' }) stateLabel!: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) progress!: number;
  @ApiProperty({
    description:
      'queued, loading, seeding, filling, chains, exchanges, fairness, compacting, baseline, saving, done',
  })
  phase!: string;
  @ApiProperty() replan!: boolean;
  @ApiProperty({ format: 'date-time' }) requestedAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) startedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) finishedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty({ type: ScheduleRunFiguresSchema, nullable: true })
  figures!: ScheduleRunFiguresSchema | null;
}

export class PassSchema implements PassView {
  @ApiProperty({ format: 'uuid' }) registrationId!: string;
  @ApiProperty() attendeeIndex!: number;
  @ApiProperty() attendeeName!: string;
  @ApiProperty({ example: 'K7MX3QPA' }) code!: string;
  @ApiProperty({ description: 'What the QR code encodes (signed)' }) token!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) checkedInAt!: string | null;
}

export class CheckInSchema implements CheckInView {
  @ApiProperty({ format: 'uuid' }) registrationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty() attendeeIndex!: number;
  @ApiProperty() attendeeName!: string;
  @ApiProperty({ format: 'date-time' }) checkedInAt!: string;
  @ApiProperty() alreadyCheckedIn!: boolean;
}

export class OutcomeSchema implements OutcomeView {
  @ApiProperty({ format: 'uuid' }) meetingId!: string;
  @ApiProperty({ format: 'uuid' }) registrationId!: string;
  @ApiProperty({ enum: MEETING_OUTCOMES }) outcome!: OutcomeView['outcome'];
  @ApiProperty({ example: '意向签约' }) outcomeLabel!: string;
  @ApiProperty({ type: Number, nullable: true, description: '万元' }) amountWan!: number | null;
  @ApiProperty() note!: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) matchId!: string | null;
}

export class ReportGroupSchema implements ReportGroup {
  @ApiProperty({ example: 'C' }) key!: string;
  @ApiProperty({ example: 'C 制造业' }) label!: string;
  @ApiProperty() registrations!: number;
  @ApiProperty() approved!: number;
  @ApiProperty() meetingsScheduled!: number;
  @ApiProperty() meetingsHeld!: number;
  @ApiProperty() intents!: number;
  @ApiProperty({ description: '万元' }) intentAmountWan!: number;
}

export class EventReportSchema implements EventReport {
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() registrations!: number;
  @ApiProperty() approved!: number;
  @ApiProperty() declined!: number;
  @ApiProperty() withdrawn!: number;
  @ApiProperty() attendees!: number;
  @ApiProperty() checkedIn!: number;
  @ApiProperty() meetingsRequested!: number;
  @ApiProperty() requestsAccepted!: number;
  @ApiProperty() requestsDeclined!: number;
  @ApiProperty() meetingsScheduled!: number;
  @ApiProperty() meetingsHeld!: number;
  @ApiProperty() noShows!: number;
  @ApiProperty() cancelled!: number;
  @ApiProperty() intents!: number;
  @ApiProperty() followUps!: number;
  @ApiProperty({ description: '万元' }) intentAmountWan!: number;
  @ApiProperty({ type: [ReportGroupSchema] }) byIndustry!: ReportGroupSchema[];
  @ApiProperty({ type: [ReportGroupSchema] }) byRegion!: ReportGroupSchema[];
  @ApiProperty({ type: [ReportGroupSchema] }) byTier!: ReportGroupSchema[];
}

export class SuggestedListingSchema {
  @ApiProperty({ enum: BROUGHT_LISTING_KINDS }) kind!: SuggestedInvitee['listings'][number]['kind'];
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
}

export class SuggestedInviteeSchema implements SuggestedInvitee {
  @ApiProperty({ format: 'uuid' }) organisationId!: string;
  @ApiProperty() organisationName!: string;
  @ApiProperty({ enum: ORGANISATION_TYPES, example: 'sme' })
  organisationType!: SuggestedInvitee['organisationType'];
  @ApiProperty({
    enum: ['demand', 'supply'],
    description: 'demand: needs fit the theme; supply: answers those needs',
  })
  role!: SuggestedInvitee['role'];
  @ApiProperty({ description: '0–100' }) score!: number;
  @ApiProperty({ type: [RequestReasonSchema] }) reasons!: RequestReasonSchema[];
  @ApiProperty({ type: [SuggestedListingSchema] }) listings!: SuggestedListingSchema[];
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) invitedAt!: string | null;
  @ApiProperty({
    enum: REGISTRATION_STATUSES,
    nullable: true,
    description: 'Already registered (not withdrawn): not invited again',
  })
  registrationStatus!: SuggestedInvitee['registrationStatus'];
}

export class InvitedCountSchema {
  @ApiProperty() invited!: number;
  @ApiProperty() alreadyInvited!: number;
  @ApiProperty({ description: 'Registered already: no invitation sent' })
  alreadyRegistered!: number;
}

export class ProposedCountSchema {
  @ApiProperty() proposed!: number;
}

export class WalkInProposalSchema implements WalkInProposalView {
  @ApiProperty({ format: 'uuid' }) counterpartRegistrationId!: string;
  @ApiProperty() counterpartOrganisationName!: string;
  @ApiProperty() slot!: number;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty() tableIndex!: number;
  @ApiProperty() tableName!: string;
  @ApiProperty({ description: '匹配度 0–100' }) matchScore!: number;
  @ApiProperty({ type: [RequestReasonSchema], description: '推荐理由' })
  reasons!: RequestReasonSchema[];
}

export class WalkInMeetingSchema implements WalkInMeetingView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) counterpartRegistrationId!: string;
  @ApiProperty() slot!: number;
  @ApiProperty() tableIndex!: number;
}

export class WalkInCandidateSchema implements WalkInCandidateView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ORGANISATION_TYPES }) type!: WalkInCandidateView['type'];
  @ApiProperty({ description: 'GB/T 2260' }) regionCode!: string;
  @ApiProperty({ description: "The region's name, '' when unknown" }) regionName!: string;
  @ApiProperty({ description: '统一社会信用代码' }) uscc!: string;
  @ApiProperty({
    enum: REGISTRATION_STATUSES,
    nullable: true,
    description: 'Its registration for this event (check in with its pass instead), or null',
  })
  registrationStatus!: WalkInCandidateView['registrationStatus'];
}

export class WalkInCandidatePageSchema {
  @ApiProperty({ type: [WalkInCandidateSchema] }) items!: WalkInCandidateSchema[];
  @ApiProperty() page!: number;
  @ApiProperty() limit!: number;
  @ApiProperty() total!: number;
}
