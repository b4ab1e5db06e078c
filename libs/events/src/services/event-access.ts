import { Injectable } from '@nestjs/common';
import { AuthenticatedUser, Memberships, OrganisationAccess } from '@rongtong/identity';
import { EventRegistration } from '../entities/event-registration.entity';
import { MatchmakingEvent } from '../entities/matchmaking-event.entity';
import { VISIBLE_STATES } from '../rules/event-states';
import { EventsStore } from '../stores/events.store';
import { RegistrationsStore } from '../stores/registrations.store';
import { eventNotFound, notOrganiser, registrationNotFound } from './event-errors';

/**
 * Who may do what with an event. Managers: platform admins, and users with the organiser role
 * who are members of the organising organisation. Participants: members of an organisation
 * registered for it. Everyone signed in sees events past their draft.
 */
@Injectable()
export class EventAccess {
  constructor(
    private readonly events: EventsStore,
    private readonly registrations: RegistrationsStore,
    private readonly access: OrganisationAccess,
    private readonly memberships: Memberships,
  ) {}

  /** May organise events for the organisation (create them). */
  async canOrganiseFor(caller: AuthenticatedUser, organisationId: string): Promise<boolean> {
    if (this.access.isAdmin(caller)) return true;
    if (!caller.platformRoles.includes('organiser')) return false;
    return (await this.access.roleIn(caller, organisationId)) !== undefined;
  }

  canManage(caller: AuthenticatedUser | undefined, event: MatchmakingEvent): Promise<boolean> {
    if (!caller) return Promise.resolve(false);
    return this.canOrganiseFor(caller, event.organisationId);
  }

  /** The event as the caller may see it: a draft only for its managers (else 404). */
  async visible(caller: AuthenticatedUser | undefined, id: string): Promise<MatchmakingEvent> {
    const event = await this.events.byId(id);
    if (!event) throw eventNotFound();
    if (!VISIBLE_STATES.includes(event.status) && !(await this.canManage(caller, event))) {
      throw eventNotFound();
    }
    return event;
  }

  /** The event for a manager; 403 for anyone else who can see it. */
  async managed(caller: AuthenticatedUser, id: string): Promise<MatchmakingEvent> {
    const event = await this.visible(caller, id);
    if (!(await this.canManage(caller, event))) throw notOrganiser();
    return event;
  }

  /** The caller's organisations (member of each). */
  organisationsOf(caller: AuthenticatedUser): Promise<string[]> {
    return this.memberships.organisationIdsOf(caller.id);
  }

  /**
   * A registration the caller acts for (member of its organisation), with its event; managers
   * of the event may read it too when `managerMayRead`. Anyone else: 404.
   */
  async ownRegistration(
    caller: AuthenticatedUser,
    registrationId: string,
    managerMayRead = false,
  ): Promise<{ registration: EventRegistration; event: MatchmakingEvent }> {
    const registration = await this.registrations.byId(registrationId);
    if (!registration) throw registrationNotFound();
    const event = await this.events.byId(registration.eventId);
    if (!event) throw registrationNotFound();
    const member = (await this.access.roleIn(caller, registration.organisationId)) !== undefined;
    if (member) return { registration, event };
    if (managerMayRead && (await this.canManage(caller, event))) return { registration, event };
    if (!managerMayRead && this.access.isAdmin(caller)) return { registration, event };
    throw registrationNotFound();
  }

  /** The caller's approved registration in the event, if any organisation of theirs has one. */
  async approvedRegistrationOf(
    caller: AuthenticatedUser,
    eventId: string,
  ): Promise<EventRegistration | undefined> {
    const organisations = await this.organisationsOf(caller);
    const own = await this.registrations.ofOrganisations(eventId, organisations);
    return own.find((r) => r.status === 'approved');
  }
}
