import { Injectable } from '@nestjs/common';
import { chinaDate, Clock, ConflictError, Page, ValidationFailedError } from '@rongtong/common';
import { TransactionRunner, uniqueViolation } from '@rongtong/database';
import {
  AuthenticatedUser,
  DeskOrganisations,
  OrganisationCandidate,
  Organisations,
} from '@rongtong/identity';
import { EntityManager } from 'typeorm';
import { OrganisationCandidatesQuery, WalkInDto } from '../dto/walk-in.dto';
import { MatchmakingEvent } from '../entities/matchmaking-event.entity';
import { EVENT_STATE_LABELS, type RegistrationStatus } from '../rules/vocabulary';
import { EventsStore } from '../stores/events.store';
import { RegistrationsStore } from '../stores/registrations.store';
import { EventAccess } from './event-access';
import { eventNotFound } from './event-errors';
import { RegistrationView, toRegistrationView } from './event-views';
import { newPassCode } from './pass-codes';

/** An organisation the walk-in desk may pick, and whether it is registered for the event already. */
export interface WalkInCandidateView extends OrganisationCandidate {
  /** Its registration for this event (then it checks in with its pass instead), or null. */
  registrationStatus: RegistrationStatus | null;
}

/**
 * The walk-in desk is open from the moment doors open: on one of the event's days (China time)
 * once its schedule is published, and while it runs.
 */
export function walkInDeskOpen(event: MatchmakingEvent, now: Date): boolean {
  if (event.status === 'running') return true;
  const today = chinaDate(now);
  return event.status === 'published' && event.days.some((day) => day.date === today);
}

export function walkInDeskClosed(event: MatchmakingEvent, what: string): ConflictError {
  return new ConflictError(
    'WALK_IN_DESK_CLOSED',
    `现场登记只在活动当天开放（日程已发布的活动日，或活动进行中）；活动当前状态为“${EVENT_STATE_LABELS[event.status].zh}”，现在不能${what}`,
  );
}

/**
 * Walk-ins: from the moment doors open, an organiser registers an organisation that turned up at
 * the check-in desk, found by name or USCC on the platform (so no duplicate is made), or created
 * there when none fits. It is approved at once (within the capacity), its 1–3 attendees get
 * passes and are checked in, so it can be matched into free slots the same day.
 */
@Injectable()
export class WalkInsService {
  constructor(
    private readonly events: EventsStore,
    private readonly registrations: RegistrationsStore,
    private readonly eventAccess: EventAccess,
    private readonly organisations: Organisations,
    private readonly deskOrganisations: DeskOrganisations,
    private readonly transactions: TransactionRunner,
    private readonly clock: Clock,
  ) {}

  /** Organisations on the platform by name or USCC, for the event's managers. */
  async candidates(
    caller: AuthenticatedUser,
    eventId: string,
    query: OrganisationCandidatesQuery,
  ): Promise<Page<WalkInCandidateView>> {
    const event = await this.eventAccess.managed(caller, eventId);
    const found = await this.deskOrganisations.search(query.q, query.page, query.limit);
    const registered = new Map(
      (
        await this.registrations.ofOrganisations(
          event.id,
          found.items.map((o) => o.id),
        )
      ).map((r) => [r.organisationId, r.status]),
    );
    return {
      items: found.items.map((o) => ({ ...o, registrationStatus: registered.get(o.id) ?? null })),
      page: query.page,
      limit: query.limit,
      total: found.total,
    };
  }

  async register(
    caller: AuthenticatedUser,
    eventId: string,
    input: WalkInDto,
  ): Promise<RegistrationView> {
    const managed = await this.eventAccess.managed(caller, eventId);
    if (!walkInDeskOpen(managed, this.clock.now())) throw walkInDeskClosed(managed, '现场登记');
    if (input.organisationId !== undefined && input.organisation !== undefined)
      throw ValidationFailedError.field(
        'organisation',
        '已选择平台上的单位时，不再填写新单位信息（二者选一）',
      );
    if (
      input.organisationId !== undefined &&
      !(await this.organisations.exists(input.organisationId))
    ) {
      throw ValidationFailedError.field(
        'organisationId',
        '平台上没有这家单位，请重新搜索，或填写新单位信息',
      );
    }
    try {
      const registration = await this.transactions.run(async (manager) => {
        // The event row is the lock that serialises walk-ins and approvals against the capacity.
        const event = await this.events.byId(eventId, manager, true);
        if (!event) throw eventNotFound();
        if (!walkInDeskOpen(event, this.clock.now())) throw walkInDeskClosed(event, '现场登记');
        const approved = await this.registrations.countApproved(eventId, manager);
        if (approved >= event.capacity) {
          throw new ConflictError('EVENT_FULL', `已有 ${approved} 家单位参会，达到活动容量`);
        }
        const organisationId = await this.organisationOf(manager, input);
        const now = this.clock.now();
        const inserted = await this.registrations.insert(manager, {
          eventId,
          organisationId,
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
      const constraint = uniqueViolation(error);
      if (constraint === 'uq_event_registration_organisation') {
        throw new ConflictError('ALREADY_REGISTERED', '该单位已报名本场活动，请直接签到');
      }
      // Another desk created the same organisation a moment earlier.
      if (constraint?.startsWith('uq_organisation_uscc'))
        throw ValidationFailedError.field(
          'organisation.uscc',
          '该信用代码刚被登记为平台上的单位，请重新搜索并选择该单位',
        );
      throw error;
    }
  }

  /** The picked organisation, or the new one created in the walk-in's transaction. */
  private async organisationOf(manager: EntityManager, input: WalkInDto): Promise<string> {
    if (input.organisationId !== undefined) return input.organisationId;
    if (input.organisation === undefined)
      throw ValidationFailedError.field('organisationId', '请选择平台上的单位，或填写新单位信息');
    return (await this.deskOrganisations.create(manager, input.organisation, 'organisation')).id;
  }
}
