import { Injectable } from '@nestjs/common';
import { ListingRecords } from '@rongtong/catalog';
import { Clock, ConflictError, FieldProblem, ValidationFailedError } from '@rongtong/common';
import { TransactionRunner, uniqueViolation } from '@rongtong/database';
import { AuthenticatedUser, OrganisationAccess, Organisations } from '@rongtong/identity';
import { NotificationRecorder } from '@rongtong/notify';
import { EntityManager } from 'typeorm';
import {
  AvailabilityDto,
  EventRegistrationDto,
  RegistrationDecisionDto,
} from '../dto/registration.dto';
import { BroughtListing, EventRegistration } from '../entities/event-registration.entity';
import { MatchmakingEvent } from '../entities/matchmaking-event.entity';
import { eventSlots } from '../rules/event-calendar';
import { AttendanceMode } from '../rules/vocabulary';
import { EventsStore } from '../stores/events.store';
import { RegistrationsStore } from '../stores/registrations.store';
import { EventAccess } from './event-access';
import {
  eventNotFound,
  notParticipant,
  registrationNotFound,
  wrongEventState,
} from './event-errors';
import {
  ParticipantView,
  RegistrationView,
  toParticipantView,
  toRegistrationView,
} from './event-views';
import { MeetingCancellations } from './meeting-cancellations';
import { newPassCode } from './pass-codes';

const alreadyRegistered = () => new ConflictError('ALREADY_REGISTERED', '该单位已报名本场活动');

/** States in which a participant may still change availability and caps. */
const AVAILABILITY_STATES = ['open', 'scheduling', 'published'] as const;

/**
 * Registration: an organisation registers with the listings it brings and who attends; the
 * organiser approves or declines within the capacity; participants give availability and caps.
 */
@Injectable()
export class RegistrationsService {
  constructor(
    private readonly events: EventsStore,
    private readonly registrations: RegistrationsStore,
    private readonly eventAccess: EventAccess,
    private readonly access: OrganisationAccess,
    private readonly organisations: Organisations,
    private readonly listings: ListingRecords,
    private readonly transactions: TransactionRunner,
    private readonly recorder: NotificationRecorder,
    private readonly cancellations: MeetingCancellations,
    private readonly clock: Clock,
  ) {}

  async register(
    caller: AuthenticatedUser,
    eventId: string,
    input: EventRegistrationDto,
  ): Promise<RegistrationView> {
    await this.access.assert(caller, input.organisationId);
    const visible = await this.eventAccess.visible(caller, eventId);
    this.assertWindowOpen(visible);
    const listings = await this.broughtListings(input);
    const attendance = this.attendance(visible, input.attendance);
    try {
      const registration = await this.transactions.run(async (manager) => {
        // The event row is the lock that serialises registrations against the capacity.
        const event = await this.events.byId(eventId, manager, true);
        if (!event) throw eventNotFound();
        this.assertWindowOpen(event);
        const taken = (await this.registrations.ofEvent(eventId, ['pending', 'approved'], manager))
          .length;
        if (taken >= event.capacity) {
          throw new ConflictError('EVENT_FULL', `报名已满（${event.capacity} 家单位）`);
        }
        // The organising organisation takes part in its own event without asking itself for
        // approval: registered approved (with passes), still within the capacity.
        const own = input.organisationId === event.organisationId;
        const values = {
          registeredByUserId: caller.id,
          status: own ? ('approved' as const) : ('pending' as const),
          decidedAt: own ? this.clock.now() : null,
          decisionNote: null,
          listings,
          attendees: input.attendees.map((a) => ({
            name: a.name.trim(),
            title: a.title.trim(),
            mobile: a.mobile ?? null,
            email: a.email ?? null,
          })),
          attendance,
          unavailableSlots: [],
          meetingCap: input.meetingCap ?? null,
        };
        // One row per organisation and event (the unique constraint): a withdrawn or declined
        // registration registers again on its own row, which starts over (a higher version);
        // an active one (pending or approved) cannot register twice.
        const previous = await this.registrations.ofOrganisation(
          eventId,
          input.organisationId,
          manager,
          true,
        );
        if (previous && (previous.status === 'pending' || previous.status === 'approved')) {
          throw alreadyRegistered();
        }
        const inserted = previous
          ? await this.registrations.save(manager, Object.assign(previous, values))
          : await this.registrations.insert(manager, {
              eventId,
              organisationId: input.organisationId,
              ...values,
            });
        if (own) await this.issuePasses(manager, inserted);
        return inserted;
      });
      return this.view(registration, visible);
    } catch (error) {
      if (uniqueViolation(error) === 'uq_event_registration_organisation') {
        throw alreadyRegistered();
      }
      throw error;
    }
  }

  /** The organiser approves (within capacity; passes are issued) or declines with a note. */
  async decide(
    caller: AuthenticatedUser,
    registrationId: string,
    input: RegistrationDecisionDto,
  ): Promise<RegistrationView> {
    const found = await this.registrations.byId(registrationId);
    if (!found) throw registrationNotFound();
    const managed = await this.eventAccess.managed(caller, found.eventId);
    if (managed.status === 'finished' || managed.status === 'running') {
      throw wrongEventState(managed.status, '审核报名');
    }
    const saved = await this.transactions.run(async (manager) => {
      const event = await this.events.byId(found.eventId, manager, true);
      if (!event) throw eventNotFound();
      const registration = await this.registrations.byId(registrationId, manager, true);
      if (!registration) throw registrationNotFound();
      if (registration.status === 'withdrawn') {
        throw new ConflictError('REGISTRATION_WITHDRAWN', '该单位已撤回报名');
      }
      if (input.decision === 'approve') {
        if (registration.status !== 'approved') {
          const approved = await this.registrations.countApproved(event.id, manager);
          if (approved >= event.capacity) {
            throw new ConflictError('EVENT_FULL', `已通过 ${approved} 家单位，达到活动容量`);
          }
        }
        registration.status = 'approved';
        await this.issuePasses(manager, registration);
      } else {
        // An approved registration declined after all (the organiser removes it): its meetings
        // go with it, and the partners are told.
        if (registration.status === 'approved') {
          await this.cancellations.dropOut(manager, event, registration, 'declined');
        }
        registration.status = 'declined';
      }
      registration.decisionNote = input.note?.trim() || null;
      registration.decidedAt = this.clock.now();
      const saved = await this.registrations.save(manager, registration);
      const names = await this.organisations.summaries([registration.organisationId], manager);
      await this.recorder.record(manager, [
        {
          type: 'event.registration',
          recipients: { organisationId: registration.organisationId },
          organisationId: registration.organisationId,
          dedupKey: `event.registration:${registration.id}:${registration.status}:${saved.version}`,
          params: {
            event: { id: event.id, title: event.title },
            organisationName: names.get(registration.organisationId)?.name ?? '',
            approved: registration.status === 'approved',
            note: registration.decisionNote,
          },
          subject: { kind: 'event', id: event.id },
        },
      ]);
      return saved;
    });
    return this.view(saved, managed);
  }

  async withdraw(caller: AuthenticatedUser, registrationId: string): Promise<RegistrationView> {
    const { registration, event } = await this.eventAccess.ownRegistration(caller, registrationId);
    if (event.status === 'running' || event.status === 'finished') {
      throw wrongEventState(event.status, '撤回报名');
    }
    const saved = await this.transactions.run(async (manager) => {
      // The event row first (as registering does), then the registration.
      const current = await this.events.byId(event.id, manager, true);
      if (!current) throw eventNotFound();
      if (current.status === 'running' || current.status === 'finished') {
        throw wrongEventState(current.status, '撤回报名');
      }
      const locked = await this.registrations.byId(registration.id, manager, true);
      if (!locked) throw registrationNotFound();
      if (locked.status === 'withdrawn') return locked;
      // Its meetings are cancelled in the same transaction: partners never see a meeting
      // nobody will come to, and are told once.
      await this.cancellations.dropOut(manager, current, locked, 'withdrawn');
      locked.status = 'withdrawn';
      return this.registrations.save(manager, locked);
    });
    return this.view(saved, event);
  }

  async setAvailability(
    caller: AuthenticatedUser,
    registrationId: string,
    input: AvailabilityDto,
  ): Promise<RegistrationView> {
    const { registration, event } = await this.eventAccess.ownRegistration(caller, registrationId);
    if (!(AVAILABILITY_STATES as readonly string[]).includes(event.status)) {
      throw wrongEventState(event.status, '修改可洽谈时间');
    }
    const slotCount = eventSlots(event.days, event.slotMinutes).length;
    const outside = input.unavailableSlots.filter((slot) => slot >= slotCount);
    if (outside.length > 0) {
      throw ValidationFailedError.field(
        'unavailableSlots',
        `时段编号 ${outside.join('、')} 不存在（本场共 ${slotCount} 个时段，编号 0–${slotCount - 1}）`,
      );
    }
    const saved = await this.transactions.run(async (manager) => {
      const locked = await this.registrations.byId(registration.id, manager, true);
      if (!locked) throw registrationNotFound();
      locked.unavailableSlots = [...new Set(input.unavailableSlots)].sort((a, b) => a - b);
      if (input.meetingCap !== undefined) locked.meetingCap = input.meetingCap;
      return this.registrations.save(manager, locked);
    });
    return this.view(saved, event);
  }

  async get(caller: AuthenticatedUser, registrationId: string): Promise<RegistrationView> {
    const { registration, event } = await this.eventAccess.ownRegistration(
      caller,
      registrationId,
      true,
    );
    return this.view(registration, event);
  }

  /** Every registration with contacts: the organisers' list. */
  async listForOrganiser(caller: AuthenticatedUser, eventId: string): Promise<RegistrationView[]> {
    const event = await this.eventAccess.managed(caller, eventId);
    const rows = await this.registrations.ofEvent(eventId);
    const names = await this.names(rows);
    return rows.map((r) =>
      toRegistrationView(r, names.get(r.organisationId) ?? '', event.defaultMeetingCap),
    );
  }

  /** The caller's organisations' registrations for the event (any status). */
  async mine(caller: AuthenticatedUser, eventId: string): Promise<RegistrationView[]> {
    const event = await this.eventAccess.visible(caller, eventId);
    const own = await this.registrations.ofOrganisations(
      eventId,
      await this.eventAccess.organisationsOf(caller),
    );
    const names = await this.names(own);
    return own.map((r) =>
      toRegistrationView(r, names.get(r.organisationId) ?? '', event.defaultMeetingCap),
    );
  }

  /** Approved participants without contacts: for approved participants and organisers only. */
  async participants(caller: AuthenticatedUser, eventId: string): Promise<ParticipantView[]> {
    const event = await this.eventAccess.visible(caller, eventId);
    const manages = await this.eventAccess.canManage(caller, event);
    if (!manages && !(await this.eventAccess.approvedRegistrationOf(caller, eventId))) {
      throw notParticipant();
    }
    const rows = await this.registrations.ofEvent(eventId, ['approved']);
    const names = await this.names(rows);
    return rows.map((r) => toParticipantView(r, names.get(r.organisationId) ?? ''));
  }

  private issuePasses(manager: EntityManager, registration: EventRegistration): Promise<void> {
    return this.registrations.ensurePasses(
      manager,
      registration.attendees.map((_, attendeeIndex) => ({
        registrationId: registration.id,
        attendeeIndex,
        eventId: registration.eventId,
        code: newPassCode(),
      })),
    );
  }

  private async view(
    registration: EventRegistration,
    event: MatchmakingEvent,
  ): Promise<RegistrationView> {
    const names = await this.names([registration]);
    return toRegistrationView(
      registration,
      names.get(registration.organisationId) ?? '',
      event.defaultMeetingCap,
    );
  }

  private async names(rows: readonly EventRegistration[]): Promise<Map<string, string>> {
    const summaries = await this.organisations.summaries(rows.map((r) => r.organisationId));
    return new Map([...summaries].map(([id, s]) => [id, s.name]));
  }

  private assertWindowOpen(event: MatchmakingEvent): void {
    if (event.status !== 'open') throw wrongEventState(event.status, '报名');
    const now = this.clock.now();
    if (now < event.registrationOpensAt) {
      throw new ConflictError('REGISTRATION_NOT_OPEN', '报名尚未开始');
    }
    if (now > event.registrationClosesAt) {
      throw new ConflictError('REGISTRATION_CLOSED', '报名已截止');
    }
  }

  private attendance(event: MatchmakingEvent, asked: AttendanceMode | undefined): AttendanceMode {
    if (event.mode === 'online') {
      if (asked === 'onsite')
        throw ValidationFailedError.field('attendance', '线上活动只能线上参会');
      return 'online';
    }
    if (event.mode === 'offline') {
      if (asked === 'online')
        throw ValidationFailedError.field('attendance', '线下活动只能现场参会');
      return 'onsite';
    }
    return asked ?? 'onsite';
  }

  /** The listings must be the organisation's own and published. */
  private async broughtListings(input: EventRegistrationDto): Promise<BroughtListing[]> {
    const problems: FieldProblem[] = [];
    const brought: BroughtListing[] = [];
    const seen = new Set<string>();
    for (const [i, item] of input.listings.entries()) {
      if (seen.has(item.id)) {
        problems.push({ field: `listings.${i}.id`, messages: ['重复的条目'] });
        continue;
      }
      seen.add(item.id);
      const [head] = await this.listings.heads(item.kind, [item.id]);
      if (!head || head.organisationId !== input.organisationId) {
        problems.push({ field: `listings.${i}.id`, messages: ['不是本单位的需求、成果或榜单'] });
      } else if (head.status !== 'published') {
        problems.push({ field: `listings.${i}.id`, messages: ['只能带已发布的条目参会'] });
      } else {
        brought.push({ kind: item.kind, id: item.id, title: head.title });
      }
    }
    if (problems.length > 0) throw new ValidationFailedError(problems);
    return brought;
  }
}
