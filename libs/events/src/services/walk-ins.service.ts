import { Injectable } from '@nestjs/common';
import { Clock, ConflictError, ValidationFailedError } from '@rongtong/common';
import { TransactionRunner, uniqueViolation } from '@rongtong/database';
import { AuthenticatedUser, Organisations } from '@rongtong/identity';
import { WalkInDto } from '../dto/walk-in.dto';
import { EventsStore } from '../stores/events.store';
import { RegistrationsStore } from '../stores/registrations.store';
import { EventAccess } from './event-access';
import { eventNotFound, wrongEventState } from './event-errors';
import { RegistrationView, toRegistrationView } from './event-views';
import { newPassCode } from './pass-codes';

/**
 * Walk-ins: while the event runs, an organiser registers an organisation that turned up at the
 * check-in desk. It is approved at once (within the capacity), its attendees get passes and are
 * checked in, so it can be matched into free slots the same day.
 */
@Injectable()
export class WalkInsService {
  constructor(
    private readonly events: EventsStore,
    private readonly registrations: RegistrationsStore,
    private readonly eventAccess: EventAccess,
    private readonly organisations: Organisations,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  async register(
    caller: AuthenticatedUser,
    eventId: string,
    input: WalkInDto,
  ): Promise<RegistrationView> {
    const managed = await this.eventAccess.managed(caller, eventId);
    if (managed.status !== 'running') throw wrongEventState(managed.status, '现场登记');
    if (!(await this.organisations.exists(input.organisationId))) {
      throw ValidationFailedError.field('organisationId', '平台上没有这家单位，请先在平台注册');
    }
    try {
      const registration = await this.transactions.run(async (manager) => {
        // The event row is the lock that serialises walk-ins and approvals against the capacity.
        const event = await this.events.byId(eventId, manager, true);
        if (!event) throw eventNotFound();
        if (event.status !== 'running') throw wrongEventState(event.status, '现场登记');
        const approved = await this.registrations.countApproved(eventId, manager);
        if (approved >= event.capacity) {
          throw new ConflictError('EVENT_FULL', `已有 ${approved} 家单位参会，达到活动容量`);
        }
        const now = this.clock.now();
        const inserted = await this.registrations.insert(manager, {
          eventId,
          organisationId: input.organisationId,
          registeredByUserId: caller.id,
          status: 'approved',
          decidedAt: now,
          decisionNote: '现场登记',
          listings: [],
          attendees: input.attendees.map((a) => ({
            name: a.name.trim(),
            title: a.title.trim(),
            mobile: a.mobile ?? null,
            email: a.email ?? null,
          })),
          attendance: 'onsite',
          unavailableSlots: [],
          meetingCap: null,
        });
        await this.registrations.ensurePasses(
          manager,
          inserted.attendees.map((_, attendeeIndex) => ({
            registrationId: inserted.id,
            attendeeIndex,
            eventId,
            code: newPassCode(),
          })),
        );
        for (const pass of await this.registrations.passes(inserted.id, manager)) {
          pass.checkedInAt = now;
          pass.checkedInByUserId = caller.id;
          await this.registrations.savePass(manager, pass);
        }
        return inserted;
      });
      const names = await this.organisations.summaries([registration.organisationId]);
      return toRegistrationView(
        registration,
        names.get(registration.organisationId)?.name ?? '',
        managed.defaultMeetingCap,
      );
    } catch (error) {
      if (uniqueViolation(error) === 'uq_event_registration_organisation') {
        throw new ConflictError('ALREADY_REGISTERED', '该单位已报名本场活动，请直接签到');
      }
      throw error;
    }
  }
}
