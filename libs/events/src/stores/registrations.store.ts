import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AttendeePass } from '../entities/attendee-pass.entity';
import { EventRegistration } from '../entities/event-registration.entity';
import type { RegistrationStatus } from '../rules/vocabulary';

/** event_registration and attendee_pass rows. */
@Injectable()
export class RegistrationsStore {
  constructor(private readonly dataSource: DataSource) {}

  byId(
    id: string,
    manager: EntityManager = this.dataSource.manager,
    lock = false,
  ): Promise<EventRegistration | null> {
    return manager.findOne(EventRegistration, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** The organisation's registration for the event (there is at most one, in any status). */
  ofOrganisation(
    eventId: string,
    organisationId: string,
    manager: EntityManager,
    lock = false,
  ): Promise<EventRegistration | null> {
    return manager.findOne(EventRegistration, {
      where: { eventId, organisationId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  /** Locks the rows in id order (so two transactions locking the same pair cannot deadlock). */
  async lockAll(manager: EntityManager, ids: readonly string[]): Promise<EventRegistration[]> {
    const sorted = [...new Set(ids)].sort();
    const locked: EventRegistration[] = [];
    for (const id of sorted) {
      const row = await this.byId(id, manager, true);
      if (row) locked.push(row);
    }
    return locked;
  }

  ofEvent(
    eventId: string,
    statuses?: readonly RegistrationStatus[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<EventRegistration[]> {
    return manager.find(EventRegistration, {
      where: { eventId, ...(statuses ? { status: In([...statuses]) } : {}) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  ofOrganisations(
    eventId: string,
    organisationIds: readonly string[],
  ): Promise<EventRegistration[]> {
    if (organisationIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(EventRegistration, {
      where: { eventId, organisationId: In([...organisationIds]) },
    });
  }

  /** Registrations of these organisations in any event (an organisation's own page). */
  anyOfOrganisations(organisationIds: readonly string[]): Promise<EventRegistration[]> {
    if (organisationIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(EventRegistration, {
      where: { organisationId: In([...organisationIds]) },
      order: { createdAt: 'DESC' },
    });
  }

  countApproved(
    eventId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    return manager.countBy(EventRegistration, { eventId, status: 'approved' });
  }

  insert(
    manager: EntityManager,
    registration: Partial<EventRegistration>,
  ): Promise<EventRegistration> {
    return manager.save(manager.create(EventRegistration, registration));
  }

  save(manager: EntityManager, registration: EventRegistration): Promise<EventRegistration> {
    return manager.save(registration);
  }

  /** Passes for each attendee; existing ones (a re-approval) keep their code. */
  async ensurePasses(
    manager: EntityManager,
    passes: readonly Pick<AttendeePass, 'registrationId' | 'attendeeIndex' | 'eventId' | 'code'>[],
  ): Promise<void> {
    if (passes.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(AttendeePass)
      .values([...passes])
      .orIgnore()
      .execute();
  }

  passes(
    registrationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AttendeePass[]> {
    return manager.find(AttendeePass, {
      where: { registrationId },
      order: { attendeeIndex: 'ASC' },
    });
  }

  passesOfEvent(eventId: string): Promise<AttendeePass[]> {
    return this.dataSource.manager.find(AttendeePass, { where: { eventId } });
  }

  passByCode(eventId: string, code: string, manager: EntityManager): Promise<AttendeePass | null> {
    return manager.findOne(AttendeePass, {
      where: { eventId, code },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Whether any event has a pass with this code. */
  async passAnywhere(code: string): Promise<boolean> {
    return (await this.dataSource.manager.countBy(AttendeePass, { code })) > 0;
  }

  passOf(
    registrationId: string,
    attendeeIndex: number,
    manager: EntityManager,
  ): Promise<AttendeePass | null> {
    return manager.findOne(AttendeePass, {
      where: { registrationId, attendeeIndex },
      lock: { mode: 'pessimistic_write' },
    });
  }

  savePass(manager: EntityManager, pass: AttendeePass): Promise<AttendeePass> {
    return manager.save(pass);
  }
}
