import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogModule } from '@rongtong/catalog';
import { IdentityModule } from '@rongtong/identity';
import { MatchingModule } from '@rongtong/matching';
import { NotifyModule } from '@rongtong/notify';
import { EVENTS_ENTITIES } from './entities';
import { AgendaDetailsService } from './services/agenda-details.service';
import { ParticipantDirectoryService } from './services/participant-directory.service';
import { CheckInService } from './services/check-in.service';
import { EventAccess } from './services/event-access';
import { MeetingCancellations } from './services/meeting-cancellations';
import { MeetingReminders } from './services/meeting-reminders';
import { InvitationsService } from './services/invitations.service';
import { ProposalsService } from './services/proposals.service';
import { WalkInProposalsService } from './services/walk-in-proposals.service';
import { WalkInsService } from './services/walk-ins.service';
import { InvitationsStore } from './stores/invitations.store';
import { EventReportService } from './services/event-report.service';
import { OutcomesService } from './services/outcomes.service';
import { OutcomesStore } from './stores/outcomes.store';
import { ScheduleService } from './services/schedule.service';
import { ScheduleRunner } from './services/schedule-runner';
import { NoShowCheck } from './services/no-show-check';
import { ScheduleRunsStore } from './stores/schedule-runs.store';
import { EventsService } from './services/events.service';
import { MeetingRequestsService } from './services/meeting-requests.service';
import { RegistrationsService } from './services/registrations.service';
import { EventsStore } from './stores/events.store';
import { MeetingRequestsStore } from './stores/meeting-requests.store';
import { MeetingsStore } from './stores/meetings.store';
import { RegistrationsStore } from './stores/registrations.store';

const SERVICES = [
  AgendaDetailsService,
  ParticipantDirectoryService,
  MeetingCancellations,
  MeetingReminders,
  InvitationsService,
  InvitationsStore,
  ProposalsService,
  WalkInsService,
  WalkInProposalsService,
  EventReportService,
  OutcomesService,
  OutcomesStore,
  CheckInService,
  ScheduleService,
  ScheduleRunner,
  ScheduleRunsStore,
  NoShowCheck,
  EventAccess,
  EventsService,
  MeetingRequestsService,
  RegistrationsService,
  EventsStore,
  MeetingRequestsStore,
  MeetingsStore,
  RegistrationsStore,
];

/** 对接会: events, registrations, meeting requests, the schedule; used by api and worker. */
@Module({
  imports: [
    TypeOrmModule.forFeature(EVENTS_ENTITIES),
    IdentityModule,
    CatalogModule,
    NotifyModule,
    MatchingModule,
  ],
  providers: SERVICES,
  exports: [
    AgendaDetailsService,
    ParticipantDirectoryService,
    CheckInService,
    EventReportService,
    EventsService,
    InvitationsService,
    OutcomesService,
    ProposalsService,
    WalkInsService,
    WalkInProposalsService,
    MeetingRequestsService,
    RegistrationsService,
    ScheduleService,
    ScheduleRunner,
  ],
})
export class EventsModule {}
